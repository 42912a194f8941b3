package org.hygie.terminology.api.knowledge;

import org.hygie.terminology.api.AtcClass;

/**
 * An interaction of the shipped table between two drug classes. A drug belongs to a class when
 * its ATC code begins with the class's code.
 *
 * @param first one class of the pair
 * @param second the other class of the pair
 * @param level how severe
 * @param message what the prescriber must know (risk and what to do), in French as in the thesaurus
 * @param source where it comes from (for example {@code Thésaurus ANSM des interactions médicamenteuses, 2023})
 */
public record Interaction(AtcClass first, AtcClass second, InteractionLevel level, String message, String source) {
}
