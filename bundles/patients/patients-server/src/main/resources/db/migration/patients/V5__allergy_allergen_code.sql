-- An allergy may be coded with an allergen of the terminology catalogue (inn:<dci> for a substance,
-- atc:<code> for a drug class), so that prescriptions check it by substance and class. The code
-- is checked by the service against the catalogue (another area: no foreign key). Allergies
-- recorded before stay free text (null), read by their substance's name. A correction keeps the
-- code it replaces with the other old values.
ALTER TABLE patients_allergy ADD COLUMN allergen_code varchar(80);
ALTER TABLE patients_allergy_revision ADD COLUMN allergen_code varchar(80);
