package org.hygie.patients.server.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.hygie.core.paging.PageRequest;
import org.hygie.core.problem.Checks;
import org.hygie.core.problem.HygieException;
import org.hygie.patients.api.Nir;
import org.hygie.patients.api.PatientRules;

/**
 * A checked search request.
 *
 * @param mrn the record number looked for, when the query is shaped like one; null otherwise
 * @param nir the social-security number looked for (compact), when the query is shaped like one;
 *        null otherwise
 * @param words the normalised words of the query (empty: no name criterion)
 * @param birthDate the birth date filter (the {@code birthDate} parameter, or a date among the
 *        words of the query), or null
 * @param page the page asked for
 */
record SearchQuery(String mrn, String nir, List<String> words, LocalDate birthDate, PageRequest page) {
    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_WORDS = 6;

    /** A date as French users type it, 12/03/1948, or as ISO-8601, 1948-03-12. */
    private static final Pattern FRENCH_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    SearchQuery {
        words = List.copyOf(words);
    }

    /** The latest birth date a search may name. */
    static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

    /**
     * @throws HygieException 422 naming {@code q} ({@code too_long}, {@code too_many_words},
     *         {@code invalid_date} for a date word that is no date, {@code conflicting_dates} when
     *         it differs from {@code birthDate}), {@code birthDate} ({@code invalid_format},
     *         {@code out_of_range}), {@code page} or {@code size} ({@code out_of_range})
     */
    static SearchQuery parse(String q, String birthDate, Integer page, Integer size) {
        Checks checks = new Checks();
        PageRequest pageRequest = null;
        try {
            pageRequest = PageRequest.of(page, size);
        } catch (HygieException e) {
            e.errors().forEach(err -> checks.reject(err.field(), err.code(), err.message()));
        }
        LocalDate date = null;
        if (birthDate != null && !birthDate.isBlank()) {
            try {
                date = LocalDate.parse(birthDate.strip());
            } catch (DateTimeParseException e) {
                checks.reject("birthDate", "invalid_format", "birthDate must be a date written yyyy-MM-dd");
            }
            // No patient is born outside these, and PostgreSQL cannot compare a date of year 999999999.
            if (date != null && (date.isBefore(PatientRules.OLDEST_BIRTH_DATE) || date.isAfter(LATEST_DATE))) {
                checks.reject("birthDate", "out_of_range", "birthDate must be between "
                        + PatientRules.OLDEST_BIRTH_DATE + " and " + LATEST_DATE);
                date = null;
            }
        }
        String mrn = null;
        String nir = null;
        List<String> words = List.of();
        if (q != null && !q.isBlank()) {
            checks.maxLength("q", q, MAX_QUERY_LENGTH);
            if (!checks.hasError("q")) {
                List<String> rest = new ArrayList<>();
                LocalDate typed = null;
                for (String token : q.strip().split("\\s+")) {
                    LocalDate d = dateOf(token, checks);
                    if (d == null) {
                        rest.add(token);
                    } else if (typed != null && !typed.equals(d)) {
                        checks.reject("q", "conflicting_dates", "q holds two different dates");
                    } else {
                        typed = d;
                    }
                }
                if (typed != null && date != null && !typed.equals(date)) {
                    checks.reject("q", "conflicting_dates", "The date in q differs from birthDate");
                }
                date = typed != null ? typed : date;
                String text = String.join(" ", rest);
                mrn = MedicalRecordNumbers.fromQuery(text);
                nir = mrn == null ? nirOf(text) : null;
                if (mrn == null && nir == null) {
                    String normalized = NameNormalizer.normalize(text);
                    words = normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
                    checks.require(words.size() <= MAX_WORDS, "q", "too_many_words",
                            "q may hold at most " + MAX_WORDS + " words");
                }
            }
        }
        checks.throwIfAny();
        return new SearchQuery(mrn, nir, words, date, pageRequest);
    }

    /** @return the date a word of the query writes, null when it is not shaped like one */
    private static LocalDate dateOf(String token, Checks checks) {
        boolean french = FRENCH_DATE.matcher(token).matches();
        if (!french && !ISO_DATE.matcher(token).matches()) {
            return null;
        }
        try {
            return french ? LocalDate.parse(token, FRENCH) : LocalDate.parse(token);
        } catch (DateTimeParseException e) {
            checks.reject("q", "invalid_date", "q holds a date that does not exist: " + token);
            return null;
        }
    }

    /**
     * @return the query as a compact NIR when, spaces removed, it has a NIR's shape and key (a
     *         mistyped NIR is no name either, but finds nobody as a NIR would: it is looked up as
     *         typed); null when it does not look like a NIR
     */
    static String nirOf(String text) {
        String compact = Nir.compact(text);
        return compact != null && compact.length() == 15 && compact.matches("[0-9]{5}(?:[0-9]{2}|2[AB])[0-9]{8}")
                ? compact : null;
    }

    /** @return whether the query asks for nothing but the birth date (or nothing at all) */
    boolean listsAll() {
        return mrn == null && nir == null && words.isEmpty();
    }
}
