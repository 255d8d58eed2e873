package org.socialpsych.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialpsych.chassis.web.ApiException;

class PersonIdsTest {

    @Test
    void shouldAcceptOnlyPlatformIssuedIds() {
        assertThat(PersonIds.isPlatformIssued("r-" + UUID.randomUUID())).isTrue();
        assertThat(PersonIds.isPlatformIssued("a-" + UUID.randomUUID())).isTrue();
        assertThat(PersonIds.isPlatformIssued("p-" + UUID.randomUUID())).isFalse();
        assertThat(PersonIds.isPlatformIssued("r-" + UUID.randomUUID().toString().toUpperCase())).isFalse();
        assertThat(PersonIds.isPlatformIssued("r-1")).isFalse();
        assertThat(PersonIds.isPlatformIssued(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"330327199001011234", "33032719900101123X", "id:330327199001011234",
            "3303 2719 9001 0112 34", "330327-19900101-1234", "330327199001011", "13812345678", "+86 138 1234 5678",
            "tel:138-1234-5678", "8613812345678", "张三", "p-王小明", "r-李"})
    void shouldRecogniseIdentityDataInAnyDisguise(String value) {
        assertThat(PersonIds.looksLikeIdentityData(value)).isTrue();
        assertThatThrownBy(() -> PersonIds.require("subjectId", value))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("identity data")
                .hasMessageNotContaining(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"p-k1", "pupil-1", "anon", "r-12", "x"})
    void shouldRefuseOtherIdsWithoutCallingThemIdentityData(String value) {
        assertThat(PersonIds.looksLikeIdentityData(value)).isFalse();
        assertThatThrownBy(() -> PersonIds.require("personId", value))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("not a platform-issued person id");
    }

    @Test
    void shouldNotMistakeAUuidForIdentityData() {
        for (int i = 0; i < 2000; i++) {
            String id = "r-" + UUID.randomUUID();
            assertThat(PersonIds.looksLikeIdentityData(id)).as(id).isFalse();
        }
    }
}
