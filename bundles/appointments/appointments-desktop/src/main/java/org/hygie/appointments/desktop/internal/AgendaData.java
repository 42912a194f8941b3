package org.hygie.appointments.desktop.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.AppointmentsApi;
import org.hygie.appointments.api.Doctor;
import org.hygie.appointments.api.DoctorHours;
import org.hygie.appointments.api.DoctorsApi;
import org.hygie.appointments.api.FreeSlot;
import org.hygie.appointments.api.WorkingHours;
import org.hygie.appointments.api.WorkingPeriod;
import org.hygie.core.paging.Page;
import org.hygie.core.problem.HygieException;
import org.hygie.patients.api.Patient;
import org.hygie.patients.api.PatientSummary;
import org.hygie.patients.api.PatientsApi;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContext;

/**
 * What the agenda reads from the server and keeps: the doctors the user may see and their working
 * hours, the hospital's time zone, the appointments shown and their patients' names. Calls go
 * through {@link ViewContext#run}; the state is the display thread's, but for the names and hours
 * filled by the calls themselves.
 */
final class AgendaData {
    /** What a load fetches at most, in pages of the server's largest size: no real agenda reaches it. */
    private static final int MAX_PER_DAY = 1000;
    private static final int MAX_PER_WEEK = 5000;
    private static final int PAGE_SIZE = 100;

    private final ViewContext context;
    private final AppointmentsApi api;
    private final DoctorsApi doctorsApi;
    private final PatientsApi patientsApi;
    private final Texts texts;
    /** A doctor sees his own agenda; those who manage them all see every doctor. */
    private final boolean onlyOwn;

    /** The hospital's zone; the workbench's until the server says otherwise (with hours and appointments). */
    private ZoneId zone = ZoneId.of("Europe/Paris");
    private List<Doctor> doctors = List.of();
    private boolean doctorsLoaded;
    private final Map<UUID, List<WorkingPeriod>> hours = new ConcurrentHashMap<>();
    /** The version of each doctor's hours as read, sent back with a change of them. */
    private final Map<UUID, Long> hoursVersions = new ConcurrentHashMap<>();
    /** The shown appointments by id, to name them in conflicts. */
    private final Map<UUID, Appointment> known = new HashMap<>();
    /** Patients' names, filled off the display thread. */
    private final Map<UUID, String> patientNames = new ConcurrentHashMap<>();
    private int loadSeq;

    AgendaData(ViewContext context, AppointmentsApi api, DoctorsApi doctorsApi, PatientsApi patientsApi, Texts texts,
            boolean onlyOwn) {
        this.context = context;
        this.api = api;
        this.doctorsApi = doctorsApi;
        this.patientsApi = patientsApi;
        this.texts = texts;
        this.onlyOwn = onlyOwn;
    }

    ZoneId zone() {
        return zone;
    }

    List<Doctor> doctors() {
        return doctors;
    }

    boolean doctorsLoaded() {
        return doctorsLoaded;
    }

    /** @return the user himself among the doctors, or null */
    Doctor self() {
        return doctors.stream().filter(d -> d.id().equals(context.user().id())).findFirst().orElse(null);
    }

    List<WorkingPeriod> hoursOf(Doctor doctor) {
        return hours.getOrDefault(doctor.id(), List.of());
    }

    /** What the grid needs to show the doctors: the zone, their hours, the patients' names. */
    AgendaGrid.Sources sources() {
        return new AgendaGrid.Sources(zone, this::hoursOf, this::nameOf);
    }

    String nameOf(Appointment a) {
        return patientNames.getOrDefault(a.patientId(), "…");
    }

    /** Remembers a patient's name as the agenda shows it (one just booked). */
    void named(PatientSummary patient) {
        patientNames.put(patient.id(), patient.lastName().toUpperCase(context.locale()) + " " + patient.firstName());
    }

    /** Loads the doctors the user may see and their hours, then hands them to {@code onLoaded}. */
    void loadDoctors(Consumer<List<Doctor>> onLoaded) {
        context.run(texts.get("doctors.loading"), () -> {
            // One call brings the doctors with their hours.
            List<DoctorHours> all = doctorsApi.allWorkingHours().stream()
                    .filter(d -> !onlyOwn || d.doctor().id().equals(context.user().id())).toList();
            String timeZone = null;
            for (DoctorHours d : all) {
                hours.put(d.doctor().id(), d.hours().periods());
                hoursVersions.put(d.doctor().id(), d.hours().version());
                timeZone = d.hours().timeZone();
            }
            return new LoadedDoctors(all.stream().map(DoctorHours::doctor).toList(), timeZone);
        }, loaded -> {
            if (loaded.timeZone() != null) {
                zone = ZoneId.of(loaded.timeZone());
            }
            doctors = loaded.doctors();
            doctorsLoaded = true;
            onLoaded.accept(loaded.doctors());
        });
    }

    private record LoadedDoctors(List<Doctor> doctors, String timeZone) {
    }

    /** Reads every doctor's hours again, then runs {@code then}. */
    void refreshHours(Runnable then) {
        context.run(texts.get("hours.loading"), () -> {
            for (DoctorHours d : doctorsApi.allWorkingHours()) {
                hours.put(d.doctor().id(), d.hours().periods());
                hoursVersions.put(d.doctor().id(), d.hours().version());
            }
            return null;
        }, done -> then.run());
    }

    /** Saves a doctor's hours; {@code onSaved} once the server accepted, {@code onFailure} otherwise. */
    void saveHours(Doctor doctor, List<WorkingPeriod> periods, Runnable onSaved, Consumer<HygieException> onFailure) {
        Long version = hoursVersions.getOrDefault(doctor.id(), 0L);
        context.run(texts.get("hours.saving"),
                () -> doctorsApi.setWorkingHours(doctor.id(), new WorkingHours(null, periods, version)), saved -> {
                    hours.put(doctor.id(), saved.periods());
                    hoursVersions.put(doctor.id(), saved.version());
                    onSaved.run();
                }, onFailure);
    }

    /**
     * Loads the appointments from {@code first} to {@code end} (exclusive) of one doctor or all,
     * with their patients' names; only the latest load reaches {@code onLoaded}.
     */
    void loadAppointments(LocalDate first, LocalDate end, UUID only, boolean week, Consumer<List<Appointment>> onLoaded) {
        int seq = ++loadSeq;
        // In UTC ("Z"): a "+01:00" offset would reach the server as a space in the query string.
        String from = first.atStartOfDay(zone).toInstant().toString();
        String to = end.atStartOfDay(zone).toInstant().toString();
        int max = week ? MAX_PER_WEEK : MAX_PER_DAY;
        context.run(texts.get("agenda.loading"), () -> {
            List<Appointment> all = new ArrayList<>();
            for (int p = 0; p * PAGE_SIZE < max; p++) {
                Page<Appointment> page = api.list(only, null, from, to, p, PAGE_SIZE);
                all.addAll(page.items());
                if (all.size() >= page.total() || page.items().isEmpty()) {
                    break;
                }
            }
            patientNames(all.stream().map(Appointment::patientId).toList());
            return all;
        }, list -> {
            if (seq == loadSeq) {
                if (!list.isEmpty() && list.get(0).timeZone() != null) {
                    zone = ZoneId.of(list.get(0).timeZone());
                }
                known.clear();
                list.forEach(a -> known.put(a.id(), a));
                onLoaded.accept(list);
            }
        });
    }

    /** Background thread: the names of the patients not known yet, asked in a few calls at most. */
    private void patientNames(List<UUID> ids) {
        List<UUID> missing = ids.stream().distinct().filter(id -> !patientNames.containsKey(id)).toList();
        for (int from = 0; from < missing.size(); from += PatientsApi.MAX_IDS) {
            List<UUID> chunk = missing.subList(from, Math.min(missing.size(), from + PatientsApi.MAX_IDS));
            for (PatientSummary p : patientsApi.byIds(chunk)) {
                patientNames.put(p.id(), p.lastName().toUpperCase(context.locale()) + " " + p.firstName());
            }
            chunk.forEach(id -> patientNames.putIfAbsent(id, texts.get("patient.unknown")));
        }
    }

    /** Background thread: a patient's name as the agenda shows it. */
    private String patientName(UUID id) {
        try {
            Patient p = patientsApi.get(id);
            return p.lastName().toUpperCase(context.locale()) + " " + p.firstName();
        } catch (HygieException e) {
            return texts.get("patient.unknown");
        }
    }

    /** Asks the server for the doctor's first free slot of {@code minutes} from now. */
    void freeSlot(Doctor doctor, int minutes, Consumer<FreeSlot> onFound, Consumer<HygieException> onFailure) {
        context.run(texts.get("freeSlot.searching"), () -> api.freeSlot(doctor.id(), minutes, null), onFound, onFailure);
    }

    /** @return the conflict of the problem in words' parts, from what is known ({@link Agenda#conflict}) */
    Object[] conflict(HygieException problem) {
        return Agenda.conflict(problem, known, patientNames, zone);
    }

    /** Looks up an appointment not on screen and its patient's name, so that a conflict can name it. */
    void lookUp(UUID id, Runnable onKnown, Consumer<HygieException> onFailure) {
        context.run(texts.get("conflict.loading"), () -> {
            Appointment a = api.get(id);
            patientNames.computeIfAbsent(a.patientId(), this::patientName);
            return a;
        }, a -> {
            known.put(a.id(), a);
            onKnown.run();
        }, onFailure);
    }
}
