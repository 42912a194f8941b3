package org.hygie.patients.server.internal;

import java.time.LocalDate;
import java.util.List;

import org.hygie.patients.api.Nir;
import org.hygie.core.security.AuthenticatedUser;
import org.hygie.patients.api.AllergyInput;
import org.hygie.patients.api.AllergySeverity;
import org.hygie.patients.api.PatientCreated;
import org.hygie.patients.api.PatientInput;
import org.hygie.patients.api.Sex;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds about fifty demo patients with French names (accents, hyphens, a Dupont and a Dupond to
 * show typo-tolerant search, one likely duplicate pair), some with a NIR and allergies. Active
 * only when the demo configuration exists ({@code HYGIE_DEMO=1}); seeds once: when demo patients
 * are already there, it does nothing.
 */
@Component(configurationPid = "org.hygie.demo", configurationPolicy = ConfigurationPolicy.REQUIRE)
public class DemoPatients {
    private static final Logger LOG = LoggerFactory.getLogger(DemoPatients.class);
    /** Who the demo rows show as their author. */
    static final AuthenticatedUser SEEDER = AuthenticatedUser.system("Hygie demo");

    /**
     * One demo patient.
     *
     * @param nirTail when not null, the 8 last digits of the NIR body (department + commune +
     *        order, department possibly 2A/2B): the NIR is built from sex and birth date, key computed
     */
    record Demo(String lastName, String firstName, String birthDate, Sex sex, String phone, String email,
            String address, String nirTail, List<AllergyInput> allergies) {
    }

    static final List<Demo> PATIENTS = List.of(
            demo("Dupont", "Hélène", "1948-03-12", Sex.FEMALE, "75112 001", allergy("Pénicilline", "Urticaire", AllergySeverity.SEVERE)),
            demo("Dupond", "Hélène", "1952-07-30", Sex.FEMALE, null),
            demo("Lefèvre", "François", "1975-11-02", Sex.MALE, "69381 042", allergy("Arachide", "Œdème de Quincke", AllergySeverity.SEVERE)),
            demo("Lefebvre", "Zoé", "2015-05-21", Sex.FEMALE, null),
            demo("Noël", "Bénédicte", "1963-12-25", Sex.FEMALE, "2A004 117"),
            demo("Ségolène", "Anaïs", "1990-04-08", Sex.FEMALE, null),
            demo("Martin", "Maëlle", "2001-09-14", Sex.FEMALE, "33063 210", allergy("Latex", "Eczéma de contact", AllergySeverity.MODERATE)),
            demo("Martin", "Jean-Pierre", "1944-01-19", Sex.MALE, null),
            demo("Bernard", "Gaëlle", "1982-06-03", Sex.FEMALE, null),
            demo("Dubois", "Loïc", "1979-02-27", Sex.MALE, "2B033 054"),
            demo("Moreau", "Chloé", "1995-08-11", Sex.FEMALE, null, allergy("Acariens", "Rhinite", AllergySeverity.MILD)),
            demo("Laurent", "Raphaël", "1968-10-05", Sex.MALE, null),
            demo("Simon", "Inès", "2009-03-30", Sex.FEMALE, null),
            demo("Michel", "Mathéo", "2012-12-01", Sex.MALE, null),
            demo("Garnier", "Léa", "1999-07-07", Sex.FEMALE, "13055 301"),
            demo("Fournier", "Théo", "1987-01-15", Sex.MALE, null, allergy("Aspirine", "Bronchospasme", AllergySeverity.SEVERE)),
            demo("Girard", "Éloïse", "1958-05-18", Sex.FEMALE, null),
            demo("Bonnet", "Noé", "2018-11-23", Sex.MALE, null),
            demo("Rousseau", "Clémence", "1971-09-09", Sex.FEMALE, null),
            demo("Mercier", "Jérôme", "1960-04-04", Sex.MALE, "59350 012"),
            demo("Blanc", "Cécile", "1984-02-14", Sex.FEMALE, null, allergy("Fruits de mer", null, AllergySeverity.UNKNOWN)),
            demo("Guérin", "Étienne", "1939-06-06", Sex.MALE, null),
            demo("Chevalier", "Ophélie", "1993-08-19", Sex.FEMALE, null),
            demo("François", "Benoît", "1977-03-03", Sex.MALE, null),
            demo("Legrand", "Françoise", "1950-10-10", Sex.FEMALE, "44109 088"),
            demo("Gauthier", "Amélie", "1986-12-12", Sex.FEMALE, null),
            demo("Perrin", "Noël", "1946-12-24", Sex.MALE, null, allergy("Iode", "Érythème", AllergySeverity.MODERATE)),
            demo("Clément", "Marie-Thérèse", "1934-02-02", Sex.FEMALE, null),
            demo("Mathieu", "Aurélien", "1989-05-05", Sex.MALE, null),
            demo("Gautier", "Anaëlle", "2020-01-31", Sex.FEMALE, null),
            demo("Rivière", "Hervé", "1965-07-14", Sex.MALE, "06088 140"),
            demo("Lemaître", "Séverine", "1974-11-11", Sex.FEMALE, null),
            demo("Ménard", "Grégoire", "1981-09-01", Sex.MALE, null),
            demo("Barthélemy", "Agnès", "1956-03-08", Sex.FEMALE, null, allergy("Sulfamides", "Syndrome de Lyell", AllergySeverity.SEVERE)),
            demo("Lévêque", "Jérémie", "1997-04-16", Sex.MALE, null),
            demo("Prévost", "Maïwenn", "2007-06-21", Sex.FEMALE, null),
            demo("Bénard", "Jean-François", "1962-08-28", Sex.MALE, null),
            demo("Le Goff", "Gwenaëlle", "1983-10-30", Sex.FEMALE, "29019 077"),
            demo("D'Aubigné", "Théophile", "1941-01-01", Sex.MALE, null),
            demo("Saint-Éxupéry", "Zoé", "2011-02-18", Sex.FEMALE, null),
            demo("Étienne", "Léonie", "1998-12-03", Sex.FEMALE, null),
            demo("Roussel", "Maxime", "1992-03-17", Sex.OTHER, null),
            demo("Faure", "Camille", "1985-05-25", Sex.UNKNOWN, null),
            demo("Marchand", "Héloïse", "1970-07-02", Sex.FEMALE, null, allergy("Pollens de graminées", "Conjonctivite", AllergySeverity.MILD)),
            demo("Dumont", "Gaël", "1978-09-22", Sex.MALE, null),
            demo("Müller", "Anaïs", "1994-01-09", Sex.FEMALE, null),
            demo("Lacroix", "Ségolène", "1967-11-29", Sex.FEMALE, null),
            demo("Brunet", "Désiré", "1930-04-12", Sex.MALE, null),
            // A likely duplicate of the first patient (same names and birth date, other spelling).
            demo("DUPONT", "Helene", "1948-03-12", Sex.FEMALE, null),
            demo("Fontaine", "Maël", "2016-08-08", Sex.MALE, null));

    /**
     * Demo patients without allergy for whom "no known allergy" was stated: the others without one
     * show that nobody asked.
     */
    static final java.util.Set<String> NO_KNOWN_ALLERGY = java.util.Set.of("Dupond Hélène", "Fontaine Maël");

    @Reference
    PatientsService patients;

    @Activate
    void activate() {
        try {
            if (patients.hasDemoPatients()) {
                LOG.info("Demo patients already present: nothing to seed");
                return;
            }
            int allergies = 0;
            for (Demo d : PATIENTS) {
                PatientCreated created = patients.create(SEEDER, input(d), true);
                for (AllergyInput a : d.allergies()) {
                    patients.addAllergy(SEEDER, created.patient().id(), a);
                    allergies++;
                }
                if (NO_KNOWN_ALLERGY.contains(d.lastName() + " " + d.firstName())) {
                    patients.stateNoKnownAllergy(SEEDER, created.patient().id());
                }
            }
            LOG.info("Seeded {} demo patients with {} allergies", PATIENTS.size(), allergies);
        } catch (RuntimeException e) {
            // Demo data is a convenience: the server goes on without it rather than failing.
            LOG.error("Could not seed the demo patients", e);
        }
    }

    static PatientInput input(Demo d) {
        LocalDate birth = LocalDate.parse(d.birthDate());
        String nir = null;
        if (d.nirTail() != null) {
            String body = (d.sex() == Sex.MALE ? "1" : "2") + String.format("%02d%02d", birth.getYear() % 100,
                    birth.getMonthValue()) + d.nirTail().replace(" ", "");
            nir = body + String.format("%02d", Nir.key(body.replace("2A", "19").replace("2B", "18")));
        }
        String slug = NameNormalizer.normalize(d.firstName() + " " + d.lastName()).replace(' ', '.');
        String phone = "06 " + String.format("%02d %02d %02d %02d", Math.abs(slug.hashCode()) % 100,
                d.lastName().length() * 3, d.firstName().length() * 7 % 100, birth.getDayOfMonth());
        return new PatientInput(d.lastName(), d.firstName(), birth, d.sex(), phone, slug + "@exemple.fr",
                birth.getDayOfMonth() + " rue de la République, 69002 Lyon", nir, null);
    }

    private static Demo demo(String last, String first, String birth, Sex sex, String nirTail, AllergyInput... allergies) {
        return new Demo(last, first, birth, sex, null, null, null, nirTail, List.of(allergies));
    }

    private static AllergyInput allergy(String substance, String reaction, AllergySeverity severity) {
        return new AllergyInput(substance, reaction, severity);
    }
}
