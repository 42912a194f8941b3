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
            assertThat(b.params()).containsEntry("p0", "000000018");
        });
        assertThat(plan.fuzzyWords()).isEmpty();
    }

    @Test
    void of_shouldListAllByBirthDateWithoutWords() {
        SearchPlan plan = plan("", "1950-03-04");
        assertThat(plan.sharp()).singleElement().satisfies(b -> {
            assertThat(b.match()).isEqualTo(Match.ALL);
            assertThat(b.params()).containsEntry("p0", LocalDate.of(1950, 3, 4));
        });
    }

    @Test
    void of_shouldRankExactBranchesBeforePrefixBranches() {
        List<Branch> sharp = plan("Hélène", null).sharp();
        assertThat(sharp).extracting(Branch::match).containsExactly(Match.EXACT, Match.EXACT, Match.PREFIX, Match.PREFIX);
        // a prefix is a range: from the prefix to its upper bound
        assertThat(sharp.get(2).params()).containsEntry("p0", "helene").containsEntry("p1", "helenf");
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
    void fuzzy_shouldLookUpTheCloseNameAsAFuzzyMatch() {
        SearchPlan plan = plan("dupond", null);
        FuzzyWord word = plan.fuzzyWords().get(0);
        Branch first = plan.fuzzy(word, "dupont");
        Branch second = plan.fuzzy(word, "dupon");
        assertThat(first.match()).isEqualTo(Match.FUZZY);
        assertThat(first.params()).containsValue("dupont");
        assertThat(second.params()).containsValue("dupon");
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
