package org.hygie.patients.server.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hygie.patients.api.PatientSummary.Match;

/**
 * Turns a {@link SearchQuery} into ranked branches of SQL, each one a predicate that PostgreSQL
 * answers by walking btree indexes, so that a short, very common prefix ("ma") costs a few index
 * pages rather than sorting a hundred thousand rows. The branches, best first:
 *
 * <ol>
 * <li>record number or NIR: {@code mrn = ?} or {@code nir = ?}, alone when the query is shaped
 * like one;</li>
 * <li>exact: for every way of splitting the words into a last name and a first name, in either
 * order (the whole query as a last name, as a first name; "dupont helene" as Dupont Hélène and as
 * Hélène Dupont), the normalised names equal those parts;</li>
 * <li>prefix: the same splits, each part a prefix of its name;</li>
 * <li>approximate ({@link #approximate}): each query word of 3 letters or more may stand for the
 * whole names one of whose words it equals (a part of a compound name: "goff" for "le goff") or
 * is a few edits from ({@link Typos}); the pager looks these up in the name-word dictionary only
 * when the exact and prefix branches hold fewer matches than a page. Part matches rank before
 * typos, fewer edits first, a patient whose two names matched before one whose single name
 * did.</li>
 * </ol>
 *
 * Every branch excludes the rows of the branches before it, so a patient is listed once, at its
 * best rank. Prefixes are written as ranges ({@code col >= 'dup' AND col < 'duq'}) rather than
 * LIKE: with the "C" collation of the normalised columns a range is a plain btree range, also in
 * the generic plans of prepared statements, where a LIKE parameter can no longer use the index.
 * A date among the words (or the {@code birthDate} parameter) narrows every branch.
 */
final class SearchPlan {
    /** Shorter words are too common as parts of names ("de", "le") to stand for whole names. */
    static final int PART_MIN_LENGTH = 3;
    /** How many whole names a query word may stand for at each number of edits, closest first. */
    static final int MAX_NAMES_PER_WORD = 40;
    /** How many combinations of what the words stand for are searched, fewest edits first. */
    static final int MAX_COMBINATIONS = 24;
    /** Up to this many approximate conditions, each is a branch of its own walking an index in order. */
    static final int MAX_ORDERED_CONDITIONS = 6;

    private static final String BY_LAST = "p.last_norm, p.first_norm, p.id";
    private static final String BY_FIRST = "p.first_norm, p.last_norm, p.id";

    /**
     * One SQL predicate with its parameters.
     *
     * @param sql the condition, over the alias {@code p} of {@code patients_patient}
     * @param params its named parameters
     */
    record Predicate(String sql, Map<String, Object> params) {
        Predicate {
            params = Map.copyOf(params);
        }
    }

    /**
     * A ranked part of a search.
     *
     * @param match how its rows matched
     * @param where the full condition over {@code patients_patient p}: its own predicate, the
     *        exclusion of earlier branches and the birth-date filter
     * @param params every parameter of {@code where}
     * @param orderBy the ORDER BY list, following an index
     */
    record Branch(Match match, String where, Map<String, Object> params, String orderBy) {
        Branch {
            params = Map.copyOf(params);
        }
    }

    /** A split of the words: each part null (free) or some words joined by spaces. */
    record NameParts(String last, String first) {
    }

    /**
     * A whole normalised name that a query word may stand for.
     *
     * @param name the name ("le goff")
     * @param edits how many edits the word is from the name's closest word (0: it is one of its
     *        words)
     */
    record Alternative(String name, int edits) {
    }

    /**
     * What one query word is taken for in an approximate combination: itself as a beginning
     * ({@code names} null), or one of several whole names at the same number of edits.
     */
    private record Reading(String word, List<String> names, int edits) {
        boolean asTyped() {
            return names == null;
        }
    }

    /** An approximate condition, with what ranks it. */
    private record Condition(Predicate predicate, int edits, boolean bothNames) {
    }

    private final Map<String, Object> allParams = new LinkedHashMap<>();
    private final List<Predicate> earlier = new ArrayList<>();
    private final List<Branch> sharp = new ArrayList<>();
    private final List<String> words;
    private final Predicate birth;
    private int paramCount;

    private SearchPlan(SearchQuery query) {
        birth = query.birthDate() == null ? null : predicate("p.birth_date = :%s", query.birthDate());
        words = query.mrn() == null && query.nir() == null ? query.words() : List.of();
        build(query);
    }

    /** @return the plan of the query */
    static SearchPlan of(SearchQuery query) {
        return new SearchPlan(query);
    }

    /** @return the record-number, exact and prefix branches, best first */
    List<Branch> sharp() {
        return List.copyOf(sharp);
    }

    /** @return the query's words, in order (none for a record number or a NIR) */
    List<String> words() {
        return words;
    }

    /**
     * @return the keys to look up in the name-word dictionary ({@code patients_name_variant}):
     *         every word of {@value #PART_MIN_LENGTH} letters or more, with its deletion forms
     *         as far as its length allows typos ({@link Typos#deletionKeys})
     */
    Set<String> lookupKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (String w : words) {
            if (w.length() >= PART_MIN_LENGTH) {
                keys.addAll(Typos.deletionKeys(w, Typos.allowedEdits(w)));
            }
        }
        return keys;
    }

    /** @return the words long enough for two edits, which a trigram look-up completes */
    List<String> twoEditWords() {
        return words.stream().filter(w -> Typos.allowedEdits(w) >= 2).distinct().toList();
    }

    /**
     * The approximate tier: for each combination of what the words stand for (as typed, or whole
     * names), fewest edits first, the ways to give its readings to the last and the first name.
     * Up to {@value #MAX_ORDERED_CONDITIONS} conditions (a one-word query), each is a branch
     * walking an index in order; beyond, the conditions make two branches ranked by a CASE:
     * the part matches ({@link Match#PREFIX}: "pierre" for Jean-Pierre), then the typos
     * ({@link Match#FUZZY}). Every branch excludes the ones before it.
     *
     * @param alternatives for each query word in order, the names it may stand for, best first
     *        ({@link NameAlternatives#of}): at most {@value #MAX_NAMES_PER_WORD} are kept per
     *        number of edits
     */
    List<Branch> approximate(List<List<Alternative>> alternatives) {
        List<List<Reading>> readings = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            readings.add(readings(words.get(i), i < alternatives.size() ? alternatives.get(i) : List.of()));
        }
        List<Condition> conditions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<Reading> combination : combinations(readings)) {
            for (Condition c : conditions(combination)) {
                if (seen.add(c.predicate().sql())) {
                    conditions.add(c);
                }
            }
        }
        conditions.sort(Comparator.comparingInt(Condition::edits).thenComparing(c -> !c.bothNames()));
        List<Branch> branches = new ArrayList<>();
        if (conditions.size() <= MAX_ORDERED_CONDITIONS) {
            for (Condition c : conditions) {
                branches.add(branch(c.edits() == 0 ? Match.PREFIX : Match.FUZZY, c.predicate(),
                        c.predicate().sql().startsWith("p.first_norm") ? BY_FIRST : BY_LAST));
                earlier.add(c.predicate());
            }
            return branches;
        }
        List<Condition> parts = conditions.stream().filter(c -> c.edits() == 0).toList();
        List<Condition> typos = conditions.stream().filter(c -> c.edits() > 0).toList();
        for (List<Condition> group : List.of(parts, typos)) {
            if (!group.isEmpty()) {
                Predicate any = or(group.stream().map(Condition::predicate).toList());
                branches.add(branch(group == parts ? Match.PREFIX : Match.FUZZY, any, ranked(group)));
                earlier.add(any);
            }
        }
        return branches;
    }

    private static List<Reading> readings(String word, List<Alternative> alternatives) {
        List<Reading> out = new ArrayList<>();
        out.add(new Reading(word, null, 0));
        for (int edits = 0; edits <= 2; edits++) {
            int e = edits;
            List<String> names = alternatives.stream().filter(a -> a.edits() == e).map(Alternative::name)
                    .filter(n -> !n.equals(word)).distinct().limit(MAX_NAMES_PER_WORD).toList();
            if (!names.isEmpty()) {
                out.add(new Reading(word, names, edits));
            }
        }
        return out;
    }

    /** @return every combination of one reading per word but the all-as-typed one, fewest edits first */
    private static List<List<Reading>> combinations(List<List<Reading>> readings) {
        List<List<Reading>> all = new ArrayList<>();
        all.add(List.of());
        for (List<Reading> options : readings) {
            List<List<Reading>> next = new ArrayList<>();
            for (List<Reading> prefix : all) {
                for (Reading r : options) {
                    List<Reading> c = new ArrayList<>(prefix);
                    c.add(r);
                    next.add(c);
                }
            }
            all = next;
        }
        return all.stream().filter(c -> c.stream().anyMatch(r -> !r.asTyped()))
                .sorted(Comparator.comparingInt((List<Reading> c) -> c.stream().mapToInt(Reading::edits).sum())
                        .thenComparingLong(c -> c.stream().filter(r -> !r.asTyped()).count()))
                .limit(MAX_COMBINATIONS).toList();
    }

    /**
     * @return the conditions of one combination: every way to give its readings to the last and
     *         the first name where a name gets either one whole-name reading or words as typed
     *         (their beginning, in query order)
     */
    private List<Condition> conditions(List<Reading> combination) {
        int n = combination.size();
        int edits = combination.stream().mapToInt(Reading::edits).sum();
        List<Condition> out = new ArrayList<>();
        for (int mask = (1 << n) - 1; mask >= 0; mask--) {
            List<Reading> last = new ArrayList<>();
            List<Reading> first = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ((mask & (1 << i)) != 0 ? last : first).add(combination.get(i));
            }
            if (last.stream().allMatch(Reading::asTyped) && first.stream().allMatch(Reading::asTyped)) {
                continue; // the exact and prefix branches' business
            }
            List<String> lastNames = names(last);
            List<String> firstNames = names(first);
            if (lastNames == null || firstNames == null) {
                continue;
            }
            Predicate p = and(column("p.last_norm", last, lastNames), column("p.first_norm", first, firstNames));
            out.add(new Condition(p, edits, !last.isEmpty() && !first.isEmpty()));
        }
        return out;
    }

    /**
     * @return the whole names one name may have to hold every reading of the group: the names
     *         common to its whole-name readings ("jean" and "pierre" both stand for "jean
     *         pierre") of which each word read as typed begins a word ("le" in "le goff"); an
     *         empty list when the group has no whole-name reading (its words are then a
     *         beginning); null when no name can hold them all
     */
    private static List<String> names(List<Reading> group) {
        List<String> names = null;
        for (Reading r : group) {
            if (!r.asTyped()) {
                names = names == null ? new ArrayList<>(r.names()) : names;
                names.retainAll(r.names());
            }
        }
        if (names == null) {
            return List.of();
        }
        names.removeIf(name -> group.stream().filter(Reading::asTyped).anyMatch(r -> !beginsAWordOf(r.word(), name)));
        return names.isEmpty() ? null : names;
    }

    private static boolean beginsAWordOf(String word, String name) {
        return name.startsWith(word) || name.contains(" " + word);
    }

    private Predicate column(String column, List<Reading> group, List<String> names) {
        if (group.isEmpty()) {
            return null;
        }
        if (names.isEmpty()) {
            return prefix(column, String.join(" ", group.stream().map(Reading::word).toList()));
        }
        if (names.size() == 1) {
            return equal(column, names.get(0));
        }
        List<String> slots = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        for (String name : names) {
            String slot = param(name);
            slots.add(":" + slot);
            params.put(slot, name);
        }
        return new Predicate(column + " IN (" + String.join(", ", slots) + ")", params);
    }

    private static Predicate or(List<Predicate> predicates) {
        StringBuilder sql = new StringBuilder("(");
        Map<String, Object> params = new LinkedHashMap<>();
        for (Predicate p : predicates) {
            sql.append(sql.length() > 1 ? " OR " : "").append('(').append(p.sql()).append(')');
            params.putAll(p.params());
        }
        return new Predicate(sql.append(')').toString(), params);
    }

    /** @return an ORDER BY list: fewest edits, both names matched, then name order */
    private static String ranked(List<Condition> group) {
        StringBuilder sql = new StringBuilder("CASE");
        Map<Integer, List<Predicate>> byRank = new java.util.TreeMap<>();
        for (Condition c : group) {
            byRank.computeIfAbsent(c.edits() * 2 + (c.bothNames() ? 0 : 1), k -> new ArrayList<>()).add(c.predicate());
        }
        byRank.forEach((rank, ps) -> sql.append(" WHEN ").append(or(ps).sql()).append(" THEN ").append(rank));
        return sql.append(" END, ").append(BY_LAST).toString();
    }

    /**
     * @return the ways to read the words as (last name, first name), in rank order: last name
     *         typed first, first name typed first (both names matched), then the whole query as
     *         a last name, as a first name
     */
    static List<NameParts> splits(List<String> words) {
        List<NameParts> splits = new ArrayList<>();
        int n = words.size();
        String all = String.join(" ", words);
        // Both names matched rank before one: "martin julien" is first Julien Martin, then the
        // double-barrelled Martin-Julien.
        for (int k = 1; k < n; k++) {
            splits.add(new NameParts(String.join(" ", words.subList(0, k)), String.join(" ", words.subList(k, n))));
        }
        for (int k = 1; k < n; k++) {
            splits.add(new NameParts(String.join(" ", words.subList(k, n)), String.join(" ", words.subList(0, k))));
        }
        splits.add(new NameParts(all, null));
        splits.add(new NameParts(null, all));
        return splits;
    }

    /** @return the first string after every string that starts with the prefix, in code-point order */
    static String prefixUpperBound(String prefix) {
        int last = prefix.codePointBefore(prefix.length());
        return prefix.substring(0, prefix.length() - Character.charCount(last)) + new String(Character.toChars(last + 1));
    }

    private void build(SearchQuery query) {
        if (query.mrn() != null) {
            sharp.add(branch(Match.EXACT, predicate("p.mrn = :%s", query.mrn()), BY_LAST));
            return;
        }
        if (query.nir() != null) {
            sharp.add(branch(Match.EXACT, predicate("p.nir = :%s", query.nir()), BY_LAST));
            return;
        }
        if (query.words().isEmpty()) {
            sharp.add(branch(Match.ALL, new Predicate("true", Map.of()),
                    birth == null ? BY_LAST : "p.birth_date, " + BY_LAST));
            return;
        }
        List<NameParts> splits = splits(query.words());
        for (NameParts parts : splits) {
            add(Match.EXACT, and(parts.last() == null ? null : equal("p.last_norm", parts.last()),
                    parts.first() == null ? null : equal("p.first_norm", parts.first())), order(parts));
        }
        for (NameParts parts : splits) {
            add(Match.PREFIX, and(parts.last() == null ? null : prefix("p.last_norm", parts.last()),
                    parts.first() == null ? null : prefix("p.first_norm", parts.first())), order(parts));
        }
    }

    private void add(Match match, Predicate p, String orderBy) {
        sharp.add(branch(match, p, orderBy));
        earlier.add(p);
    }

    private static String order(NameParts parts) {
        return parts.last() != null ? BY_LAST : BY_FIRST;
    }

    private Branch branch(Match match, Predicate own, String orderBy) {
        StringBuilder where = new StringBuilder(own.sql());
        Map<String, Object> params = new LinkedHashMap<>(own.params());
        for (Predicate e : earlier) {
            where.append(" AND NOT (").append(e.sql()).append(')');
            params.putAll(e.params());
        }
        if (birth != null) {
            where.append(" AND ").append(birth.sql());
            params.putAll(birth.params());
        }
        return new Branch(match, where.toString(), params, orderBy);
    }

    private Predicate equal(String column, String value) {
        return predicate(column + " = :%s", value);
    }

    private Predicate prefix(String column, String value) {
        String lo = param(value);
        String upper = prefixUpperBound(value);
        String hi = param(upper);
        return new Predicate("(" + column + " >= :" + lo + " AND " + column + " < :" + hi + ")",
                Map.of(lo, value, hi, upper));
    }

    private Predicate predicate(String sqlWithSlot, Object value) {
        String name = param(value);
        return new Predicate(String.format(sqlWithSlot, name), Map.of(name, value));
    }

    private static Predicate and(Predicate a, Predicate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        Map<String, Object> params = new LinkedHashMap<>(a.params());
        params.putAll(b.params());
        return new Predicate(a.sql() + " AND " + b.sql(), params);
    }

    /** @return a parameter name for the value, the same name for the same value */
    private String param(Object value) {
        for (Map.Entry<String, Object> e : allParams.entrySet()) {
            if (e.getValue().equals(value)) {
                return e.getKey();
            }
        }
        String name = "p" + paramCount++;
        allParams.put(name, value);
        return name;
    }
}
