package org.socialpsych.chassis.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

    @Test
    void shouldGiveEachCallerTheirOwnKeyEvenWhenSeparatorsAreInTheSubjectOrTheKey() {
        assertThat(IdempotencyKeys.scoped("c-1", "k")).isEqualTo(IdempotencyKeys.scoped("c-1", "k"));
        assertThat(IdempotencyKeys.scoped("c-1", "k")).isNotEqualTo(IdempotencyKeys.scoped("c-2", "k"));
        assertThat(IdempotencyKeys.scoped("a|b", "c")).isNotEqualTo(IdempotencyKeys.scoped("a", "b|c"));
        assertThat(IdempotencyKeys.scoped("a:1", "c")).isNotEqualTo(IdempotencyKeys.scoped("a", "1:c"));
        assertThat(IdempotencyKeys.scoped("c-1", "")).isNotEqualTo(IdempotencyKeys.scoped("c-1", null));
    }

    @Test
    void shouldStoreNeitherTheCallerNorTheClientKeyAndHaveAFixedLength() {
        String stored = IdempotencyKeys.scoped("clinician-42", "x".repeat(10_000));
        assertThat(stored).doesNotContain("clinician-42").doesNotContain("xxxx").hasSize(3 + 64);
        assertThat(IdempotencyKeys.scoped("c-1", null)).isNull();
    }
}
