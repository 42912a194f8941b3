package org.hygie.patients.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.hygie.patients.api.PatientSummary.Match;
import org.hygie.patients.server.internal.SearchPlan.Branch;
import org.hygie.patients.server.internal.SearchPlan.Alternative;
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
    void splits_shouldReadTwoWordsInEitherOrder_bothNamesBeforeOne() {
        assertThat(SearchPlan.splits(List.of("dupont", "helene"))).containsExactly(
                new NameParts("dupont", "helene"),
                new NameParts("helene", "dupont"),
                new NameParts("dupont helene", null),
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
        assertThat(plan.words()).isEmpty();
        assertThat(plan.lookupKeys()).isEmpty();
    }

    @Test
    void of_shouldLookOnlyForTheNirWhenQueryIsOne() {
        SearchPlan plan = plan("1 85 05 78 006 084 91", null);
        assertThat(plan.sharp()).singleElement().satisfies(b -> {
            assertThat(b.match()).isEqualTo(Match.EXACT);
            assertThat(b.params()).containsValue("185057800608491");
        });
        assertThat(plan.lookupKeys()).isEmpty();
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
    void lookupKeys_shouldHoldEachWordOfThreeLettersOrMoreWithTheDeletionsItsLengthAllows() {
        assertThat(plan("li", null).lookupKeys()).isEmpty();
        assertThat(plan("goff li", null).lookupKeys()).containsExactlyInAnyOrder("goff", "off", "gff", "gof");
        assertThat(plan("roy", null).lookupKeys()).containsExactly("roy"); // 3 letters: parts only, no typo
        assertThat(plan("bartheleny", null).lookupKeys()).contains("bartheleny", "artheleny", "atheleny");
        assertThat(plan("bartheleny dupont", null).twoEditWords()).containsExactly("bartheleny");
    }

    @Test
    void approximate_shouldWalkAnIndexPerConditionForOneWord_partsFirst() {
        SearchPlan plan = plan("dupond", null);
        List<Branch> branches = plan.approximate(List.of(List.of(new Alternative("dupont", 1),
                new Alternative("le dupond", 0))));
        // the part ("le dupond") as last name, then as first name; then the typo likewise
        assertThat(branches).extracting(Branch::match).containsExactly(Match.PREFIX, Match.PREFIX, Match.FUZZY,
                Match.FUZZY);
        assertThat(branches.get(0).params()).containsValue("le dupond").doesNotContainValue("dupont");
        assertThat(branches.get(3).params()).as("later branches exclude the earlier ones")
                .containsValues("le dupond", "dupont", "dupond");
    }

    @Test
    void approximate_shouldCombineTheWordsReadingsInOneRankedBranchPerKind() {
        SearchPlan plan = plan("pierre amleie", null);
        List<Branch> branches = plan.approximate(List.of(
                List.of(new Alternative("jean pierre", 0), new Alternative("pierrre", 1)),
                List.of(new Alternative("amelie", 1), new Alternative("amelle", 2))));
        assertThat(branches).extracting(Branch::match).containsExactly(Match.PREFIX, Match.FUZZY);
        assertThat(branches.get(0).params()).containsValue("jean pierre").doesNotContainValue("amelie");
        assertThat(branches.get(1).params()).containsValues("amelie", "pierrre", "amelle", "jean pierre");
    }

    @Test
    void approximate_shouldBeNothingWithoutAlternatives() {
        SearchPlan plan = plan("zzzz yyyy", null);
        assertThat(plan.approximate(List.of(List.of(), List.of()))).isEmpty();
    }

    @Test
    void of_shouldBindEveryParameterItsSqlNames() {
        SearchPlan plan = plan("jean pierre mar", "1960-01-01");
        List<Branch> all = new java.util.ArrayList<>(plan.sharp());
        all.addAll(plan.approximate(List.of(List.of(new Alternative("jeanne", 1), new Alternative("jean", 0)),
                List.of(new Alternative("pierre", 0)), List.of(new Alternative("martin", 1), new Alternative("marin", 1)))));
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
