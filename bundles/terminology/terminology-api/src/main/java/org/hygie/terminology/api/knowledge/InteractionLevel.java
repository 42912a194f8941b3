package org.hygie.terminology.api.knowledge;

/**
 * The four levels of a drug interaction in the French thesaurus (ANSM), most severe first.
 */
public enum InteractionLevel {
    /** Contre-indication: never together. */
    CONTRAINDICATION(true),
    /** Association déconseillée: to be avoided unless weighed. */
    NOT_RECOMMENDED(true),
    /** Précaution d'emploi: possible with the precautions said (monitoring, dose). */
    PRECAUTION(false),
    /** À prendre en compte: a risk to keep in mind. */
    TO_CONSIDER(false);

    private final boolean interrupts;

    InteractionLevel(boolean interrupts) {
        this.interrupts = interrupts;
    }

    /**
     * @return whether it stops signing until the prescriber overrides it with a reason (the two
     *         severe levels), rather than coming back as a note
     */
    public boolean interrupts() {
        return interrupts;
    }
}
