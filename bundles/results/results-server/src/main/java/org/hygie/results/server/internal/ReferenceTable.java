package org.hygie.results.server.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hygie.patients.api.Sex;
import org.hygie.results.api.AgeBand;
import org.hygie.results.api.CriticalLimits;
import org.hygie.results.api.DeltaRule;
import org.hygie.results.api.Plausibility;
import org.hygie.results.api.ReferenceRange;
import org.hygie.results.api.TestReference;

/**
 * The reference data of the lab tests, read from the tab-separated file whose format its own header
 * describes ({@code org/hygie/results/server/data/reference-ranges.tsv} in this bundle is the one shipped). A file that breaks
 * a rule is refused whole, naming the line: a wrong range must never be half-applied.
 */
final class ReferenceTable {
    /** The shipped file, in this bundle. */
    static final String SHIPPED = "/org/hygie/results/server/data/reference-ranges.tsv";

    private static final Pattern LOINC = Pattern.compile("\\d{1,7}-\\d");
    private static final Pattern AGE = Pattern.compile("(\\d{1,3})([dmy])");
    private static final Pattern WINDOW = Pattern.compile("(\\d{1,4})([hd])");

    /** A conversion the file states instead of UCUM: value in the test's unit = value x factor + offset. */
    record Affine(BigDecimal factor, BigDecimal offset) {
        BigDecimal apply(BigDecimal value) {
            return value.multiply(factor).add(offset);
        }
    }

    private final Map<String, TestReference> tests;
    private final Map<String, String> spellings;
    private final Map<String, Map<String, Affine>> conversions;

    private ReferenceTable(Map<String, TestReference> tests, Map<String, String> spellings,
            Map<String, Map<String, Affine>> conversions) {
        this.tests = Collections.unmodifiableMap(tests);
        this.spellings = Map.copyOf(spellings);
        this.conversions = Map.copyOf(conversions);
    }

    /** @return the file shipped in this bundle */
    static ReferenceTable shipped(UcumUnits ucum) {
        try (InputStream in = ReferenceTable.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the bundle");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), SHIPPED, ucum);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param reader the file's text
     * @param source its name, for the messages
     * @param ucum the units it is checked against
     * @return the table
     * @throws IllegalArgumentException naming the source and line of the first rule broken
     */
    static ReferenceTable read(Reader reader, String source, UcumUnits ucum) {
        return new Parser(source, ucum).parse(reader);
    }

    /** @return the reference data of a test, or empty when the file has none */
    Optional<TestReference> test(String loinc) {
        return Optional.ofNullable(tests.get(loinc));
    }

    /** @return every test, in the file's order */
    Collection<TestReference> tests() {
        return tests.values();
    }

    /**
     * @param unit a unit as typed
     * @return the UCUM unit it stands for: the spelling the file maps it to, else the unit itself, with
     *         surrounding blanks dropped and the micro sign written {@code u} as UCUM writes it
     */
    String ucumUnit(String unit) {
        String normal = normalise(unit);
        return spellings.getOrDefault(normal, normal);
    }

    /** @return the conversion the file states from this unit into the test's, or empty */
    Optional<Affine> conversion(String loinc, String fromUnit) {
        return Optional.ofNullable(conversions.getOrDefault(loinc, Map.of()).get(fromUnit));
    }

    private static String normalise(String unit) {
        // The micro sign (U+00B5) and the Greek mu (U+03BC) are both typed for "micro"; UCUM writes u.
        return unit.strip().replace('\u00b5', 'u').replace('\u03bc', 'u');
    }

    /** One pass over the lines, then the checks that need every line (bands, limits within plausibility). */
    private static final class Parser {
        private final String source;
        private final UcumUnits ucum;
        private final Map<String, TestLine> tests = new LinkedHashMap<>();
        private final List<BandLine> bands = new ArrayList<>();
        private final Map<String, String> spellings = new HashMap<>();
        private final Map<String, Map<String, Affine>> conversions = new HashMap<>();
        private final List<ConversionLine> conversionLines = new ArrayList<>();
        private int line;

        Parser(String source, UcumUnits ucum) {
            this.source = source;
            this.ucum = ucum;
        }

        private record TestLine(int line, String loinc, String unit, Plausibility plausibility, DeltaRule delta,
                BigDecimal molarMass) {
        }

        private record ConversionLine(int line, String loinc) {
        }

        private record BandLine(int line, boolean critical, String loinc, AgeBand band, BigDecimal low,
                BigDecimal high) {
        }

        ReferenceTable parse(Reader reader) {
            try (BufferedReader lines = new BufferedReader(reader)) {
                String text;
                while ((text = lines.readLine()) != null) {
                    line++;
                    if (text.isBlank() || text.startsWith("#")) {
                        continue;
                    }
                    String[] fields = text.split("\t", -1);
                    switch (fields[0]) {
                        case "test" -> test(fields(fields, 8));
                        case "range" -> band(fields(fields, 7), false);
                        case "critical" -> band(fields(fields, 7), true);
                        case "unit" -> spelling(fields(fields, 3));
                        case "convert" -> conversion(fields(fields, 5));
                        default -> throw error("unknown kind of line '" + fields[0]
                                + "' (test, range, critical, unit or convert)");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return build();
        }

        /** The fields, missing trailing ones as empty, at most {@code count}. */
        private String[] fields(String[] fields, int count) {
            if (fields.length > count) {
                throw error("too many fields: " + fields.length + " where a " + fields[0] + " line has "
                        + count);
            }
            String[] all = new String[count];
            for (int i = 0; i < count; i++) {
                all[i] = i < fields.length ? fields[i].strip() : "";
            }
            return all;
        }

        private void test(String[] f) {
            String loinc = loinc(f[1]);
            if (tests.containsKey(loinc)) {
                throw error("test " + loinc + " given twice (first on line " + tests.get(loinc).line() + ")");
            }
            String unit = required(f[2], "unit");
            if (!ucum.valid(unit)) {
                throw error("'" + unit + "' is not a UCUM unit");
            }
            BigDecimal min = number(required(f[3], "plausible-min"), "plausible-min");
            BigDecimal max = number(required(f[4], "plausible-max"), "plausible-max");
            if (min.compareTo(max) >= 0) {
                throw error("plausible-min " + min + " is not below plausible-max " + max);
            }
            DeltaRule delta = delta(f[5], f[6]);
            BigDecimal molarMass = f[7].isEmpty() ? null : number(f[7], "molar-mass");
            if (molarMass != null && molarMass.signum() <= 0) {
                throw error("molar-mass must be above 0");
            }
            tests.put(loinc, new TestLine(line, loinc, unit, new Plausibility(min, max, unit), delta, molarMass));
        }

        private DeltaRule delta(String threshold, String window) {
            if (threshold.isEmpty() != window.isEmpty()) {
                throw error("delta and delta-window go together");
            }
            if (threshold.isEmpty()) {
                return null;
            }
            Matcher w = WINDOW.matcher(window);
            if (!w.matches()) {
                throw error("delta-window '" + window + "' is not hours or days (\"48h\", \"3d\")");
            }
            long amount = Long.parseLong(w.group(1));
            Duration duration = w.group(2).equals("h") ? Duration.ofHours(amount) : Duration.ofDays(amount);
            if (duration.isZero()) {
                throw error("delta-window must be longer than 0");
            }
            boolean percent = threshold.endsWith("%");
            BigDecimal value = number(percent ? threshold.substring(0, threshold.length() - 1) : threshold, "delta");
            if (value.signum() <= 0) {
                throw error("delta must be above 0");
            }
            return percent ? new DeltaRule(null, value, duration) : new DeltaRule(value, null, duration);
        }

        private void band(String[] f, boolean critical) {
            String loinc = loinc(f[1]);
            Sex sex = switch (f[2]) {
                case "M" -> Sex.MALE;
                case "F" -> Sex.FEMALE;
                case "*" -> null;
                default -> throw error("sex '" + f[2] + "' is not M, F or *");
            };
            Period from = age(required(f[3], "age-from"));
            Period to = f[4].equals("*") ? null : age(required(f[4], "age-to"));
            if (to != null && !olderThan(to, from)) {
                throw error("age-to " + f[4] + " is not after age-from " + f[3]);
            }
            BigDecimal low = f[5].isEmpty() ? null : number(f[5], "low");
            BigDecimal high = f[6].isEmpty() ? null : number(f[6], "high");
            if (low == null && high == null) {
                throw error("neither low nor high is given");
            }
            if (low != null && high != null && low.compareTo(high) > 0) {
                throw error("low " + low + " is above high " + high);
            }
            bands.add(new BandLine(line, critical, loinc, new AgeBand(sex, from, to), low, high));
        }

        private void spelling(String[] f) {
            String spelling = normalise(required(f[1], "spelling"));
            String unit = required(f[2], "ucum");
            if (!ucum.valid(unit)) {
                throw error("'" + unit + "' is not a UCUM unit");
            }
            if (spellings.put(spelling, unit) != null) {
                throw error("spelling '" + f[1] + "' given twice");
            }
        }

        private void conversion(String[] f) {
            String loinc = loinc(f[1]);
            String from = normalise(required(f[2], "from-unit"));
            if (!ucum.valid(from)) {
                throw error("'" + from + "' is not a UCUM unit");
            }
            BigDecimal factor = number(required(f[3], "factor"), "factor");
            if (factor.signum() == 0) {
                throw error("factor must not be 0");
            }
            BigDecimal offset = f[4].isEmpty() ? BigDecimal.ZERO : number(f[4], "offset");
            Affine previous = conversions.computeIfAbsent(loinc, k -> new HashMap<>()).put(from,
                    new Affine(factor, offset));
            if (previous != null) {
                throw error("conversion of " + loinc + " from " + from + " given twice");
            }
            conversionLines.add(new ConversionLine(line, loinc));
        }

        private ReferenceTable build() {
            for (ConversionLine conversion : conversionLines) {
                if (!tests.containsKey(conversion.loinc())) {
                    line = conversion.line();
                    throw error("conversion for test " + conversion.loinc() + ", which has no test line");
                }
            }
            Map<String, List<ReferenceRange>> ranges = new HashMap<>();
            Map<String, List<CriticalLimits>> criticals = new HashMap<>();
            for (BandLine band : bands) {
                line = band.line();
                TestLine test = tests.get(band.loinc());
                if (test == null) {
                    throw error("band for test " + band.loinc() + ", which has no test line");
                }
                within(test, band.low(), "low");
                within(test, band.high(), "high");
                for (BandLine other : bands) {
                    if (other != band && other.line() < band.line() && other.critical() == band.critical()
                            && other.loinc().equals(band.loinc()) && overlap(other.band(), band.band())) {
                        throw error("its band overlaps that of line " + other.line() + " for the same sex");
                    }
                }
                if (band.critical()) {
                    criticals.computeIfAbsent(band.loinc(), k -> new ArrayList<>())
                            .add(new CriticalLimits(band.band(), band.low(), band.high(), test.unit()));
                } else {
                    ranges.computeIfAbsent(band.loinc(), k -> new ArrayList<>())
                            .add(new ReferenceRange(band.band(), band.low(), band.high(), test.unit()));
                }
            }
            // Critical limits lie beyond the reference range of every band they share patients with.
            for (BandLine critical : bands) {
                if (!critical.critical()) {
                    continue;
                }
                for (BandLine range : bands) {
                    if (range.critical() || !range.loinc().equals(critical.loinc())
                            || !overlap(range.band(), critical.band())) {
                        continue;
                    }
                    line = critical.line();
                    if (critical.low() != null && range.low() != null && critical.low().compareTo(range.low()) >= 0) {
                        throw error("critical low " + critical.low() + " is not below the range's low "
                                + range.low() + " of line " + range.line());
                    }
                    if (critical.high() != null && range.high() != null
                            && critical.high().compareTo(range.high()) <= 0) {
                        throw error("critical high " + critical.high() + " is not above the range's high "
                                + range.high() + " of line " + range.line());
                    }
                }
            }
            Map<String, TestReference> references = new LinkedHashMap<>();
            for (TestLine test : tests.values()) {
                references.put(test.loinc(), new TestReference(test.loinc(), test.unit(), test.plausibility(),
                        test.delta(), test.molarMass(), ranges.getOrDefault(test.loinc(), List.of()),
                        criticals.getOrDefault(test.loinc(), List.of())));
            }
            return new ReferenceTable(references, spellings, conversions);
        }

        private void within(TestLine test, BigDecimal limit, String name) {
            Plausibility p = test.plausibility();
            if (limit != null && (limit.compareTo(p.min()) < 0 || limit.compareTo(p.max()) > 0)) {
                throw error(name + " " + limit + " lies outside the plausible values " + p.min() + " to "
                        + p.max() + " of test " + test.loinc());
            }
        }

        /** Two bands share patients when their sexes may be the same and their ages overlap. */
        private static boolean overlap(AgeBand a, AgeBand b) {
            if (a.sex() != null && b.sex() != null && a.sex() != b.sex()) {
                return false;
            }
            boolean aEndsBeforeB = a.to() != null && !olderThan(a.to(), b.from());
            boolean bEndsBeforeA = b.to() != null && !olderThan(b.to(), a.from());
            return !aEndsBeforeB && !bEndsBeforeA;
        }

        /**
         * Whether age {@code a} is reached after age {@code b} for everyone. Compared on a leap-year
         * birth date far from month ends, which orders the file's ages ("1m" and "28d" or "30d") as the
         * calendar does for nearly every birth date; the file's bands are whole days, months or years.
         */
        private static boolean olderThan(Period a, Period b) {
            LocalDate born = java.time.LocalDate.of(2000, 1, 15);
            return born.plus(a).isAfter(born.plus(b));
        }

        private String loinc(String text) {
            if (!LOINC.matcher(text).matches()) {
                throw error("'" + text + "' is not a LOINC code (digits, a dash, a check digit)");
            }
            if (!checkDigitOk(text)) {
                throw error("'" + text + "' has a wrong LOINC check digit");
            }
            return text;
        }

        private Period age(String text) {
            Matcher m = AGE.matcher(text);
            if (!m.matches()) {
                throw error("age '" + text + "' is not days, months or years (\"28d\", \"6m\", \"18y\")");
            }
            int n = Integer.parseInt(m.group(1));
            return switch (m.group(2)) {
                case "d" -> Period.ofDays(n);
                case "m" -> Period.ofMonths(n);
                default -> Period.ofYears(n);
            };
        }

        private BigDecimal number(String text, String name) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw error(name + " '" + text + "' is not a number (a dot for decimals)");
            }
        }

        private String required(String text, String name) {
            if (text.isEmpty()) {
                throw error(name + " is missing");
            }
            return text;
        }

        private IllegalArgumentException error(String message) {
            return new IllegalArgumentException(source + ":" + line + ": " + message);
        }
    }

    /**
     * LOINC's check digit: the Luhn (mod 10) algorithm over the code's digits, as LOINC documents it;
     * catches most typing errors in a replaced file.
     */
    static boolean checkDigitOk(String loinc) {
        String[] parts = loinc.split("-");
        String digits = parts[0];
        int sum = 0;
        boolean doubled = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10 == Integer.parseInt(parts[1]);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ReferenceTable[%d tests]", tests.size());
    }
}
