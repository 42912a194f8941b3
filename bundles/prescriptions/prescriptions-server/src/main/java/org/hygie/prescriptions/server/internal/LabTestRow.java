package org.hygie.prescriptions.server.internal;

import org.hygie.prescriptions.api.OrderedTest;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of {@code prescriptions_lab_test}: a test as ordered. */
@Embeddable
public class LabTestRow {
    @Column(name = "loinc", nullable = false)
    private String loinc;
    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "specimen")
    private String specimen;
    @Column(name = "unit")
    private String unit;

    protected LabTestRow() {
        // for JPA
    }

    LabTestRow(OrderedTest test) {
        this.loinc = test.loinc();
        this.name = test.name();
        this.specimen = test.specimen();
        this.unit = test.unit();
    }

    OrderedTest toTest() {
        return new OrderedTest(loinc, name, specimen, unit);
    }
}
