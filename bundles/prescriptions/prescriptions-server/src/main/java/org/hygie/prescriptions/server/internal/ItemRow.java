package org.hygie.prescriptions.server.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.hygie.prescriptions.api.Item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of {@code prescriptions_item}: a line as signed. */
@Embeddable
public class ItemRow {
    @Column(name = "drug_cis")
    private String drugCis;
    @Column(name = "drug_name")
    private String drugName;
    @Column(name = "substances")
    private String substances;
    @Column(name = "atc")
    private String atc;
    @Column(name = "narcotic", nullable = false)
    private boolean narcotic;
    @Column(name = "free_text")
    private String freeText;
    @Column(name = "dose")
    private BigDecimal dose;
    @Column(name = "dose_unit")
    private String doseUnit;
    @Column(name = "route")
    private String route;
    @Column(name = "frequency")
    private String frequency;
    @Column(name = "duration_days")
    private Integer durationDays;
    @Column(name = "boxes")
    private Integer boxes;
    @Column(name = "renewals", nullable = false)
    private int renewals;
    @Column(name = "instructions")
    private String instructions;
    @Column(name = "ald", nullable = false)
    private boolean ald;

    protected ItemRow() {
        // for JPA
    }

    ItemRow(Item item) {
        this.drugCis = item.drugCis();
        this.drugName = item.drugName();
        this.substances = item.substances().isEmpty() ? null : String.join("\n", item.substances());
        this.atc = item.atc();
        this.narcotic = item.narcotic();
        this.freeText = item.freeText();
        this.dose = item.dose();
        this.doseUnit = item.doseUnit();
        this.route = item.route();
        this.frequency = item.frequency();
        this.durationDays = item.durationDays();
        this.boxes = item.boxes();
        this.renewals = item.renewals();
        this.instructions = item.instructions();
        this.ald = item.ald();
    }

    Item toItem(int line) {
        List<String> subs = substances == null ? List.of() : Arrays.asList(substances.split("\n"));
        return new Item(line, drugCis, drugName, subs, atc, narcotic, freeText,
                dose == null ? null : dose.stripTrailingZeros(), doseUnit, route, frequency, durationDays, boxes,
                renewals, instructions, ald);
    }
}
