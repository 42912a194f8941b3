package org.hygie.results.server.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.hygie.patients.api.Sex;
import org.hygie.results.api.NumericResult;
import org.hygie.results.api.Plausibility;
import org.hygie.results.api.Quantity;
import org.hygie.results.api.ResultCodes;
import org.hygie.results.api.TestReference;

/**
 * A numeric value entered for a test, judged as the results service will store it: converted into
 * the test's unit, refused when implausible, flagged for the patient's sex and age on the day of
 * sampling in the hospital's time zone, and compared with the previous result.
 */
final class ResultJudge {
    private final ReferenceTable table;
    private final UnitConversion conversion;
    private final ZoneId zone;

    ResultJudge(ReferenceTable table, UcumUnits ucum, ZoneId zone) {
        this.table = table;
        this.conversion = new UnitConversion(ucum, table);
        this.zone = zone;
    }

    /**
     * @param loinc the test
     * @param value the value as entered
     * @param unit the unit as entered
     * @param sex the patient's sex
     * @param birthDate the patient's birth date
     * @param sampledAt when the specimen was taken
     * @param previous the patient's previous result of this test (in its unit), or null
     * @return the judged value
     * @throws ValueRefused an unknown test, an unknown or inconvertible unit, an implausible value
     */
    NumericResult judge(String loinc, BigDecimal value, String unit, Sex sex, LocalDate birthDate, Instant sampledAt,
            DeltaChecks.Previous previous) {
        TestReference test = table.test(loinc).orElseThrow(() -> new ValueRefused("loinc", ResultCodes.UNKNOWN_TEST,
                "Test " + loinc + " has no reference data: no numeric result can be judged for it"));
        Quantity reported = conversion.toTestUnit(test, value, unit);
        Plausibility plausible = test.plausibility();
        if (reported.value().compareTo(plausible.min()) < 0 || reported.value().compareTo(plausible.max()) > 0) {
            throw new ValueRefused("value", ResultCodes.IMPLAUSIBLE, value + " " + unit + " is not a plausible result of test "
                    + loinc + " (" + plausible.min() + " to " + plausible.max() + " " + plausible.unit()
                    + "): a typing error?");
        }
        Flagging.Judgement judgement = Flagging.judge(test, reported.value(), sex, birthDate,
                sampledAt.atZone(zone).toLocalDate());
        return new NumericResult(new Quantity(value, unit), reported, judgement.flag(), judgement.range(),
                judgement.criticalLimits(), DeltaChecks.check(test.delta(), reported.value(), sampledAt, previous)
                        .orElse(null));
    }
}
