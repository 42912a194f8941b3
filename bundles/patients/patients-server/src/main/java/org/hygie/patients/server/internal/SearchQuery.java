package org.hygie.patients.server.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.hygie.core.paging.PageRequest;
import org.hygie.core.problem.Checks;
import org.hygie.core.problem.HygieException;
import org.hygie.patients.api.PatientRules;

/**
 * A checked search request.
 *
 * @param mrn the record number looked for, when the query is shaped like one; null otherwise
 * @param words the normalised words of the query (empty: no name criterion)
 * @param birthDate the birth date filter, or null
 * @param page the page asked for
 */
record SearchQuery(String mrn, List<String> words, LocalDate birthDate, PageRequest page) {
    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_WORDS = 6;

    SearchQuery {
        words = List.copyOf(words);
    }

    /**
     * @throws HygieException 422 naming {@code q} ({@code too_long}, {@code too_many_words}),
     *         {@code birthDate} ({@code invalid_format}, {@code out_of_range}), {@code page} or {@code size}
     *         ({@code out_of_range})
     */
    /** The latest birth date a search may name. */
    static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

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
        List<String> words = List.of();
        if (q != null && !q.isBlank()) {
            checks.maxLength("q", q, MAX_QUERY_LENGTH);
            if (!checks.hasError("q")) {
                mrn = MedicalRecordNumbers.fromQuery(q.strip());
                if (mrn == null) {
                    String normalized = NameNormalizer.normalize(q);
                    words = normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
                    checks.require(words.size() <= MAX_WORDS, "q", "too_many_words",
                            "q may hold at most " + MAX_WORDS + " words");
                }
            }
        }
        checks.throwIfAny();
        return new SearchQuery(mrn, words, date, pageRequest);
    }

    /** @return whether the query asks for nothing but the birth date (or nothing at all) */
    boolean listsAll() {
        return mrn == null && words.isEmpty();
    }
}
