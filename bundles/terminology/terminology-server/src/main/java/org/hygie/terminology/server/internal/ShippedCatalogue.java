package org.hygie.terminology.server.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.hygie.terminology.api.Allergen;
import org.hygie.terminology.api.AllergenKind;
import org.hygie.terminology.api.AtcClass;
import org.hygie.terminology.api.Drug;
import org.hygie.terminology.api.DrugSource;
import org.hygie.terminology.api.LabTest;
import org.hygie.terminology.api.Substance;
import org.hygie.terminology.api.knowledge.InteractionLevel;

/**
 * The catalogues shipped in this bundle ({@code org/hygie/terminology/server/data/}: the format of
 * each file is written at its top): UTF-8, tab-separated, {@code #} comment lines. A line that does
 * not fit its format stops the reading with its file and line number: a shipped set is fixed at
 * build time, and the tests read it whole.
 *
 * @param version the version of the set ({@code catalogue.properties}), which the loader compares
 *        with the database's
 */
record ShippedCatalogue(String version, Map<String, String> atcLabels, List<Drug> drugs,
        List<AllergenEntry> allergens, List<InteractionRule> interactions, List<LabTest> labTests) {

    /** The folder of the shipped files in the bundle. */
    static final String FOLDER = "/org/hygie/terminology/server/data/";

    /** An allergen with the other names an allergy written as free text may use for it. */
    record AllergenEntry(Allergen allergen, List<String> aliases) {
    }

    /** A row of the interaction table: two ATC classes (code prefixes), a level, a message. */
    record InteractionRule(String first, String second, InteractionLevel level, String message, String source) {
    }

    /** @return the set shipped in this bundle */
    static ShippedCatalogue read() {
        Properties properties = new Properties();
        try (InputStream in = open("catalogue.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = properties.getProperty("version");
        if (version == null || version.isBlank()) {
            throw new IllegalStateException(FOLDER + "catalogue.properties has no version");
        }
        Map<String, String> atc = new LinkedHashMap<>();
        rows("atc.tsv", 2, f -> atc.put(f[0], f[1]));
        List<Drug> drugs = new ArrayList<>();
        rows("drugs.tsv", 7, f -> drugs.add(drug(f, atc)));
        List<AllergenEntry> allergens = new ArrayList<>();
        rows("allergens.tsv", 4, f -> allergens.add(allergen(f, atc)));
        List<InteractionRule> interactions = new ArrayList<>();
        rows("interactions.tsv", 5, f -> interactions.add(new InteractionRule(f[0], f[1],
                InteractionLevel.valueOf(f[2]), f[3], f[4])));
        List<LabTest> labTests = new ArrayList<>();
        rows("lab-tests.tsv", 5, f -> labTests.add(new LabTest(f[0], f[1], blankToNull(f[2]), blankToNull(f[3]),
                blankToNull(f[4]))));
        return new ShippedCatalogue(version.strip(), Map.copyOf(atc), List.copyOf(drugs), List.copyOf(allergens),
                List.copyOf(interactions), List.copyOf(labTests));
    }

    private static Drug drug(String[] f, Map<String, String> atc) {
        if (!f[0].matches("[0-9]{8}")) {
            throw new IllegalArgumentException("not a CIS code: " + f[0]);
        }
        List<Substance> substances = new ArrayList<>();
        for (String s : f[6].split(";")) {
            String[] parts = s.split("\\|", -1);
            substances.add(new Substance(parts[0].strip(), parts.length > 1 ? blankToNull(parts[1]) : null));
        }
        return new Drug(f[0], f[1], blankToNull(f[2]), routes(f[3]), substances, atcClass(f[4], atc),
                Boolean.parseBoolean(f[5]), DrugSource.CURATED);
    }

    private static AllergenEntry allergen(String[] f, Map<String, String> atc) {
        List<String> aliases = f.length > 4 && !f[4].isBlank() ? List.of(f[4].split(";")) : List.of();
        return new AllergenEntry(new Allergen(f[0], f[1], AllergenKind.valueOf(f[2]), atcClass(f[3], atc)), aliases);
    }

    static AtcClass atcClass(String code, Map<String, String> labels) {
        return code == null || code.isBlank() ? null : new AtcClass(code, labels.get(code));
    }

    static List<String> routes(String routes) {
        List<String> out = new ArrayList<>();
        if (routes != null) {
            for (String r : routes.split(";")) {
                if (!r.isBlank()) {
                    out.add(r.strip());
                }
            }
        }
        return out;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private interface Row {
        void accept(String[] fields);
    }

    private static void rows(String file, int minFields, Row row) {
        try (Reader reader = new InputStreamReader(open(file), StandardCharsets.UTF_8)) {
            rows(file, reader, minFields, row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rows(String file, Reader reader, int minFields, Row row) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            try {
                if (fields.length < minFields) {
                    throw new IllegalArgumentException(fields.length + " fields, " + minFields + " expected");
                }
                row.accept(fields);
            } catch (RuntimeException e) {
                throw new IllegalStateException(FOLDER + file + " line " + number + ": " + e.getMessage(), e);
            }
        }
    }

    private static InputStream open(String file) {
        InputStream in = ShippedCatalogue.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("The bundle lacks " + FOLDER + file);
        }
        return in;
    }
}
