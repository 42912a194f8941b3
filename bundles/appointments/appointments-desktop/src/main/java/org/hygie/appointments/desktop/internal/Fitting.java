package org.hygie.appointments.desktop.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Names shortened to fit a width without cutting a word in the middle: the full name, then shorter
 * forms that still say who it is, down to initials ("Dr François Bernard", "Dr Bernard", "Bernard",
 * "FB"). The full name stays in the tooltip. No SWT: the width of a text is given.
 */
final class Fitting {
    private Fitting() {
    }

    /** @return the first of {@code forms} whose width fits {@code room}, else the last (the shortest) */
    static String fit(List<String> forms, int room, ToIntFunction<String> width) {
        for (String form : forms) {
            if (width.applyAsInt(form) <= room) {
                return form;
            }
        }
        return forms.isEmpty() ? "" : forms.get(forms.size() - 1);
    }

    /** @return a doctor's name from the longest to the shortest: "Dr François Bernard", "Dr Bernard", "Bernard", "FB" */
    static List<String> doctorForms(String displayName) {
        String[] words = displayName.strip().split("\\s+");
        List<String> forms = new ArrayList<>();
        forms.add(displayName.strip());
        boolean titled = words.length > 1 && words[0].endsWith("r") && words[0].length() <= 3; // Dr, Pr
        String last = words[words.length - 1];
        if (titled) {
            forms.add(words[0] + " " + last);
        }
        forms.add(last);
        forms.add(initials(titled ? java.util.Arrays.copyOfRange(words, 1, words.length) : words));
        return forms.stream().distinct().toList();
    }

    /** @return a patient's name as the agenda writes it ("DUPONT Hélène"), from the longest to the shortest */
    static List<String> patientForms(String name) {
        String[] words = name.strip().split("\\s+");
        List<String> forms = new ArrayList<>();
        forms.add(name.strip());
        if (words.length > 1) {
            forms.add(words[0] + " " + words[1].charAt(0) + ".");
        }
        forms.add(words[0]);
        forms.add(initials(words));
        return forms.stream().distinct().toList();
    }

    private static String initials(String[] words) {
        StringBuilder s = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty()) {
                s.appendCodePoint(Character.toUpperCase(w.codePointAt(0)));
            }
        }
        return s.toString();
    }
}
