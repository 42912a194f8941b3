package org.hygie.prescriptions.server.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hygie.core.problem.FieldError;
import org.hygie.core.problem.HygieException;
import org.hygie.patients.api.PatientSummary;
import org.hygie.prescriptions.api.LabOrder;
import org.hygie.prescriptions.api.Prescription;
import org.hygie.prescriptions.api.PrescriptionsApi;
import org.hygie.users.api.accounts.Prescriber;
import org.hygie.users.api.accounts.UserAccounts;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.core.Response;

/**
 * Prints ordonnances: gathers the mandatory mentions (the establishment from configuration, the
 * prescriber from his account, the patient from the patients area), refuses to print when one is
 * missing, and hands them to {@link OrdonnancePdf}.
 */
@Component(service = Ordonnances.class)
public class Ordonnances {
    /** The problem type of a refused print; each missing mention is an error of the problem. */
    static final String INCOMPLETE = "urn:hygie:problem:ordonnance-incomplete";

    @Reference
    PrescriptionsService prescriptions;

    @Reference
    LabOrdersService labOrders;

    @Reference
    UserAccounts accounts;

    /** @throws HygieException 404 when unknown, 422 of type {@link #INCOMPLETE} when a mention is missing */
    byte[] prescription(UUID id) {
        Prescription p = prescriptions.get(id);
        Mentions m = mentions(p.prescriberId(), p.patientId());
        return OrdonnancePdf.medications(m.establishment(), m.prescriber(), m.patient(p), zoned(p.signedAt()), p);
    }

    /** @throws HygieException 404 when unknown, 422 of type {@link #INCOMPLETE} when a mention is missing */
    byte[] labOrder(UUID id) {
        LabOrder o = labOrders.get(id);
        Mentions m = mentions(o.prescriberId(), o.patientId());
        return OrdonnancePdf.labOrder(m.establishment(), m.prescriber(), m.patient(null), zoned(o.orderedAt()), o);
    }

    private java.time.ZonedDateTime zoned(Instant at) {
        return at.atZone(prescriptions.zone);
    }

    private record Mentions(OrdonnancePdf.Establishment establishment, OrdonnancePdf.Prescriber prescriber,
            PatientSummary summary) {
        OrdonnancePdf.PatientLine patient(Prescription p) {
            return new OrdonnancePdf.PatientLine(summary.lastName(), summary.firstName(), summary.sex(),
                    summary.birthDate(), p == null ? null : p.weightKg());
        }
    }

    private Mentions mentions(UUID prescriberId, UUID patientId) {
        PrescriptionsConfig config = prescriptions.config;
        OrdonnancePdf.Establishment establishment = new OrdonnancePdf.Establishment(
                ItemRules.blankToNull(config.establishmentName()), ItemRules.blankToNull(config.establishmentAddress()),
                ItemRules.blankToNull(config.finess()));
        Prescriber account = accounts.prescriber(prescriberId).orElse(null);
        OrdonnancePdf.Prescriber prescriber = account == null ? new OrdonnancePdf.Prescriber(null, null, null, null)
                : new OrdonnancePdf.Prescriber(account.name(), account.specialty(), account.rpps(), account.phone());
        List<FieldError> missing = missing(establishment, prescriber);
        if (!missing.isEmpty()) {
            String detail = "The ordonnance cannot be printed: "
                    + String.join("; ", missing.stream().map(FieldError::message).toList());
            throw new HygieException(422, INCOMPLETE, "Mandatory mention missing", detail, missing, null);
        }
        return new Mentions(establishment, prescriber, prescriptions.patient(patientId));
    }

    /** @return the mandatory mentions (R.5132-3) that are missing, with what to do about each */
    static List<FieldError> missing(OrdonnancePdf.Establishment e, OrdonnancePdf.Prescriber p) {
        List<FieldError> missing = new ArrayList<>();
        if (e.name() == null) {
            missing.add(new FieldError("establishment.name", "missing_mention",
                    "no establishment name is configured (HYGIE_PRESCRIPTIONS_ESTABLISHMENT_NAME)"));
        }
        if (e.address() == null) {
            missing.add(new FieldError("establishment.address", "missing_mention",
                    "no establishment address is configured (HYGIE_PRESCRIPTIONS_ESTABLISHMENT_ADDRESS)"));
        }
        if (e.finess() == null) {
            missing.add(new FieldError("establishment.finess", "missing_mention",
                    "no FINESS number is configured (HYGIE_PRESCRIPTIONS_FINESS)"));
        }
        if (p.name() == null) {
            missing.add(new FieldError("prescriber", "missing_mention", "the prescriber's account is unknown"));
        } else {
            if (p.rpps() == null) {
                missing.add(new FieldError("prescriber.rpps", "missing_mention",
                        "the prescriber's account has no RPPS number (an administrator adds it)"));
            }
            if (p.phone() == null) {
                missing.add(new FieldError("prescriber.phone", "missing_mention",
                        "the prescriber's account has no phone number (an administrator adds it)"));
            }
        }
        return missing;
    }

    /** The PDF as an answer, shown inline (a print preview) under a file name. */
    static Response answer(byte[] pdf, String fileName) {
        return Response.ok(pdf, PrescriptionsApi.PDF).header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .build();
    }
}
