package org.socialpsych.events.assessment;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/** A campaign was closed; carries its final counts. Topic {@code assessment.campaigns.v1}, key = campaign id. */
public record CampaignClosedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String areaCode,
        List<String> areaPath,
        long invited,
        long consented,
        long completed,
        long positive,
        long critical) implements EventPayload {
}
