package org.hygie.terminology.server.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the files of the French public drug database (BDPM) as the ANSM publishes them: tab
 * separated, Windows-1252, no header line, lines ended by CR LF or LF. Only the columns Hygie uses
 * are kept; the layouts are those of the ANSM's "Contenu et format des fichiers téléchargeables":
 *
 * <ul>
 * <li>{@code CIS_bdpm.txt}: 1 CIS code, 2 name, 3 pharmaceutical form, 4 routes (;-separated),
 * 5 marketing authorisation status, 6 procedure, 7 marketing state, 8 date, 9 BdM status,
 * 10 European authorisation number, 11 holders, 12 enhanced monitoring;</li>
 * <li>{@code CIS_CIP_bdpm.txt}: 1 CIS code, 2 CIP7, 3 pack label, 4 status, 5 marketing state,
 * 6 date, 7 CIP13, 8 approval for hospitals, 9 reimbursement rate, 10-12 prices, 13 indications;</li>
 * <li>{@code CIS_COMPO_bdpm.txt}: 1 CIS code, 2 pharmaceutical element, 3 substance code,
 * 4 substance name, 5 strength, 6 strength reference, 7 nature (SA active substance, FT
 * therapeutic fraction), 8 link number between an SA and its FT;</li>
 * <li>{@code CIS_CPD_bdpm.txt} (optional): 1 CIS code, 2 prescribing condition.</li>
 * </ul>
 *
 * A line that does not fit (too few columns, a code that is not one) is skipped and counted; a
 * composition line with empty columns slipped in after the substance name (as some homeopathic
 * lines have) is read with them taken out.
 */
final class BdpmFiles {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final String SPECIALITIES = "CIS_bdpm.txt";
    static final String PACKS = "CIS_CIP_bdpm.txt";
    static final String COMPOSITIONS = "CIS_COMPO_bdpm.txt";
    static final String CONDITIONS = "CIS_CPD_bdpm.txt";
    static final List<String> REQUIRED = List.of(SPECIALITIES, PACKS, COMPOSITIONS);

    /** A speciality: its CIS code, name, form and routes. */
    record Speciality(String cis, String name, String form, List<String> routes) {
    }

    /** A line of composition. */
    record Component(String cis, String element, String name, String strength, String nature, String link) {
    }

    /** What the files hold, as read. */
    record Content(List<Speciality> specialities, Map<String, List<Component>> components,
            List<TerminologyStore.Pack> packs, Set<String> narcotics, int skipped) {
    }

    private BdpmFiles() {
    }

    static Content read(Path folder) throws IOException {
        Path conditions = folder.resolve(CONDITIONS);
        try (Reader s = reader(folder.resolve(SPECIALITIES)); Reader p = reader(folder.resolve(PACKS));
                Reader c = reader(folder.resolve(COMPOSITIONS));
                Reader d = Files.exists(conditions) ? reader(conditions) : null) {
            return read(s, p, c, d);
        }
    }

    private static Reader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return new InputStreamReader(in, WINDOWS_1252);
    }

    /** @param conditions the prescribing conditions, or null when the folder has none */
    static Content read(Reader specialities, Reader packs, Reader compositions, Reader conditions) throws IOException {
        int[] skipped = { 0 };
        List<Speciality> drugs = new ArrayList<>();
        lines(specialities, f -> {
            String cis = cis(f[0]);
            if (f.length < 4 || cis == null || f[1].isBlank()) {
                return false;
            }
            drugs.add(new Speciality(cis, f[1].strip(), ShippedCatalogue.blankToNull(f[2]), ShippedCatalogue.routes(f[3])));
            return true;
        }, skipped);
        Map<String, List<Component>> components = new LinkedHashMap<>();
        lines(compositions, raw -> {
            String[] f = withoutSlippedColumns(raw);
            String cis = cis(f[0]);
            if (f.length < 8 || cis == null || f[3].isBlank() || !(f[6].strip().equals("SA") || f[6].strip().equals("FT"))) {
                return false;
            }
            components.computeIfAbsent(cis, k -> new ArrayList<>()).add(new Component(cis, f[1].strip(), f[3].strip(),
                    ShippedCatalogue.blankToNull(f[4]), f[6].strip(), f[7].strip()));
            return true;
        }, skipped);
        List<TerminologyStore.Pack> packList = new ArrayList<>();
        lines(packs, f -> {
            String cis = f.length >= 7 ? cis(f[0]) : null;
            if (cis == null || !f[1].strip().matches("[0-9]{7}") || !f[6].strip().matches("[0-9]{13}")) {
                return false;
            }
            packList.add(new TerminologyStore.Pack(f[6].strip(), f[1].strip(), cis, ShippedCatalogue.blankToNull(f[2])));
            return true;
        }, skipped);
        Set<String> narcotics = new LinkedHashSet<>();
        if (conditions != null) {
            lines(conditions, f -> {
                String cis = cis(f[0]);
                if (f.length < 2 || cis == null) {
                    return false;
                }
                if (Text.key(f[1]).contains("stupefiant")) {
                    narcotics.add(cis);
                }
                return true;
            }, skipped);
        }
        return new Content(drugs, components, packList, narcotics, skipped[0]);
    }

    /** A CIS code (8 digits), a byte-order mark before the first one forgiven; null when it is none. */
    private static String cis(String field) {
        String s = field.replace("\uFEFF", "").replace("ï»¿", "").strip();
        return s.matches("[0-9]{8}") ? s : null;
    }

    /**
     * Some composition lines carry empty columns after the substance name, pushing the strength
     * and the rest to the right: while a line is longer than the 9 columns of the layout, an empty
     * column after the name is taken out.
     */
    static String[] withoutSlippedColumns(String[] f) {
        if (f.length <= 9) {
            return f;
        }
        List<String> fields = new ArrayList<>(List.of(f));
        int extra = fields.size() - 9;
        for (int i = 4; i < fields.size() && extra > 0;) {
            if (fields.get(i).isEmpty()) {
                fields.remove(i);
                extra--;
            } else {
                i++;
            }
        }
        return fields.toArray(String[]::new);
    }

    private interface Line {
        /** @return false when the line does not fit and is skipped */
        boolean accept(String[] fields);
    }

    private static void lines(Reader reader, Line line, int[] skipped) throws IOException {
        BufferedReader lines = new BufferedReader(reader, 1 << 16);
        for (String l = lines.readLine(); l != null; l = lines.readLine()) {
            if (l.isBlank()) {
                continue;
            }
            if (!line.accept(l.split("\t", -1))) {
                skipped[0]++;
            }
        }
    }
}
