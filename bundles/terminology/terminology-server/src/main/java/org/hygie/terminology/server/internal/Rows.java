package org.hygie.terminology.server.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Inserts many rows in few statements: one multi-row {@code INSERT ... VALUES} per chunk, every
 * value a parameter cast to its column's type (a null parameter has no type of its own). Loading
 * the full BDPM (about 15,000 drugs, 30,000 substances, 20,000 packs) one row per statement would
 * take a round trip each.
 */
final class Rows {
    /** PostgreSQL takes at most 65,535 parameters in a statement; chunks stay well below. */
    private static final int MAX_PARAMETERS = 20_000;

    private final String table;
    private final List<String> casts;
    private final List<Object[]> rows = new ArrayList<>();

    /**
     * @param table the table and its columns, e.g. {@code terminology_atc (code, label)}
     * @param casts the SQL type of each column, in order, e.g. {@code varchar, text}
     */
    Rows(String table, String... casts) {
        this.table = table;
        this.casts = List.of(casts);
    }

    Rows add(Object... values) {
        if (values.length != casts.size()) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + casts.size() + " columns");
        }
        rows.add(values);
        return this;
    }

    int size() {
        return rows.size();
    }

    /** @return how many rows were inserted */
    int insert(EntityManager em) {
        int perStatement = Math.max(1, MAX_PARAMETERS / casts.size());
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" VALUES ");
            int p = 1;
            for (int r = 0; r < chunk.size(); r++) {
                sql.append(r == 0 ? "(" : ", (");
                for (int c = 0; c < casts.size(); c++) {
                    sql.append(c == 0 ? "" : ", ").append("CAST(?").append(p++).append(" AS ").append(casts.get(c)).append(')');
                }
                sql.append(')');
            }
            Query query = em.createNativeQuery(sql.toString());
            p = 1;
            for (Object[] row : chunk) {
                for (Object value : row) {
                    query.setParameter(p++, value);
                }
            }
            query.executeUpdate();
        }
        return rows.size();
    }
}
