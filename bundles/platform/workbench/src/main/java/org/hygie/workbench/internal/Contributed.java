package org.hygie.workbench.internal;

import java.util.Locale;
import java.util.MissingResourceException;

import org.hygie.core.workbench.Contribution;
import org.hygie.workbench.Texts;
import org.hygie.workbench.ViewContribution;

/** A contribution bound by the workbench: its declaration, read from the service properties, and its view. */
record Contributed(Contribution declaration, ViewContribution view) {

    String id() {
        return declaration.id();
    }

    /**
     * @return the label, from the {@code messages} files of the package of the class registered as
     *         the service (the contributing bundle's own texts); the id when it has none
     */
    String label(Locale locale) {
        try {
            return Texts.load(view.getClass(), "messages", locale).get(declaration.label());
        } catch (MissingResourceException noMessages) {
            return declaration.id();
        }
    }
}
