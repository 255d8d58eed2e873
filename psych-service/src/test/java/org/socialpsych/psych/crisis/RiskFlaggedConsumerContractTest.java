package org.socialpsych.psych.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.socialpsych.psych.crisis.infra.RiskFlaggedMessage;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.json.JsonMapper;

/** Every golden RiskFlagged sample of assessment-service binds to the record psych-service reads it into. */
class RiskFlaggedConsumerContractTest {

    @Test
    void shouldReadEveryGoldenRiskFlaggedSample() throws Exception {
        Resource[] samples = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:events/samples/" + RiskFlaggedMessage.TYPE + "/*.json");
        assertThat(samples).isNotEmpty();
        JsonMapper json = JsonMapper.builder().build();
        for (Resource r : samples) {
            String text;
            try (InputStream in = r.getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            RiskFlaggedMessage m = json.readValue(text, RiskFlaggedMessage.class);
            assertThat(m.aggregateId()).as(r.getFilename()).isNotBlank();
            assertThat(m.subjectId()).isNotBlank();
            assertThat(m.tier()).isIn("HIGH", "MEDIUM", "LOW");
            assertThat(m.sourceRef()).startsWith("assessment:");
            assertThat(m.areaPath()).isNotEmpty().endsWith(m.areaCode());
        }
    }
}
