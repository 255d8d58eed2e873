package org.socialpsych.reporting.area.infra;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.socialpsych.chassis.messaging.ListenerRetry;
import org.socialpsych.chassis.messaging.IncomingEvent;
import org.socialpsych.chassis.messaging.InvalidEventException;
import org.socialpsych.events.grid.GridEvents;
import org.socialpsych.events.Topics;
import org.socialpsych.events.grid.AreaCreatedV1;
import org.socialpsych.reporting.area.application.AreaDirectory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes {@code grid.areas.v1} into reporting's local copy of the area tree. Idempotent: each
 * event is applied with a version check in one document update, so redelivery changes nothing.
 */
@Component
public class AreaEventsListener {

    public static final String GROUP = "reporting-service.areas";
    private final AreaDirectory directory;
    private final JsonMapper json;

    public AreaEventsListener(AreaDirectory directory, JsonMapper json) {
        this.directory = directory;
        this.json = json;
    }

    @KafkaListener(id = GROUP, groupId = GROUP, topics = Topics.GRID_AREAS)
    public Mono<Void> on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (!GridEvents.AREA_CREATED.equals(event.type())) {
            return Mono.empty(); // newer or unknown types on the topic: not ours to fail on
        }
        AreaCreatedV1 payload;
        try {
            payload = json.readValue(event.payload(), AreaCreatedV1.class);
        } catch (JacksonException e) {
            throw new InvalidEventException("Unreadable AreaCreated payload " + event.id(), e);
        }
        return directory.apply(payload).then().retryWhen(ListenerRetry.transientFailures());
    }
}
