package org.hygie.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class UnitDeclarationTest {
    @Test
    void parse_shouldReadTheDocumentedHeader() {
        List<UnitDeclaration> units = UnitDeclaration.parse("patients; "
                + "entities=\"org.hygie.patients.server.internal.PatientEntity,org.hygie.patients.server.internal.AllergyEntity\"; "
                + "migrations=\"db/migration/patients\"; requires=\"users\"");

        assertThat(units).containsExactly(new UnitDeclaration("patients",
                List.of("org.hygie.patients.server.internal.PatientEntity", "org.hygie.patients.server.internal.AllergyEntity"),
                "db/migration/patients", List.of("users")));
    }

    @Test
    void parse_shouldDefaultTheMigrationsFolderAndRequireNothing() {
        UnitDeclaration unit = UnitDeclaration.parse("users; entities=org.hygie.users.server.internal.UserEntity").get(0);

        assertThat(unit.migrations()).isEqualTo("db/migration/users");
        assertThat(unit.requires()).isEmpty();
        assertThat(unit.historyTable()).isEqualTo("flyway_history_users");
    }

    @Test
    void parse_shouldReadSeveralUnitsAndTrimSlashes() {
        List<UnitDeclaration> units = UnitDeclaration.parse("a; migrations=/db/a/, b; requires=\"a\"");

        assertThat(units).extracting(UnitDeclaration::name).containsExactly("a", "b");
        assertThat(units.get(0).migrations()).isEqualTo("db/a");
        assertThat(units.get(1).requires()).containsExactly("a");
    }

    @Test
    void parse_shouldRejectANameThatCannotNameATable() {
        assertThatThrownBy(() -> UnitDeclaration.parse("Patients-Area; migrations=x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Patients-Area");
    }

    @Test
    void parse_shouldRejectAnUnknownAttribute() {
        assertThatThrownBy(() -> UnitDeclaration.parse("users; entity=\"x\""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown attribute 'entity'");
    }

    @Test
    void parse_shouldRejectUnbalancedQuotes() {
        assertThatThrownBy(() -> UnitDeclaration.parse("users; entities=\"a,b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unbalanced quotes");
    }
}
