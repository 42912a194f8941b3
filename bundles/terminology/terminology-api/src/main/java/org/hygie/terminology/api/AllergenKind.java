package org.hygie.terminology.api;

/** What an allergen of the catalogue stands for. */
public enum AllergenKind {
    /** One active substance (by its DCI): an allergy to it also warns for its cross-reacting class. */
    SUBSTANCE,
    /** A class of drugs (an ATC class such as the penicillins): warns for every drug of the class. */
    DRUG_CLASS
}
