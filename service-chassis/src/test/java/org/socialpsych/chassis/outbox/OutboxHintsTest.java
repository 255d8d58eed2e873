package org.socialpsych.chassis.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socialpsych.events.assessment.AssessmentEvents;
import org.socialpsych.events.assessment.CampaignClosedV1;
import org.socialpsych.events.assessment.RiskFlaggedV1;

/**
 * The order in which the relay takes hinted documents under a backlog: a screening-day burst leaves
 * more due hints than one pass takes, and neither a risk flag nor an early submission may wait behind
 * the documents written after it.
 */
class OutboxHintsTest {

    @Test
    void shouldTakeTheOldestHintsFirstWhenMoreAreDueThanOnePassTakes() {
        OutboxHints hints = new OutboxHints();
        for (int i = 0; i < 1_000; i++) {
            hints.add("doc-" + i);
            hints.written("doc-" + i);
        }
        List<String> first = ids(hints.snapshot(100));
        assertThat(first).hasSize(100);
        // in hash order (the old snapshot) a few early documents were left out of every pass while
        // newer ones kept arriving
        for (int i = 0; i < 100; i++) {
            assertThat(first).as("pass 1 takes the 100 oldest").contains("doc-" + i);
        }
        hints.snapshot(100).forEach(e -> hints.done(e.getKey(), e.getValue()));
        List<String> second = ids(hints.snapshot(100));
        assertThat(second).contains("doc-100", "doc-199").doesNotContain("doc-0", "doc-200");
    }

    @Test
    void shouldPutAnUrgentDocumentAheadOfEveryOtherOne() {
        OutboxHints hints = new OutboxHints();
        for (int i = 0; i < 500; i++) {
            hints.add("completed-" + i);
            hints.written("completed-" + i);
        }
        hints.add("risk-flagged", true);
        hints.written("risk-flagged");
        assertThat(ids(hints.snapshot(100)).get(0)).isEqualTo("risk-flagged");
        // a later, ordinary event of the same document keeps it urgent until its events are out
        hints.add("risk-flagged");
        hints.written("risk-flagged");
        assertThat(ids(hints.snapshot(1))).containsExactly("risk-flagged");
        // a hint that is not yet written (its document still in flight) is not taken, urgent or not
        hints.add("in-flight", true);
        assertThat(ids(hints.snapshot(1_000))).doesNotContain("in-flight");
    }

    @Test
    void shouldMarkTheDocumentsOfPriorityEventTypesUrgent() {
        OutboxHints hints = new OutboxHints();
        OutboxEventFactory factory = new OutboxEventFactory(tools.jackson.databind.json.JsonMapper.builder().build(),
                () -> null, hints, OutboxProperties.DEFAULT_PRIORITY_TYPES);
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        for (int i = 0; i < 300; i++) {
            factory.create(AssessmentEvents.CAMPAIGN_CLOSED, null, new CampaignClosedV1("camp-" + i, 1, now, "330327",
                    List.of("330327"), 1, 1, 1, 0, 0));
            hints.written("camp-" + i);
        }
        factory.create(AssessmentEvents.RISK_FLAGGED, "a-1", new RiskFlaggedV1("as-1", 1, now, "a-1", "HIGH",
                null, "PHQ9", "330327", List.of("330327"), List.of("item9"), null));
        hints.written("as-1");
        assertThat(ids(hints.snapshot(100)).get(0)).isEqualTo("as-1");
        assertThat(ids(hints.snapshot(100))).contains("camp-0", "camp-98").doesNotContain("camp-99");
    }

    private static List<String> ids(List<Map.Entry<String, Long>> entries) {
        return entries.stream().map(Map.Entry::getKey).toList();
    }
}
