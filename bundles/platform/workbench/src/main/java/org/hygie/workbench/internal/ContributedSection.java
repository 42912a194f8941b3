package org.hygie.workbench.internal;

import java.util.Comparator;
import java.util.Locale;
import java.util.MissingResourceException;

import org.hygie.core.workbench.Contribution;
import org.hygie.workbench.Texts;
import org.hygie.workbench.chart.ChartSection;

/** A chart section bound by the workbench: its declaration, read from the service properties, and the section. */
record ContributedSection(Contribution declaration, ChartSection section) {
    /** The chart's order of sections: the declared order, then the id. */
    static final Comparator<ContributedSection> ORDER = Comparator.comparing(ContributedSection::declaration,
            Contribution.NAVIGATION_ORDER);

    String id() {
        return declaration.id();
    }

    /** @return the section's title, from the contributing bundle's own {@code messages} files; the id when it has none */
    String label(Locale locale) {
        try {
            return Texts.load(section.getClass(), "messages", locale).get(declaration.label());
        } catch (MissingResourceException noMessages) {
            return declaration.id();
        }
    }
}
