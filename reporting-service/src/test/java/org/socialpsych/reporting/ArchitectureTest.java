package org.socialpsych.reporting;

import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.testing.ArchitectureRules;

class ArchitectureTest {

    @Test
    void shouldFollowTheStyleRules() {
        ArchitectureRules.check("org.socialpsych.reporting");
    }
}
