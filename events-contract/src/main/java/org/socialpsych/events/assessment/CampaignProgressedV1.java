package org.socialpsych.events.assessment;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A campaign's progress counts changed. Every event carries the full snapshot of the counts at
 * {@code aggregateVersion}, so a consumer keeps the newest and may drop older or missed ones.
 * Topic {@code assessment.campaigns.v1}, key = campaign id.
 *
 * @param completed submitted (scored) assessments in the campaign, one per instrument administered
 * @param positive  completed assessments with a positive screen
 * @param critical  completed assessments with a critical item
 */
public record CampaignProgressedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String areaCode,
        List<String> areaPath,
        String status,
        long invited,
        long consented,
        long completed,
        long positive,
        long critical) implements EventPayload {
}
