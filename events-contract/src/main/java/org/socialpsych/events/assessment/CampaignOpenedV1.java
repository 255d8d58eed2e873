package org.socialpsych.events.assessment;

import java.time.Instant;
import java.util.List;

import org.socialpsych.events.EventPayload;

/**
 * A screening campaign (筛查批次) was opened for submissions. Topic {@code assessment.campaigns.v1},
 * key = campaign id.
 *
 * @param populationType target population: {@code SCHOOL_CLASSES}, {@code RESIDENTS_60_PLUS},
 *                       {@code PERINATAL_WOMEN}, {@code EMPLOYEES_OF_UNIT} or {@code KEY_POPULATION_TAG}
 * @param battery        instrument codes administered in the campaign
 * @param targetSize     planned number of people, or null when unknown
 */
public record CampaignOpenedV1(
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String name,
        String areaCode,
        List<String> areaPath,
        String populationType,
        List<String> battery,
        Instant opensAt,
        Instant closesAt,
        Long targetSize) implements EventPayload {
}
