package org.socialpsych.psych.archive.infra;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.socialpsych.chassis.messaging.IncomingEvent;
import org.socialpsych.chassis.messaging.InvalidEventException;
import org.socialpsych.chassis.messaging.ListenerRetry;
import org.socialpsych.chassis.messaging.OrderedListener;
import org.socialpsych.events.Topics;
import org.socialpsych.events.assessment.AssessmentEvents;
import org.socialpsych.events.assessment.AssessmentPurgedV1;
import org.socialpsych.psych.archive.application.AssessmentResults;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes {@code AssessmentCompleted} from {@code assessment.assessments.v1} (group
 * {@code psych-service.archive}) into the archive's projection of results, and
 * {@code AssessmentPurged} into the removal of the copies (tombstone, audited); other types
 * skipped. Idempotent through the processed-event ledger (and the upsert by assessment id), and for
 * purges through the tombstone. Both share the topic's key (the assessment id), so a result's
 * purge is handled after its completion.
 */
@Component
public class AssessmentResultListener {

    public static final String GROUP = "psych-service.archive";
    private final AssessmentResults results;
    private final JsonMapper json;

    public AssessmentResultListener(AssessmentResults results, JsonMapper json) {
        this.results = results;
        this.json = json;
    }

    @KafkaListener(id = GROUP, groupId = GROUP, topics = Topics.ASSESSMENT_ASSESSMENTS)
    public void on(ConsumerRecord<String, String> record) {
        OrderedListener.await(handle(record));
    }

    Mono<Void> handle(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (AssessmentEvents.ASSESSMENT_PURGED.equals(event.type())) {
            return purged(event);
        }
        if (!AssessmentEvents.ASSESSMENT_COMPLETED.equals(event.type())) {
            return Mono.empty();
        }
        AssessmentCompletedMessage m;
        try {
            m = json.readValue(event.payload(), AssessmentCompletedMessage.class);
        } catch (JacksonException e) {
            throw new InvalidEventException("Unreadable AssessmentCompleted payload " + event.id(), e);
        }
        if (m.aggregateId() == null || m.aggregateId().isBlank()) {
            throw new InvalidEventException("AssessmentCompleted " + event.id() + " lacks aggregateId");
        }
        return results.apply(GROUP, event, m).then().retryWhen(ListenerRetry.transientFailures());
    }

    private Mono<Void> purged(IncomingEvent event) {
        AssessmentPurgedV1 m;
        try {
            m = json.readValue(event.payload(), AssessmentPurgedV1.class);
        } catch (JacksonException e) {
            throw new InvalidEventException("Unreadable AssessmentPurged payload " + event.id(), e);
        }
        if (m.aggregateId() == null || m.aggregateId().isBlank()) {
            throw new InvalidEventException("AssessmentPurged " + event.id() + " lacks aggregateId");
        }
        return results.purge(m).then().retryWhen(ListenerRetry.transientFailures());
    }
}
