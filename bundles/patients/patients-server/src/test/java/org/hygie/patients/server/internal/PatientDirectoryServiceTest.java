package org.hygie.patients.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.hygie.core.problem.FieldError;
import org.hygie.core.problem.HygieException;
import org.hygie.patients.api.PatientsApi;
import org.junit.jupiter.api.Test;

class PatientDirectoryServiceTest {
    @Test
    void distinct_shouldCountRepeatsOnceAndIgnoreNulls() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        assertThat(PatientDirectoryService.distinct(Arrays.asList(a, null, b, a))).containsExactly(a, b);
        assertThat(PatientDirectoryService.distinct(null)).isEmpty();
        List<UUID> repeated = new ArrayList<>();
        for (int i = 0; i < 10 * PatientsApi.MAX_IDS; i++) {
            repeated.add(a);
        }
        assertThat(PatientDirectoryService.distinct(repeated)).containsExactly(a);
    }

    @Test
    void distinct_shouldRefuseMoreThanMaxIdsAt422() {
        List<UUID> most = Stream.generate(UUID::randomUUID).limit(PatientsApi.MAX_IDS).toList();
        assertThat(PatientDirectoryService.distinct(most)).hasSize(PatientsApi.MAX_IDS);
        List<UUID> tooMany = new ArrayList<>(most);
        tooMany.add(UUID.randomUUID());
        assertThatThrownBy(() -> PatientDirectoryService.distinct(tooMany)).isInstanceOfSatisfying(HygieException.class,
                e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("id", "too_many"));
                });
    }
}
