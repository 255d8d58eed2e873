package org.socialpsych.assessment.area.infra;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.socialpsych.chassis.messaging.ListenerRetry;
import org.socialpsych.chassis.messaging.OrderedListener;
import org.socialpsych.assessment.area.application.AreaDirectory;
import org.socialpsych.chassis.messaging.IncomingEvent;
import org.socialpsych.chassis.messaging.InvalidEventException;
import org.socialpsych.events.Topics;
import org.socialpsych.events.grid.AreaCreatedV1;
import org.socialpsych.events.grid.GridEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes {@code grid.areas.v1} (group {@code assessment-service.areas}) into the local area
 * directory. Idempotent: a version-checked single-document upsert per event.
 */
@Component
public class AreaEventsListener {

    public static final String GROUP = "assessment-service.areas";
    private final AreaDirectory directory;
    private final JsonMapper json;

    public AreaEventsListener(AreaDirectory directory, JsonMapper json) {
        this.directory = directory;
        this.json = json;
    }

    @KafkaListener(id = GROUP, groupId = GROUP, topics = Topics.GRID_AREAS)
    public void on(ConsumerRecord<String, String> record) {
        OrderedListener.await(handle(record));
    }

    Mono<Void> handle(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (!GridEvents.AREA_CREATED.equals(event.type())) {
            return Mono.empty();
        }
        AreaCreatedV1 payload;
        try {
            payload = json.readValue(event.payload(), AreaCreatedV1.class);
        } catch (JacksonException e) {
            throw new InvalidEventException("Unreadable AreaCreated payload " + event.id(), e);
        }
        if (payload.code() == null || payload.path() == null || payload.path().isEmpty()) {
            throw new InvalidEventException("AreaCreated " + event.id() + " lacks code or path");
        }
        return directory.apply(payload).then().retryWhen(ListenerRetry.transientFailures());
    }
}
