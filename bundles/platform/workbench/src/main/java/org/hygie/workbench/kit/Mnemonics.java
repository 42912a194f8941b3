package org.hygie.workbench.kit;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * Mnemonics (Alt+letter) of push buttons: the texts choose theirs with {@code &}, in each
 * language; a text without one gets the first of its letters that no other button of the window
 * uses yet, so that every kit button has one.
 */
final class Mnemonics {
    private Mnemonics() {
    }

    /** @return the text with its mnemonic: as it is when it has one, else with one not taken in {@code shell} */
    static String withMnemonic(Shell shell, String text) {
        if (text.indexOf('&') >= 0) {
            return text;
        }
        Set<Character> taken = new HashSet<>();
        collect(shell, taken);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) && !taken.contains(Character.toLowerCase(c))) {
                return text.substring(0, i) + "&" + text.substring(i);
            }
        }
        return text;
    }

    /** @return the mnemonic of a text (the character after the first single {@code &}), lower case, or 0 */
    static char of(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == '&') {
                if (text.charAt(i + 1) != '&') {
                    return Character.toLowerCase(text.charAt(i + 1));
                }
                i++; // "&&" is a plain ampersand
            }
        }
        return 0;
    }

    private static void collect(Composite parent, Set<Character> taken) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && (button.getStyle() & SWT.PUSH) != 0) {
                char mnemonic = of(button.getText());
                if (mnemonic != 0) {
                    taken.add(mnemonic);
                }
            } else if (child instanceof Composite composite) {
                collect(composite, taken);
            }
        }
    }
}
