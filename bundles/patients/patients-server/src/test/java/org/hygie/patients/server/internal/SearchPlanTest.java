package org.hygie.patients.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.hygie.patients.api.PatientSummary.Match;
import org.hygie.patients.server.internal.SearchPlan.Branch;
import org.hygie.patients.server.internal.SearchPlan.FuzzyWord;
import org.hygie.patients.server.internal.SearchPlan.NameParts;
import org.junit.jupiter.api.Test;

class SearchPlanTest {
    private static SearchPlan plan(String q, String birthDate) {
        return SearchPlan.of(SearchQuery.parse(q, birthDate, null, null));
    }

    @Test
    void splits_shouldReadOneWordAsLastThenFirstName() {
        assertThat(SearchPlan.splits(List.of("dupont"))).containsExactly(
                new NameParts("dupont", null), new NameParts(null, "dupont"));
    }

    @Test
    void splits_shouldReadTwoWordsInEitherOrder() {
        assertThat(SearchPlan.splits(List.of("dupont", "helene"))).containsExactly(
                new NameParts("dupont helene", null),
                new NameParts("dupont", "helene"),
                new NameParts("helene", "dupont"),
                new NameParts(null, "dupont helene"));
    }

    @Test
    void splits_shouldKeepCompoundNamesTogether() {
        assertThat(SearchPlan.splits(List.of("de", "la", "fontaine", "marie"))).contains(
                new NameParts("de la fontaine", "marie"),
                new NameParts("la fontaine marie", "de"),
                new NameParts("fontaine marie", "de la"),
                new NameParts("marie", "de la fontaine"));
    }

    @Test
    void prefixUpperBound_shouldIncrementTheLastCharacter() {
        assertThat(SearchPlan.prefixUpperBound("dup")).isEqualTo("duq");
        assertThat(SearchPlan.prefixUpperBound("dupont z")).isEqualTo("dupont {");
        assertThat(SearchPlan.prefixUpperBound("a")).isEqualTo("b");
        assertThat(SearchPlan.prefixUpperBound("x\uD83D\uDE00")).isEqualTo("x\uD83D\uDE01");
    }

    @Test
    void of_shouldLookOnlyForTheRecordNumberWhenQueryIsOne() {
        SearchPlan plan = plan("000000018", null);
        assertThat(plan.sharp()).singleElement().satisfies(b -> {
            assertThat(b.match()).isEqualTo(Match.EXACT);
            assertThat(b.where()).isEqualTo("p.mrn = :p0");
            assertThat(b.params()).containsEntry("p0", "000000018");
        });
        assertThat(plan.fuzzyWords()).isEmpty();
    }

    @Test
    void of_shouldListAllByBirthDateWithoutWords() {
        SearchPlan plan = plan("", "1950-03-04");
        assertThat(plan.sharp()).singleElement().satisfies(b -> {
            assertThat(b.match()).isEqualTo(Match.ALL);
            assertThat(b.where()).isEqualTo("true AND p.birth_date = :p0");
            assertThat(b.params()).containsEntry("p0", LocalDate.of(1950, 3, 4));
        });
    }

    @Test
    void of_shouldRankExactBranchesBeforePrefixBranches() {
        List<Branch> sharp = plan("Hélène", null).sharp();
        assertThat(sharp).extracting(Branch::match).containsExactly(Match.EXACT, Match.EXACT, Match.PREFIX, Match.PREFIX);
        assertThat(sharp.get(0).where()).startsWith("p.last_norm = :p0");
        assertThat(sharp.get(0).orderBy()).startsWith("p.last_norm");
        assertThat(sharp.get(1).where()).startsWith("p.first_norm = :p0");
        assertThat(sharp.get(1).orderBy()).startsWith("p.first_norm");
        assertThat(sharp.get(2).where()).startsWith("(p.last_norm >= :p0 AND p.last_norm < :p1)");
        assertThat(sharp.get(2).params()).containsEntry("p0", "helene").containsEntry("p1", "helenf");
    }

    @Test
    void of_shouldExcludeEveryEarlierBranchFromALaterOne() {
        List<Branch> sharp = plan("dupont", null).sharp();
        Branch prefixFirst = sharp.get(3);
        assertThat(prefixFirst.where()).isEqualTo("(p.first_norm >= :p0 AND p.first_norm < :p1)"
                + " AND NOT (p.last_norm = :p0) AND NOT (p.first_norm = :p0)"
                + " AND NOT ((p.last_norm >= :p0 AND p.last_norm < :p1))");
        assertThat(sharp.get(0).where()).doesNotContain("NOT");
    }

    @Test
    void of_shouldApplyTheBirthDateToEveryBranch() {
        SearchPlan plan = plan("dupont helene", "1948-03-12");
        assertThat(plan.sharp()).hasSize(8).allSatisfy(b -> assertThat(b.where()).endsWith("AND p.birth_date = :p0"));
        Branch fuzzy = plan.fuzzy(plan.fuzzyWords().get(0), "dupond");
        assertThat(fuzzy.where()).endsWith("AND p.birth_date = :p0");
    }

    @Test
    void of_shouldOfferFuzzyWordsOfThreeLettersOrMoreWithTheOtherWordsAsFirstName() {
        assertThat(plan("Dupond", null).fuzzyWords()).containsExactly(new FuzzyWord("dupond", null));
        assertThat(plan("dupond he", null).fuzzyWords()).containsExactly(new FuzzyWord("dupond", "he"));
        assertThat(plan("helene dupond", null).fuzzyWords()).containsExactly(
                new FuzzyWord("helene", "dupond"), new FuzzyWord("dupond", "helene"));
        assertThat(plan("li", null).fuzzyWords()).isEmpty();
    }

    @Test
    void fuzzy_shouldMatchTheCloseNameExcludingSharpBranchesAndEarlierFuzzyOnes() {
        SearchPlan plan = plan("dupond", null);
        FuzzyWord word = plan.fuzzyWords().get(0);
        Branch first = plan.fuzzy(word, "dupont");
        Branch second = plan.fuzzy(word, "dupon");
        assertThat(first.match()).isEqualTo(Match.FUZZY);
        assertThat(first.where()).startsWith("p.last_norm = :p2 AND NOT (p.last_norm = :p0)");
        assertThat(first.params()).containsEntry("p2", "dupont");
        assertThat(second.where()).contains("AND NOT (p.last_norm = :p2)");
        assertThat(first.orderBy()).isEqualTo("p.last_norm, p.first_norm, p.id");
    }

    @Test
    void of_shouldBindEveryParameterItsSqlNames() {
        SearchPlan plan = plan("jean pierre mar", "1960-01-01");
        List<Branch> all = new java.util.ArrayList<>(plan.sharp());
        all.add(plan.fuzzy(plan.fuzzyWords().get(0), "jeanne"));
        for (Branch b : all) {
            java.util.Set<String> used = new java.util.HashSet<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(p\\d+)").matcher(b.where() + b.orderBy());
            while (m.find()) {
                used.add(m.group(1));
            }
            // A native query refuses a parameter it does not name, and fails on one left unbound.
            assertThat(b.params().keySet()).as(b.where()).isEqualTo(used);
        }
    }
}
