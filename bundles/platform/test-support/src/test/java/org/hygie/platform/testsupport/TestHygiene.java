package org.hygie.platform.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test rules of the project that a text scan can hold, applied to the source of one test file:
 * a test that cannot fail, a fixed sleep, a pinned SQL text. Each finding names its line.
 */
final class TestHygiene {
    /** Written apart, so that this file does not match its own rule. */
    private static final String SLEEP = "Thread" + ".sleep(";
    /** The pause of a bounded wait says so, with what it waits for: {@code // poll: <why>}. */
    private static final Pattern POLL_REASON = Pattern.compile("//\\s*poll:\\s*\\S.*");
    private static final Pattern INJECTED = Pattern.compile(
            "@InjectService\\b(?:\\s*\\((?:[^()\"]|\"[^\"]*\")*\\))?\\s+(?:final\\s+)?[\\w.<>?,\\s]+?\\s+(\\w+)\\s*[;,)=]");
    /** An expected value handed to an assertion, where a pinned SQL text would be. */
    private static final Pattern EXPECTED = Pattern.compile(
            "\\.(?:isEqualTo|startsWith|endsWith|contains|containsOnly|containsExactly|doesNotContain|matches|hasToString)"
                    + "\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern SQL = Pattern.compile("(?i)\\bselect\\b.*\\bfrom\\b|\\binsert\\s+into\\b|\\bdelete\\s+from\\b"
            + "|\\bupdate\\s+\\w+\\s+set\\b|\\border\\s+by\\b|\\bwhere\\b.*[=<>]|\\w\\s*(?:=|<>|>=|<=|<|>)\\s*[:?]\\w*");

    private TestHygiene() {
    }

    /** @return what breaks the rules in this test source, one line each ("12: why") */
    static List<String> check(String source) {
        List<String> findings = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        Set<String> injected = injectedNames(source);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String at = (i + 1) + ": ";
            if (line.contains(SLEEP) && !POLL_REASON.matcher(line).find()) {
                findings.add(at + "a fixed sleep: await a real event instead (a bounded wait's pause says // poll: <why>)");
            }
            for (String name : injected) {
                if (Pattern.compile("assertThat\\(\\s*" + Pattern.quote(name) + "\\s*\\)(?:\\.as\\([^;]*?\\))?\\.isNotNull\\(\\)")
                        .matcher(line).find()) {
                    findings.add(at + "asserts that the injected service " + name
                            + " is not null, which cannot fail: assert what it does");
                }
            }
            Matcher expected = EXPECTED.matcher(line);
            while (expected.find()) {
                if (SQL.matcher(expected.group(1)).find()) {
                    findings.add(at + "pins the SQL text \"" + expected.group(1) + "\": test what the query finds instead");
                }
            }
        }
        return findings;
    }

    /** @return the fields and parameters that osgi-test injects as services */
    private static Set<String> injectedNames(String source) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = INJECTED.matcher(source);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
