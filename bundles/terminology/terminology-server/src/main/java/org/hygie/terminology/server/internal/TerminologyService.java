package org.hygie.terminology.server.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hygie.core.paging.Page;
import org.hygie.core.paging.PageRequest;
import org.hygie.core.problem.Checks;
import org.hygie.core.problem.HygieException;
import org.hygie.platform.persistence.DatabaseClock;
import org.hygie.platform.persistence.Transactions;
import org.hygie.terminology.api.Allergen;
import org.hygie.terminology.api.Drug;
import org.hygie.terminology.api.DrugsApi;
import org.hygie.terminology.api.LabTest;
import org.hygie.terminology.api.TerminologySearch;
import org.hygie.terminology.api.knowledge.AllergyMatch;
import org.hygie.terminology.api.knowledge.Interaction;
import org.hygie.terminology.api.knowledge.MedicationKnowledge;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogues and the medication knowledge. At activation it loads the shipped set when the
 * database holds another version (in one transaction, under an advisory lock so that two servers
 * starting together load it once), then keeps the small tables in memory; the drugs stay in
 * PostgreSQL, where the search runs. A configured BDPM folder is imported in the background
 * ({@link BdpmFolder}) whenever its files changed.
 */
@Component(service = { TerminologyService.class, MedicationKnowledge.class }, configurationPid = TerminologyConfig.PID)
@Designate(ocd = TerminologyConfig.class)
public class TerminologyService implements MedicationKnowledge {
    private static final Logger LOG = LoggerFactory.getLogger(TerminologyService.class);

    @Reference(target = "(" + Transactions.UNIT_PROPERTY + "=terminology)")
    Transactions tx;

    DatabaseClock clock = DatabaseClock.systemUTC();

    private volatile KnowledgeTables tables;
    private BdpmFolder folder;

    @Activate
    void activate(TerminologyConfig config) {
        ShippedCatalogue shipped = ShippedCatalogue.read();
        loadShipped(shipped);
        folder = new BdpmFolder(this, shipped);
        folder.watch(config.bdpmFolder());
    }

    @Modified
    void modified(TerminologyConfig config) {
        folder.watch(config.bdpmFolder());
    }

    @Deactivate
    void deactivate() {
        if (folder != null) {
            folder.close();
        }
    }

    /** Loads the shipped set unless the database already holds its version, then reads the tables. */
    void loadShipped(ShippedCatalogue shipped) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        Integer loaded = tx.inTransaction(em -> {
            TerminologyStore.lock(em);
            if (shipped.version().equals(TerminologyStore.version(em, TerminologyStore.CURATED))) {
                return null;
            }
            return TerminologyStore.replaceCurated(em, shipped, now);
        });
        tables = tx.readOnly(TerminologyStore::readTables);
        if (loaded == null) {
            LOG.info("Terminology: shipped catalogues {} already loaded", shipped.version());
        } else {
            LOG.info("Terminology: shipped catalogues {} loaded ({} rows: {} drugs, {} allergens, {} interactions, "
                    + "{} lab tests) in {} ms", shipped.version(), loaded, shipped.drugs().size(),
                    shipped.allergens().size(), shipped.interactions().size(), shipped.labTests().size(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    KnowledgeTables tables() {
        return tables;
    }

    // ---------------------------------------------------------------- REST: drugs

    /** @throws HygieException 422 for a bad query, page or size */
    public Page<Drug> searchDrugs(String q, Integer page, Integer size) {
        PageRequest request = request(q, page, size);
        if (Text.key(q).isEmpty()) {
            return new Page<>(List.of(), 0, request.page(), request.size());
        }
        return tx.readOnly(em -> {
            TerminologyStore.Found found = TerminologyStore.searchDrugs(em, q, request.offset(), request.size());
            Map<String, Drug> byCis = new LinkedHashMap<>();
            TerminologyStore.drugs(em, found.cis()).forEach(d -> byCis.put(d.cis(), d));
            return new Page<>(found.cis().stream().map(byCis::get).toList(), found.total(), request.page(), request.size());
        });
    }

    /** @throws HygieException 404 when no drug has this CIS code */
    public Drug drug(String cis) {
        List<Drug> found = cis == null ? List.of() : tx.readOnly(em -> TerminologyStore.drugs(em, List.of(cis.strip())));
        if (found.isEmpty()) {
            throw HygieException.notFound("No drug has the CIS code " + cis);
        }
        return found.get(0);
    }

    /** @throws HygieException 422 for more than {@link DrugsApi#MAX_IDS} distinct codes */
    public List<Drug> drugsByCis(List<String> cis) {
        Set<String> distinct = distinct(cis);
        new Checks().require(distinct.size() <= DrugsApi.MAX_IDS, "cis", "too_many",
                "at most " + DrugsApi.MAX_IDS + " CIS codes at once").throwIfAny();
        return distinct.isEmpty() ? List.of() : tx.readOnly(em -> TerminologyStore.drugs(em, distinct));
    }

    // ---------------------------------------------------------------- REST: allergens, lab tests

    public Page<Allergen> searchAllergens(String q, Integer page, Integer size) {
        PageRequest request = request(q, page, size);
        return page(tables.searchAllergens(q == null ? "" : q), request);
    }

    public Page<LabTest> searchLabTests(String q, Integer page, Integer size) {
        PageRequest request = request(q, page, size);
        return page(tables.searchLabTests(q == null ? "" : q), request);
    }

    /** @throws HygieException 404 when no lab test has this code */
    public LabTest labTest(String loinc) {
        return tables.labTest(loinc).orElseThrow(() -> HygieException.notFound("No lab test has the LOINC code " + loinc));
    }

    private static <T> Page<T> page(List<T> all, PageRequest request) {
        int from = Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.size());
        return new Page<>(all.subList(from, to), all.size(), request.page(), request.size());
    }

    /** The limits of {@link TerminologySearch}, checked together. */
    static PageRequest request(String q, Integer page, Integer size) {
        int s = size == null ? TerminologySearch.DEFAULT_SIZE : size;
        int p = page == null ? 0 : page;
        new Checks().maxLength("q", q, TerminologySearch.MAX_QUERY)
                .require(p >= 0, "page", "out_of_range", "page must be 0 or more")
                .require(s >= 1 && s <= TerminologySearch.MAX_SIZE, "size", "out_of_range",
                        "size must be between 1 and " + TerminologySearch.MAX_SIZE)
                .throwIfAny();
        return PageRequest.of(p, s);
    }

    private static Set<String> distinct(Collection<String> codes) {
        Set<String> out = new LinkedHashSet<>();
        if (codes != null) {
            for (String c : codes) {
                if (c != null && !c.isBlank()) {
                    out.add(c.strip());
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- MedicationKnowledge

    @Override
    public Map<String, Drug> drugs(Collection<String> cis) {
        Set<String> distinct = distinct(cis);
        Map<String, Drug> out = new LinkedHashMap<>();
        if (!distinct.isEmpty()) {
            tx.readOnly(em -> TerminologyStore.drugs(em, distinct)).forEach(d -> out.put(d.cis(), d));
        }
        return out;
    }

    @Override
    public Map<String, LabTest> labTests(Collection<String> loinc) {
        return tables.labTests(loinc);
    }

    @Override
    public Optional<Allergen> allergen(String code) {
        return tables.allergen(code);
    }

    @Override
    public List<Allergen> allergensNamed(String text) {
        return tables.allergensNamed(text);
    }

    @Override
    public Optional<AllergyMatch> allergyMatch(Allergen allergen, Drug drug, boolean fromFreeText) {
        return tables.allergyMatch(allergen, drug, fromFreeText);
    }

    @Override
    public List<Interaction> interactions(Drug first, Drug second) {
        return tables.interactions(first, second);
    }
}
