package org.socialpsych.psych.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.socialpsych.events.assessment.AssessmentEvents;
import org.socialpsych.events.assessment.AssessmentPurgedV1;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.json.JsonMapper;

/** Every golden AssessmentPurged sample of assessment-service binds to what the archive's consumer reads. */
class AssessmentPurgedConsumerContractTest {

    @Test
    void shouldReadEveryGoldenAssessmentPurgedSample() throws Exception {
        Resource[] samples = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:events/samples/" + AssessmentEvents.ASSESSMENT_PURGED + "/*.json");
        assertThat(samples).isNotEmpty();
        JsonMapper json = JsonMapper.builder().build();
        for (Resource r : samples) {
            String text;
            try (InputStream in = r.getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            AssessmentPurgedV1 m = json.readValue(text, AssessmentPurgedV1.class);
            assertThat(m.aggregateId()).as(r.getFilename()).isNotBlank();
            assertThat(m.aggregateVersion()).isPositive();
            assertThat(m.retentionClass()).isNotBlank();
        }
    }
}
