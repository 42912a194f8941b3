package org.hygie.patients.server.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hygie.patients.api.PatientSummary.Match;

/**
 * Turns a {@link SearchQuery} into ranked branches of SQL, each one a predicate that PostgreSQL
 * answers by walking one btree index in order, so that a short, very common prefix ("ma") costs a
 * few index pages rather than sorting a hundred thousand rows. The branches, best first:
 *
 * <ol>
 * <li>record number: {@code mrn = ?}, alone when the query is shaped like a record number;</li>
 * <li>exact: for every way of splitting the words into a last name and a first name, in either
 * order (the whole query as a last name, as a first name; "dupont helene" as Dupont Hélène and as
 * Hélène Dupont), the normalised names equal those parts;</li>
 * <li>prefix: the same splits, each part a prefix of its name;</li>
 * <li>fuzzy: for each word of 3 letters or more, the last names of the dictionary
 * {@code patients_last_name} that are trigram-similar to it (closest first), each one a branch
 * {@code last_norm = name}, the remaining words prefixing the first name. The pager asks for
 * these only when the exact and prefix branches hold fewer matches than a page.</li>
 * </ol>
 *
 * Every branch excludes the rows of the branches before it, so a patient is listed once, at its
 * best rank. Prefixes are written as ranges ({@code col >= 'dup' AND col < 'duq'}) rather than
 * LIKE: with the "C" collation of the normalised columns a range is a plain btree range, also in
 * the generic plans of prepared statements, where a LIKE parameter can no longer use the index.
 */
final class SearchPlan {
    /** Trigram similarity above which a last name counts as a typo of a query word. */
    static final double FUZZY_THRESHOLD = 0.45;
    /** Shorter words share too few trigrams for similarity to mean anything. */
    static final int FUZZY_MIN_LENGTH = 3;
    /** How many close last names a fuzzy word brings in, closest first. */
    static final int FUZZY_MAX_NAMES = 8;

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
     * A word that may be a mistyped last name.
     *
     * @param word the word
     * @param firstPrefix the other words, which must then prefix the first name; null when none
     */
    record FuzzyWord(String word, String firstPrefix) {
    }

    private final Map<String, Object> allParams = new LinkedHashMap<>();
    private final List<Predicate> earlier = new ArrayList<>();
    private final List<Branch> sharp = new ArrayList<>();
    private final List<FuzzyWord> fuzzyWords = new ArrayList<>();
    private final Predicate birth;
    private int paramCount;

    private SearchPlan(SearchQuery query) {
        birth = query.birthDate() == null ? null : predicate("p.birth_date = :%s", query.birthDate());
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

    /** @return the words worth a typo-tolerant look-up, in query order */
    List<FuzzyWord> fuzzyWords() {
        return List.copyOf(fuzzyWords);
    }

    /**
     * @param word a word of {@link #fuzzyWords()}
     * @param lastName a normalised last name found close to it
     * @return the branch of the patients with that last name (and first-name prefix), excluding
     *         every branch made before it; later fuzzy branches exclude this one
     */
    Branch fuzzy(FuzzyWord word, String lastName) {
        Predicate p = and(equal("p.last_norm", lastName),
                word.firstPrefix() == null ? null : prefix("p.first_norm", word.firstPrefix()));
        Branch b = branch(Match.FUZZY, p, BY_LAST);
        earlier.add(p);
        return b;
    }

    /**
     * @return the ways to read the words as (last name, first name), in rank order: the whole
     *         query as a last name, last name typed first, first name typed first, the whole
     *         query as a first name
     */
    static List<NameParts> splits(List<String> words) {
        List<NameParts> splits = new ArrayList<>();
        int n = words.size();
        String all = String.join(" ", words);
        splits.add(new NameParts(all, null));
        for (int k = 1; k < n; k++) {
            splits.add(new NameParts(String.join(" ", words.subList(0, k)), String.join(" ", words.subList(k, n))));
        }
        for (int k = 1; k < n; k++) {
            splits.add(new NameParts(String.join(" ", words.subList(k, n)), String.join(" ", words.subList(0, k))));
        }
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
        List<String> words = query.words();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).length() >= FUZZY_MIN_LENGTH) {
                List<String> others = new ArrayList<>(words);
                others.remove(i);
                fuzzyWords.add(new FuzzyWord(words.get(i), others.isEmpty() ? null : String.join(" ", others)));
            }
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
