package org.socialpsych.assessment.campaign.infra;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.socialpsych.assessment.campaign.application.CampaignService;
import org.socialpsych.chassis.messaging.IncomingEvent;
import org.socialpsych.chassis.messaging.InvalidEventException;
import org.socialpsych.chassis.messaging.ListenerRetry;
import org.socialpsych.chassis.messaging.OrderedListener;
import org.socialpsych.events.Topics;
import org.socialpsych.events.assessment.AssessmentCompletedV1;
import org.socialpsych.events.assessment.AssessmentEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Campaign progress from the service's own {@code AssessmentCompleted} events (group
 * {@code assessment-service.campaign-progress}), in partition order; the record's offset is stored
 * with the counts, so a redelivery counts nothing twice.
 */
@Component
public class CampaignProgressListener {

    public static final String GROUP = "assessment-service.campaign-progress";
    private final CampaignService campaigns;
    private final JsonMapper json;

    public CampaignProgressListener(CampaignService campaigns, JsonMapper json) {
        this.campaigns = campaigns;
        this.json = json;
    }

    @KafkaListener(id = GROUP, groupId = GROUP, topics = Topics.ASSESSMENT_ASSESSMENTS)
    public void on(ConsumerRecord<String, String> record) {
        OrderedListener.await(handle(record));
    }

    Mono<Void> handle(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (!AssessmentEvents.ASSESSMENT_COMPLETED.equals(event.type())) {
            return Mono.empty();
        }
        AssessmentCompletedV1 m;
        try {
            m = json.readValue(event.payload(), AssessmentCompletedV1.class);
        } catch (JacksonException e) {
            throw new InvalidEventException("Unreadable AssessmentCompleted payload " + event.id(), e);
        }
        if (m.campaignId() == null) {
            return Mono.empty();
        }
        return campaigns.countCompletion(m.campaignId(), m.positiveScreen(), m.critical(), record.partition(),
                record.offset()).then().retryWhen(ListenerRetry.transientFailures());
    }
}
