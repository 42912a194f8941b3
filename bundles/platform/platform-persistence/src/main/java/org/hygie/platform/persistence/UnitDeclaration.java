package org.hygie.platform.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One persistence unit as declared by a bundle's {@value PersistenceUnitHeader#NAME} header: what
 * the extender reads from an area bundle, and what a test reads from the area's own manifest.
 *
 * @param name the unit name, also its Transactions' hygie.unit and its history table's suffix
 * @param entities entity class names, loaded from the declaring bundle
 * @param migrations the bundle folder holding the unit's Flyway SQL migrations
 * @param requires units whose migrations must have run first
 */
public record UnitDeclaration(String name, List<String> entities, String migrations, List<String> requires) {
    /** Unit names become part of a table name (flyway_history_<unit>): keep them plain. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");

    public UnitDeclaration {
        entities = List.copyOf(entities);
        requires = List.copyOf(requires);
    }

    /** @return the unit's own Flyway history table */
    public String historyTable() {
        return "flyway_history_" + name;
    }

    /**
     * Parses the header value: comma-separated clauses {@code unit; entities="a,b"; migrations=..;
     * requires="x,y"}, values quoted when they hold commas.
     *
     * @throws IllegalArgumentException saying what is wrong with the header
     */
    public static List<UnitDeclaration> parse(String header) {
        List<UnitDeclaration> units = new ArrayList<>();
        for (String clause : split(header, ',')) {
            if (clause.isBlank()) {
                continue;
            }
            List<String> parts = split(clause, ';');
            String name = parts.get(0).trim();
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("The unit name '" + name + "' must be lower case letters, digits"
                        + " or _ (it names the table flyway_history_<unit>)");
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            for (String part : parts.subList(1, parts.size())) {
                int eq = part.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("Unit " + name + ": '" + part.trim() + "' is not an attribute=value");
                }
                String key = part.substring(0, eq).trim();
                if (key.endsWith(":")) { // a directive (key:=value) is accepted like an attribute
                    key = key.substring(0, key.length() - 1);
                }
                attributes.put(key, unquote(part.substring(eq + 1).trim()));
            }
            for (String key : attributes.keySet()) {
                if (!List.of(PersistenceUnitHeader.ENTITIES, PersistenceUnitHeader.MIGRATIONS, PersistenceUnitHeader.REQUIRES).contains(key)) {
                    throw new IllegalArgumentException("Unit " + name + ": unknown attribute '" + key + "' (expected "
                            + PersistenceUnitHeader.ENTITIES + ", " + PersistenceUnitHeader.MIGRATIONS + ", " + PersistenceUnitHeader.REQUIRES + ")");
                }
            }
            String migrations = attributes.getOrDefault(PersistenceUnitHeader.MIGRATIONS, "db/migration/" + name);
            migrations = migrations.replaceAll("^/+|/+$", "");
            units.add(new UnitDeclaration(name, list(attributes.get(PersistenceUnitHeader.ENTITIES)), migrations,
                    list(attributes.get(PersistenceUnitHeader.REQUIRES))));
        }
        if (units.isEmpty()) {
            throw new IllegalArgumentException("The header names no unit");
        }
        return units;
    }

    private static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        if (value != null) {
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        }
        return items;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** Splits on the separator outside double quotes. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("Unbalanced quotes in '" + text + "'");
        }
        parts.add(current.toString());
        return parts;
    }
}
