package org.hygie.prescriptions.server.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hygie.patients.api.Sex;
import org.hygie.prescriptions.api.Item;
import org.hygie.prescriptions.api.LabOrder;
import org.hygie.prescriptions.api.LabPriority;
import org.hygie.prescriptions.api.OrderedTest;
import org.hygie.prescriptions.api.Prescription;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.Barcode128;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The printed ordonnance (Code de la santé publique R.5132-3), made with OpenPDF: the establishment
 * and its FINESS number, the prescriber with his RPPS number (both also as Code 128 barcodes), his
 * specialty and phone, the date and time, the patient, and each line by DCI first, in plain French.
 * A line marked ALD goes to the upper zone of a bizone sheet; a narcotic makes it a secure-form
 * layout (ordonnance sécurisée) with doses, frequencies and durations also in words. Medications and
 * lab tests are never on the same sheet: each has its own document. A pure function of its inputs.
 */
final class OrdonnancePdf {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.FRANCE);
    private static final BaseFont HELVETICA = font(BaseFont.HELVETICA);
    private static final BaseFont HELVETICA_BOLD = font(BaseFont.HELVETICA_BOLD);
    private static final Font NORMAL = new Font(HELVETICA, 10);
    private static final Font SMALL = new Font(HELVETICA, 8);
    private static final Font BOLD = new Font(HELVETICA_BOLD, 10);
    private static final Font TITLE = new Font(HELVETICA_BOLD, 14);

    /** The establishment, from configuration. */
    record Establishment(String name, String address, String finess) {
    }

    /** The prescriber, from his account. */
    record Prescriber(String name, String specialty, String rpps, String phone) {
    }

    /** The patient, from the patients area. */
    record PatientLine(String lastName, String firstName, Sex sex, LocalDate birthDate, BigDecimal weightKg) {
    }

    private OrdonnancePdf() {
    }

    private static BaseFont font(String name) {
        try {
            // A standard font with the Windows-1252 encoding: French accents, nothing to embed.
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException("OpenPDF cannot make its standard font " + name, e);
        }
    }

    /** @return the medication ordonnance as PDF */
    static byte[] medications(Establishment establishment, Prescriber prescriber, PatientLine patient,
            ZonedDateTime signedAt, Prescription prescription) {
        boolean secure = prescription.items().stream().anyMatch(Item::narcotic);
        boolean bizone = prescription.items().stream().anyMatch(Item::ald);
        return render(establishment, prescriber, patient, signedAt, "Ordonnance n° " + prescription.id(), (doc, w) -> {
            if (secure) {
                doc.add(centered("ORDONNANCE SÉCURISÉE", TITLE));
                doc.add(centered("Prescription de médicaments stupéfiants ou assimilés : doses, fréquences et durées "
                        + "en toutes lettres (art. R.5132-5 du code de la santé publique)", SMALL));
                int count = prescription.items().size();
                doc.add(boxed("Nombre de spécialités prescrites : " + count + " (" + FrenchNumbers.words(count) + ")"));
            } else {
                doc.add(centered("ORDONNANCE", TITLE));
            }
            if (bizone) {
                List<Item> ald = prescription.items().stream().filter(Item::ald).toList();
                List<Item> other = prescription.items().stream().filter(i -> !i.ald()).toList();
                doc.add(zone("Prescriptions relatives au traitement de l’affection de longue durée reconnue "
                        + "(liste ou hors liste) (AFFECTION EXONÉRANTE)", ald, secure));
                doc.add(zone("Prescriptions SANS RAPPORT avec l’affection de longue durée (MALADIES INTERCURRENTES)",
                        other, secure));
            } else {
                for (Item item : prescription.items()) {
                    doc.add(line(item, secure));
                }
            }
        });
    }

    /** @return the lab ordonnance as PDF: tests only, never with medications */
    static byte[] labOrder(Establishment establishment, Prescriber prescriber, PatientLine patient,
            ZonedDateTime orderedAt, LabOrder order) {
        return render(establishment, prescriber, patient, orderedAt, "Demande d’examens n° " + order.id(), (doc, w) -> {
            doc.add(centered("ORDONNANCE D’EXAMENS DE BIOLOGIE MÉDICALE", TITLE));
            doc.add(new Paragraph("Priorité : " + priority(order.priority()), BOLD));
            if (order.clinicalInfo() != null) {
                doc.add(new Paragraph("Renseignements cliniques : " + order.clinicalInfo(), NORMAL));
            }
            int n = 1;
            for (OrderedTest test : order.tests()) {
                Paragraph p = new Paragraph();
                p.setSpacingBefore(6);
                p.add(new Chunk(n++ + ". " + test.name(), BOLD));
                p.add(new Chunk("  (LOINC " + test.loinc() + (test.specimen() == null ? "" : ", " + test.specimen())
                        + ")", NORMAL));
                doc.add(p);
            }
        });
    }

    @FunctionalInterface
    private interface Body {
        void write(Document doc, PdfWriter writer) throws DocumentException;
    }

    private static byte[] render(Establishment establishment, Prescriber prescriber, PatientLine patient,
            ZonedDateTime at, String reference, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle(reference);
            doc.addCreator("Hygie");
            doc.open();
            doc.add(header(writer.getDirectContent(), establishment, prescriber));
            Paragraph when = new Paragraph("Le " + DATE.format(at) + " à " + TIME.format(at), NORMAL);
            when.setAlignment(Element.ALIGN_RIGHT);
            when.setSpacingBefore(8);
            doc.add(when);
            doc.add(patient(patient, at.toLocalDate()));
            body.write(doc, writer);
            Paragraph signature = new Paragraph("Signature du prescripteur : " + prescriber.name(), NORMAL);
            signature.setAlignment(Element.ALIGN_RIGHT);
            signature.setSpacingBefore(24);
            doc.add(signature);
            Paragraph ref = new Paragraph(reference, SMALL);
            ref.setSpacingBefore(40);
            doc.add(ref);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not make the ordonnance " + reference, e);
        }
        return out.toByteArray();
    }

    private static PdfPTable header(PdfContentByte cb, Establishment e, Prescriber p) throws DocumentException {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        PdfPCell left = cell();
        left.addElement(new Paragraph(e.name(), BOLD));
        for (String line : e.address().split("\\|")) {
            left.addElement(new Paragraph(line.strip(), NORMAL));
        }
        left.addElement(new Paragraph("FINESS : " + e.finess(), NORMAL));
        left.addElement(barcode(cb, e.finess()));
        PdfPCell right = cell();
        right.addElement(new Paragraph(p.name(), BOLD));
        right.addElement(new Paragraph(p.specialty() == null ? "Médecin" : "Médecin - " + p.specialty(), NORMAL));
        right.addElement(new Paragraph("RPPS : " + p.rpps(), NORMAL));
        right.addElement(barcode(cb, p.rpps()));
        right.addElement(new Paragraph("Tél. : " + p.phone(), NORMAL));
        table.addCell(left);
        table.addCell(right);
        return table;
    }

    /** A Code 128 barcode of the number, wide enough for a pharmacy's scanner (and a test's decoder). */
    private static Image barcode(PdfContentByte cb, String code) {
        Barcode128 barcode = new Barcode128();
        barcode.setCode(code);
        barcode.setX(1.2f);
        barcode.setBarHeight(28f);
        barcode.setFont(null); // the number is printed above it, in words a reader can copy
        Image image = barcode.createImageWithBarcode(cb, Color.BLACK, Color.BLACK);
        image.setAlignment(Image.LEFT);
        return image;
    }

    private static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingBottom(6);
        return cell;
    }

    private static Paragraph patient(PatientLine p, LocalDate on) {
        StringBuilder text = new StringBuilder("Patient : ");
        text.append(p.lastName().toUpperCase(Locale.FRANCE)).append(' ').append(p.firstName());
        text.append(" - ").append(switch (p.sex() == null ? Sex.UNKNOWN : p.sex()) {
            case FEMALE -> "Sexe : féminin";
            case MALE -> "Sexe : masculin";
            case OTHER -> "Sexe : autre";
            case UNKNOWN -> "Sexe : non renseigné";
        });
        int age = Period.between(p.birthDate(), on).getYears();
        text.append(" - Né(e) le ").append(DATE.format(p.birthDate())).append(" (").append(age)
                .append(age > 1 ? " ans)" : " an)");
        if (p.weightKg() != null) {
            text.append(" - Poids : ").append(decimal(p.weightKg())).append(" kg");
        }
        Paragraph paragraph = new Paragraph(text.toString(), BOLD);
        paragraph.setSpacingBefore(6);
        paragraph.setSpacingAfter(10);
        return paragraph;
    }

    private static PdfPTable zone(String title, List<Item> items, boolean secure) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        PdfPCell cell = new PdfPCell();
        cell.setPadding(6);
        cell.addElement(new Paragraph(title, BOLD));
        if (items.isEmpty()) {
            cell.addElement(new Paragraph("(néant)", NORMAL));
        }
        for (Item item : items) {
            cell.addElement(line(item, secure));
        }
        table.addCell(cell);
        return table;
    }

    private static Paragraph boxed(String text) {
        Paragraph p = new Paragraph(text, BOLD);
        p.setSpacingBefore(4);
        p.setSpacingAfter(4);
        return p;
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(6);
        return p;
    }

    /** One line: the DCI (with strength) first, the brand after, then the dosage in plain French. */
    static Paragraph line(Item item, boolean inWords) {
        Paragraph p = new Paragraph();
        p.setSpacingBefore(8);
        for (String text : lineText(item, inWords)) {
            if (p.isEmpty()) {
                p.add(new Chunk(text, BOLD));
            } else {
                p.add(Chunk.NEWLINE);
                p.add(new Chunk("    " + text, NORMAL));
            }
        }
        return p;
    }

    /** @return the printed lines of one item: its title, then its dosage */
    static List<String> lineText(Item item, boolean inWords) {
        List<String> lines = new ArrayList<>();
        if (item.drugCis() == null) {
            lines.add(item.line() + ". " + item.freeText());
        } else {
            String dci = item.substances().isEmpty() ? item.drugName() : String.join(" + ", item.substances());
            lines.add(item.line() + ". " + dci + " (" + item.drugName() + ")"
                    + (item.narcotic() ? " - stupéfiant" : ""));
        }
        boolean words = inWords && item.narcotic();
        List<String> dosage = new ArrayList<>();
        if (item.dose() != null) {
            String unit = item.doseUnit() == null ? "" : " " + item.doseUnit();
            dosage.add(decimal(item.dose()) + unit + (words ? " (" + Units.words(item.dose(), item.doseUnit()) + ")" : "")
                    + " par prise");
        }
        if (item.frequency() != null) {
            dosage.add(words ? FrenchNumbers.withWords(item.frequency()) : item.frequency());
        }
        if (item.route() != null) {
            dosage.add("voie " + item.route());
        }
        if (!dosage.isEmpty()) {
            lines.add(capitalise(String.join(", ", dosage)) + ".");
        }
        List<String> quantity = new ArrayList<>();
        if (item.durationDays() != null) {
            int d = item.durationDays();
            quantity.add("Pendant " + d + (d > 1 ? " jours" : " jour")
                    + (words ? " (" + FrenchNumbers.words(d) + (d > 1 ? " jours)" : " jour)") : ""));
        }
        if (item.boxes() != null) {
            int b = item.boxes();
            quantity.add("Quantité : " + b + (b > 1 ? " boîtes" : " boîte")
                    + (words ? " (" + FrenchNumbers.words(b) + (b > 1 ? " boîtes)" : " boîte)") : ""));
        }
        quantity.add(item.renewals() == 0 ? "Non renouvelable"
                : "À renouveler " + item.renewals() + " fois" + (words ? " (" + FrenchNumbers.words(item.renewals()) + ")" : ""));
        lines.add(String.join(". ", quantity) + ".");
        if (item.instructions() != null) {
            lines.add(item.instructions());
        }
        return lines;
    }

    private static String priority(LabPriority priority) {
        return switch (priority) {
            case ROUTINE -> "normale";
            case URGENT -> "urgente";
            case STAT -> "immédiate (STAT)";
        };
    }

    /** A decimal as French writes it: 0,5 and 62 rather than 0.5 and 62.00. */
    static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
