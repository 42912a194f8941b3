package org.hygie.prescriptions.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.hygie.patients.api.Sex;
import org.hygie.prescriptions.api.Item;
import org.hygie.prescriptions.api.LabOrder;
import org.hygie.prescriptions.api.LabOrderState;
import org.hygie.prescriptions.api.LabPriority;
import org.hygie.prescriptions.api.OrderedTest;
import org.hygie.prescriptions.api.Prescription;
import org.hygie.prescriptions.api.PrescriptionStatus;
import org.junit.jupiter.api.Test;

/** The printed sheets read back as a pharmacist's software would: their text, and their barcodes. */
class OrdonnancePdfTest {
    static final OrdonnancePdf.Establishment HOSPITAL = new OrdonnancePdf.Establishment("Centre hospitalier Hygie",
            "12 rue de la Santé | 75013 Paris", "750000001");
    static final OrdonnancePdf.Prescriber DOCTOR = new OrdonnancePdf.Prescriber("Dr Hélène Martin", "Médecine générale",
            "10001234565", "01 45 67 89 10");
    static final OrdonnancePdf.PatientLine PATIENT = new OrdonnancePdf.PatientLine("Dupont", "Hélène", Sex.FEMALE,
            LocalDate.of(1948, 3, 12), new BigDecimal("62.5"));
    static final ZonedDateTime AT = ZonedDateTime.of(2026, 11, 29, 10, 15, 0, 0, ZoneId.of("Europe/Paris"));

    private static Prescription prescription(List<Item> items) {
        return new Prescription(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Dr Hélène Martin",
                AT.toInstant(), new BigDecimal("62.5"), items, List.of(), List.of(), PrescriptionStatus.ACTIVE, null, null,
                null, null, null, 0);
    }

    private static Item amoxicillin(boolean ald) {
        return new Item(1, "60000001", "AMOXICILLINE TEST 500 mg, gélule", List.of("amoxicilline 500 mg"), "J01CA04",
                false, null, BigDecimal.ONE, "gélule", "orale", "3 fois par jour", 7, null, 0, "Au cours des repas", ald);
    }

    private static Item morphine() {
        return new Item(2, "60000009", "MORPHINE TEST 10 mg, comprimé LP", List.of("morphine 10 mg"), "N02AA01", true,
                null, BigDecimal.TEN, "mg", "orale", "2 fois par jour", 28, null, 0, null, false);
    }

    @Test
    void medications_shouldHoldEveryMandatoryMentionAndTheDciFirst() throws Exception {
        byte[] pdf = OrdonnancePdf.medications(HOSPITAL, DOCTOR, PATIENT, AT, prescription(List.of(amoxicillin(false))));
        String text = PdfReading.text(pdf);
        assertThat(text).contains("Centre hospitalier Hygie", "12 rue de la Santé", "75013 Paris", "FINESS : 750000001",
                "Dr Hélène Martin", "Médecine générale", "RPPS : 10001234565", "Tél. : 01 45 67 89 10",
                "Le 29/11/2026 à 10:15", "DUPONT Hélène", "Sexe : féminin", "Né(e) le 12/03/1948", "Poids : 62,5 kg",
                "1. amoxicilline 500 mg (AMOXICILLINE TEST 500 mg, gélule)", "1 gélule par prise, 3 fois par jour",
                "voie orale", "Pendant 7 jours", "Non renouvelable", "Au cours des repas", "ORDONNANCE");
        assertThat(text).doesNotContain("SÉCURISÉE", "AFFECTION EXONÉRANTE");
        assertThat(PdfReading.barcodes(pdf)).contains("10001234565", "750000001");
    }

    @Test
    void medications_shouldUseTheSecureLayoutWithWordsForANarcotic() throws Exception {
        String text = PdfReading.text(OrdonnancePdf.medications(HOSPITAL, DOCTOR, PATIENT, AT,
                prescription(List.of(amoxicillin(false), morphine()))));
        assertThat(text).contains("ORDONNANCE SÉCURISÉE", "Nombre de spécialités prescrites : 2 (deux)",
                "10 mg (dix milligrammes) par prise", "2 (deux) fois par jour", "Pendant 28 jours (vingt-huit jours)",
                "morphine 10 mg");
    }

    @Test
    void medications_shouldSplitAldLinesIntoTheUpperZoneOfABizone() throws Exception {
        String text = PdfReading.text(OrdonnancePdf.medications(HOSPITAL, DOCTOR, PATIENT, AT,
                prescription(List.of(amoxicillin(true), morphine()))));
        int upper = text.indexOf("AFFECTION EXONÉRANTE");
        int lower = text.indexOf("MALADIES INTERCURRENTES");
        assertThat(upper).isPositive();
        assertThat(lower).isGreaterThan(upper);
        assertThat(text.indexOf("amoxicilline 500 mg")).isBetween(upper, lower);
        assertThat(text.indexOf("morphine 10 mg")).isGreaterThan(lower);
    }

    @Test
    void labOrder_shouldPrintItsTestsOnASheetOfTheirOwn() throws Exception {
        LabOrder order = new LabOrder(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Dr Hélène Martin",
                Instant.now(), LabPriority.URGENT, "Sous diurétiques",
                List.of(new OrderedTest("2823-3", "Potassium", "Sérum ou plasma", "mmol/L")), LabOrderState.ORDERED,
                Instant.now(), null, null, 0);
        byte[] pdf = OrdonnancePdf.labOrder(HOSPITAL, DOCTOR, PATIENT, AT, order);
        String text = PdfReading.text(pdf);
        assertThat(text).contains("ORDONNANCE D’EXAMENS DE BIOLOGIE MÉDICALE", "Priorité : urgente",
                "Sous diurétiques", "1. Potassium", "LOINC 2823-3", "RPPS : 10001234565", "FINESS : 750000001");
        assertThat(text).doesNotContain("Pendant", "renouvel");
        assertThat(PdfReading.barcodes(pdf)).contains("10001234565", "750000001");
    }
}
