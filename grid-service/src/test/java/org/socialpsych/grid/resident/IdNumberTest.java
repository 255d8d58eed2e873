package org.socialpsych.grid.resident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socialpsych.grid.resident.domain.IdNumber;

class IdNumberTest {

    @Test
    void shouldAcceptOnlyNumbersWithTheRightCheckCharacter() {
        String first17 = "11010519491231002";
        String valid = first17 + IdNumber.checkChar(first17);
        assertThat(IdNumber.checkChar(first17)).isEqualTo('X');
        assertThat(IdNumber.parse(valid)).contains(valid);
        assertThat(IdNumber.parse(" 110105 19491231002x ")).contains(valid);
        assertThat(IdNumber.parse("110105194912310021")).isEmpty();
        assertThat(IdNumber.parse("12345")).isEmpty();
    }

    @Test
    void shouldMaskAllButRegionAndLastFour() {
        assertThat(IdNumber.mask("11010519491231002X")).isEqualTo("110105********002X");
    }
}
