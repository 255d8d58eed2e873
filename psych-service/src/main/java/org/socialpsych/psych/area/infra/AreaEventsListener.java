package org.socialpsych.psych.area.infra;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.socialpsych.chassis.messaging.ListenerRetry;
import org.socialpsych.chassis.messaging.OrderedListener;
import org.socialpsych.chassis.messaging.IncomingEvent;
import org.socialpsych.chassis.messaging.InvalidEventException;
import org.socialpsych.events.Topics;
import org.socialpsych.events.grid.AreaCreatedV1;
import org.socialpsych.events.grid.GridEvents;
import org.socialpsych.psych.area.application.AreaTree;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Consumes {@code grid.areas.v1} into the local area tree; idempotent by aggregate version. */
@Component
public class AreaEventsListener {

    public static final String GROUP = "psych-service.areas";
    private final AreaTree tree;
    private final JsonMapper json;

    public AreaEventsListener(AreaTree tree, JsonMapper json) {
        this.tree = tree;
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
        return tree.apply(payload).then().retryWhen(ListenerRetry.transientFailures());
    }
}
