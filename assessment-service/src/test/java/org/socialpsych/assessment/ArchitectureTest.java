package org.socialpsych.assessment;

import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.testing.ArchitectureRules;

class ArchitectureTest {

    @Test
    void shouldFollowTheStyleRules() {
        ArchitectureRules.check("org.socialpsych.assessment");
    }
}
