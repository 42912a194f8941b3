package org.hygie.prescriptions.server.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hygie.core.problem.Checks;
import org.hygie.core.problem.HygieException;
import org.hygie.prescriptions.api.Alert;
import org.hygie.prescriptions.api.OverrideInput;
import org.hygie.prescriptions.api.PrescriptionRules;

/**
 * Whether a prescription may be signed given its findings and the prescriber's overrides: every
 * interrupting alert must be overridden, each override with a reason. A pure function.
 */
final class Overrides {
    /** The problem type of a signature stopped by alerts; the alerts are in its {@code alerts} member. */
    static final String ALERTS_PROBLEM = "urn:hygie:problem:prescription-alerts";
    static final int MAX_REASON = 1000;

    private Overrides() {
    }

    /** An alert signed despite, with its reason. */
    record Overridden(Alert alert, String reason) {
    }

    /** What signing keeps: the notes (findings not overridden) and the overridden alerts. */
    record Decision(List<Alert> notes, List<Overridden> overridden) {
    }

    /**
     * @throws HygieException 422 on {@code overrides[i].key} ({@code required}, {@code unknown_alert})
     *         or {@code overrides[i].reason} ({@code required}, {@code too_long}); 422 of type
     *         {@link #ALERTS_PROBLEM} with the interrupting alerts not overridden (and the notes) in
     *         its {@code alerts} and {@code notes} members
     */
    static Decision decide(List<Alert> alerts, List<OverrideInput> overrides) {
        Map<String, Alert> byKey = new LinkedHashMap<>();
        alerts.forEach(a -> byKey.put(a.key(), a));
        Checks checks = new Checks();
        checks.require(overrides.size() <= PrescriptionRules.MAX_OVERRIDES, "overrides", "too_many",
                "At most " + PrescriptionRules.MAX_OVERRIDES + " overrides");
        checks.throwIfAny();
        Map<String, String> reasons = new HashMap<>();
        for (int i = 0; i < overrides.size(); i++) {
            OverrideInput o = overrides.get(i);
            String field = "overrides[" + i + "]";
            if (o == null) {
                checks.reject(field, "required", field + " is empty");
                continue;
            }
            checks.required(field + ".key", o.key());
            checks.required(field + ".reason", o.reason());
            checks.maxLength(field + ".reason", o.reason(), MAX_REASON);
            if (o.key() != null && !o.key().isBlank() && !byKey.containsKey(o.key().strip())) {
                checks.reject(field + ".key", "unknown_alert", "No alert of this prescription has the key " + o.key());
            }
            if (o.key() != null && o.reason() != null && !o.reason().isBlank()) {
                reasons.put(o.key().strip(), o.reason().strip());
            }
        }
        checks.throwIfAny();
        List<Alert> missing = new ArrayList<>();
        List<Alert> notes = new ArrayList<>();
        List<Overridden> overridden = new ArrayList<>();
        for (Alert alert : alerts) {
            String reason = reasons.get(alert.key());
            if (reason != null) {
                overridden.add(new Overridden(alert, reason));
            } else if (alert.interrupts()) {
                missing.add(alert);
            } else {
                notes.add(alert);
            }
        }
        if (!missing.isEmpty()) {
            String detail = missing.size() == 1 ? missing.get(0).message()
                    : missing.size() + " alerts stop this prescription; override each with a reason to sign it";
            throw new HygieException(422, ALERTS_PROBLEM, "Safety alerts", detail, null,
                    Map.of("alerts", missing, "notes", notes));
        }
        return new Decision(notes, overridden);
    }
}
