package org.hygie.prescriptions.server.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hygie.prescriptions.api.Alert;
import org.hygie.prescriptions.api.AlertType;
import org.hygie.terminology.api.Allergen;
import org.hygie.terminology.api.Drug;
import org.hygie.terminology.api.knowledge.AllergyMatch;
import org.hygie.terminology.api.knowledge.Interaction;
import org.hygie.terminology.api.knowledge.MedicationKnowledge;

/**
 * The safety checks of a prescription being signed, offline, as a pure function of what they are
 * given: its lines, the patient's allergies and other active treatments, and the medication
 * knowledge (the terminology area's shipped tables). Nothing here reads a database or a clock, so
 * that every rule is tested on hand-built records.
 *
 * <p>What interrupts the signature (docs/architecture.md#prescriptions): an allergy recorded as
 * severe or of unknown severity (nobody can say it is mild), and the two severe interaction levels
 * ({@code InteractionLevel.interrupts()}). Everything else is a note: doctors must not be drowned
 * in alerts they learn to click away.
 */
final class SafetyChecks {
    private SafetyChecks() {
    }

    /** A line to check: a catalogue drug, or free text (null drug) that nothing can read. */
    record Line(int line, Drug drug, String freeText) {
        String label() {
            return drug != null ? drug.name() : freeText;
        }
    }

    /**
     * One of the patient's standing allergies.
     *
     * @param text what was recorded, as written
     * @param allergenCode its code in the allergen catalogue, or null when recorded as free text
     * @param severity its severity's name ({@code SEVERE}, {@code MODERATE}, {@code MILD}, {@code UNKNOWN})
     */
    record KnownAllergy(String text, String allergenCode, String severity) {
        boolean interrupts() {
            return severity == null || "SEVERE".equals(severity) || "UNKNOWN".equals(severity);
        }
    }

    /** A drug of another of the patient's active prescriptions. */
    record OtherDrug(UUID prescriptionId, Drug drug) {
    }

    /** @return every finding, interrupting ones and notes, in the order of the lines */
    static List<Alert> check(List<Line> lines, List<KnownAllergy> allergies, List<OtherDrug> others,
            MedicationKnowledge knowledge) {
        Map<String, Alert> alerts = new LinkedHashMap<>();
        for (Line line : lines) {
            if (line.drug() == null) {
                put(alerts, new Alert("not-checked:" + line.line(), AlertType.NOT_CHECKED, null, false, line.line(),
                        line.freeText(), null, null, null, "Ligne " + line.line() + " saisie en texte libre (« "
                                + line.freeText() + " ») : ni les allergies ni les interactions n’ont pu être vérifiées.",
                        false));
            }
        }
        allergies(lines, allergies, knowledge, alerts);
        interactions(lines, others, knowledge, alerts);
        return List.copyOf(alerts.values());
    }

    private static void allergies(List<Line> lines, List<KnownAllergy> allergies, MedicationKnowledge knowledge,
            Map<String, Alert> alerts) {
        for (KnownAllergy allergy : allergies) {
            boolean fromFreeText = allergy.allergenCode() == null;
            List<Allergen> allergens = fromFreeText ? List.of()
                    : knowledge.allergen(allergy.allergenCode()).map(List::of).orElse(List.of());
            if (allergens.isEmpty()) {
                // Free text, or a code the catalogue no longer knows: read the words as written.
                fromFreeText = true;
                allergens = allergy.text() == null ? List.of() : knowledge.allergensNamed(allergy.text());
            }
            if (allergens.isEmpty()) {
                if (lines.stream().anyMatch(l -> l.drug() != null)) {
                    put(alerts, new Alert("allergy-unread:" + normalise(allergy.text()), AlertType.NOT_CHECKED,
                            allergy.severity(), false, 0, null, allergy.text(), null, null,
                            "L’allergie « " + allergy.text() + " » est saisie en texte libre et ne correspond à aucune "
                                    + "substance ni classe connue : elle n’a pas pu être vérifiée.", true));
                }
                continue;
            }
            for (Line line : lines) {
                if (line.drug() == null) {
                    continue;
                }
                for (Allergen allergen : allergens) {
                    Optional<AllergyMatch> match = knowledge.allergyMatch(allergen, line.drug(), fromFreeText);
                    if (match.isPresent()) {
                        put(alerts, allergyAlert(line, allergy, match.get()));
                        break; // one alert per line and allergy, from its most specific reading
                    }
                }
            }
        }
    }

    private static Alert allergyAlert(Line line, KnownAllergy allergy, AllergyMatch match) {
        StringBuilder message = new StringBuilder("Allergie");
        message.append(switch (allergy.severity() == null ? "UNKNOWN" : allergy.severity()) {
            case "SEVERE" -> " sévère";
            case "MODERATE" -> " modérée";
            case "MILD" -> " légère";
            default -> " de sévérité inconnue";
        });
        message.append(" à « ").append(allergy.text()).append(" » : ").append(line.drug().name());
        if (match.substance() != null) {
            message.append(" contient ").append(match.substance());
        }
        if (match.viaClass() != null) {
            message.append(match.substance() != null ? ", de la classe " : " appartient à la classe ")
                    .append(match.viaClass());
            if (match.allergen().atc() != null && match.allergen().atc().label() != null) {
                message.append(" (").append(match.allergen().atc().label()).append(")");
            }
        }
        message.append('.');
        if (match.fromFreeText()) {
            message.append(" Allergie saisie en texte libre, reconnue par son nom (« ").append(match.allergen().label())
                    .append(" ») : à vérifier.");
        }
        String key = "allergy:" + line.line() + ":" + line.drug().cis() + ":" + normalise(allergy.text());
        return new Alert(key, AlertType.ALLERGY, allergy.severity() == null ? "UNKNOWN" : allergy.severity(),
                allergy.interrupts(), line.line(), line.drug().name(), allergy.text(), null, null, message.toString(),
                match.fromFreeText());
    }

    private static void interactions(List<Line> lines, List<OtherDrug> others, MedicationKnowledge knowledge,
            Map<String, Alert> alerts) {
        for (int i = 0; i < lines.size(); i++) {
            Line a = lines.get(i);
            if (a.drug() == null) {
                continue;
            }
            for (int j = i + 1; j < lines.size(); j++) {
                Line b = lines.get(j);
                if (b.drug() == null) {
                    continue;
                }
                for (Interaction interaction : knowledge.interactions(a.drug(), b.drug())) {
                    String key = "interaction:" + a.line() + ":" + a.drug().cis() + ":" + b.line() + ":" + b.drug().cis()
                            + ":" + interaction.level();
                    put(alerts, interactionAlert(key, a, b.drug().name(), null, interaction));
                }
            }
            for (OtherDrug other : others) {
                for (Interaction interaction : knowledge.interactions(a.drug(), other.drug())) {
                    String key = "interaction:" + a.line() + ":" + a.drug().cis() + ":" + other.prescriptionId() + ":"
                            + other.drug().cis() + ":" + interaction.level();
                    put(alerts, interactionAlert(key, a, other.drug().name(), other.prescriptionId(), interaction));
                }
            }
        }
    }

    private static Alert interactionAlert(String key, Line line, String otherDrug, UUID otherPrescription,
            Interaction interaction) {
        String level = switch (interaction.level()) {
            case CONTRAINDICATION -> "Contre-indication";
            case NOT_RECOMMENDED -> "Association déconseillée";
            case PRECAUTION -> "Précaution d’emploi";
            case TO_CONSIDER -> "À prendre en compte";
        };
        String message = level + " : " + line.drug().name() + " et " + otherDrug
                + (otherPrescription != null ? " (traitement en cours)" : "") + ". " + interaction.message()
                + (interaction.source() != null ? " [" + interaction.source() + "]" : "");
        return new Alert(key, AlertType.INTERACTION, interaction.level().name(), interaction.level().interrupts(),
                line.line(), line.drug().name(), null, otherDrug, otherPrescription, message, false);
    }

    private static void put(Map<String, Alert> alerts, Alert alert) {
        alerts.putIfAbsent(alert.key(), alert);
    }

    /** Lower case, no accents, single spaces: a stable part of an alert's key. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /** @return the findings that interrupt the signature */
    static List<Alert> interrupting(List<Alert> alerts) {
        List<Alert> list = new ArrayList<>();
        alerts.stream().filter(Alert::interrupts).forEach(list::add);
        return list;
    }
}
