package org.hygie.prescriptions.server.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hygie.core.problem.Checks;
import org.hygie.prescriptions.api.Item;
import org.hygie.prescriptions.api.ItemInput;
import org.hygie.prescriptions.api.PrescriptionRules;
import org.hygie.terminology.api.Drug;
import org.hygie.terminology.api.Substance;

/**
 * The rules of a prescription's lines, narcotics' included, as a pure function of the input and the
 * catalogue drugs it names. Field names are those of the request ({@code items[2].durationDays}).
 */
final class ItemRules {
    private static final BigDecimal MAX_DOSE = new BigDecimal("99999999");

    private ItemRules() {
    }

    /**
     * @param drugs the catalogue drugs the lines name, by CIS code (unknown ones absent)
     * @return the lines as they will be signed
     * @throws org.hygie.core.problem.HygieException 422 with every invalid field
     */
    static List<Item> check(List<ItemInput> inputs, BigDecimal weightKg, Map<String, Drug> drugs) {
        Checks checks = new Checks();
        checks.require(!inputs.isEmpty(), "items", "required", "A prescription has at least one line");
        checks.require(inputs.size() <= PrescriptionRules.MAX_ITEMS, "items", "too_many",
                "A prescription has at most " + PrescriptionRules.MAX_ITEMS + " lines");
        if (weightKg != null) {
            checks.require(weightKg.doubleValue() >= PrescriptionRules.MIN_WEIGHT_KG
                    && weightKg.doubleValue() <= PrescriptionRules.MAX_WEIGHT_KG && weightKg.scale() <= 2, "weightKg",
                    "out_of_range", "weightKg must be between " + PrescriptionRules.MIN_WEIGHT_KG + " and "
                            + PrescriptionRules.MAX_WEIGHT_KG + " kg, with 2 decimals at most");
        }
        checks.throwIfAny();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Item item = check(checks, "items[" + i + "]", i + 1, inputs.get(i), drugs);
            if (item != null) {
                items.add(item);
            }
        }
        checks.throwIfAny();
        return items;
    }

    private static Item check(Checks checks, String f, int line, ItemInput in, Map<String, Drug> drugs) {
        if (in == null) {
            checks.reject(f, "required", f + " is empty");
            return null;
        }
        String cis = blankToNull(in.drugCis());
        String text = blankToNull(in.freeText());
        if (cis == null && text == null) {
            checks.reject(f + ".drugCis", "required", "A line names a catalogue drug (drugCis) or, failing that, free text");
            return null;
        }
        if (cis != null && text != null) {
            checks.reject(f + ".freeText", "both_drug_and_text", "A line names a catalogue drug or free text, not both");
            return null;
        }
        Drug drug = cis == null ? null : drugs.get(cis);
        if (cis != null && drug == null) {
            checks.reject(f + ".drugCis", "unknown_drug", "No drug of the catalogue has the CIS code " + cis);
            return null;
        }
        checks.maxLength(f + ".freeText", text, 500);
        BigDecimal dose = in.dose();
        if (dose != null) {
            checks.require(dose.signum() > 0 && dose.compareTo(MAX_DOSE) <= 0 && dose.stripTrailingZeros().scale() <= 4,
                    f + ".dose", "out_of_range", "The dose is more than 0, with 4 decimals at most");
        }
        if (drug != null) {
            checks.required(f + ".dose", dose);
            checks.required(f + ".doseUnit", in.doseUnit());
            checks.required(f + ".frequency", in.frequency());
        }
        checks.maxLength(f + ".doseUnit", in.doseUnit(), 50);
        checks.maxLength(f + ".route", in.route(), 100);
        checks.maxLength(f + ".frequency", in.frequency(), 200);
        checks.maxLength(f + ".instructions", in.instructions(), 500);
        Integer days = in.durationDays();
        Integer boxes = in.boxes();
        int renewals = in.renewals() == null ? 0 : in.renewals();
        if (days == null && boxes == null) {
            checks.reject(f + ".durationDays", "required", "A line says how long (durationDays) or how many boxes");
        }
        if (days != null) {
            checks.require(days >= 1 && days <= PrescriptionRules.MAX_DAYS, f + ".durationDays", "out_of_range",
                    "durationDays is from 1 to " + PrescriptionRules.MAX_DAYS);
        }
        if (boxes != null) {
            checks.require(boxes >= 1 && boxes <= PrescriptionRules.MAX_BOXES, f + ".boxes", "out_of_range",
                    "boxes is from 1 to " + PrescriptionRules.MAX_BOXES);
        }
        checks.require(renewals >= 0 && renewals <= PrescriptionRules.MAX_RENEWALS, f + ".renewals", "out_of_range",
                "renewals is from 0 to " + PrescriptionRules.MAX_RENEWALS);
        if (drug != null && drug.narcotic()) {
            // Stupéfiants (R.5132-29 and -30): a duration, 28 days at most, never renewed.
            checks.require(days != null && days <= PrescriptionRules.NARCOTIC_MAX_DAYS, f + ".durationDays",
                    "narcotic_duration", "A narcotic is prescribed for a duration in days, "
                            + PrescriptionRules.NARCOTIC_MAX_DAYS + " days at most");
            checks.require(renewals == 0, f + ".renewals", "narcotic_renewal", "A narcotic is never renewed");
            if (dose == null) {
                checks.reject(f + ".dose", "narcotic_dose", "A narcotic's dose is required (printed in words)");
            }
        }
        if (drug == null) {
            return new Item(line, null, null, List.of(), null, false, text, dose, blankToNull(in.doseUnit()),
                    blankToNull(in.route()), blankToNull(in.frequency()), days, boxes, renewals,
                    blankToNull(in.instructions()), Boolean.TRUE.equals(in.ald()));
        }
        List<String> substances = drug.substances().stream().map(ItemRules::substance).toList();
        String route = blankToNull(in.route());
        if (route == null && drug.routes().size() == 1) {
            route = drug.routes().get(0);
        }
        return new Item(line, drug.cis(), drug.name(), substances, drug.atc() == null ? null : drug.atc().code(),
                drug.narcotic(), null, dose, blankToNull(in.doseUnit()), route, blankToNull(in.frequency()), days, boxes,
                renewals, blankToNull(in.instructions()), Boolean.TRUE.equals(in.ald()));
    }

    private static String substance(Substance s) {
        return s.strength() == null || s.strength().isBlank() ? s.inn() : s.inn() + " " + s.strength();
    }

    /**
     * @return the day the longest line ends, renewals included (a line of 7 days renewed twice runs 21
     *         days); null when a line is given in boxes only, whose length nobody can tell
     */
    static LocalDate endsOn(List<Item> items, LocalDate signedOn) {
        long longest = 0;
        for (Item item : items) {
            if (item.durationDays() == null) {
                return null;
            }
            longest = Math.max(longest, (long) item.durationDays() * (item.renewals() + 1));
        }
        return signedOn.plusDays(longest - 1);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
