package org.socialpsych.reporting.area.infra;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.socialpsych.chassis.messaging.ListenerRetry;
import org.socialpsych.chassis.messaging.IncomingEvent;
import org.socialpsych.chassis.messaging.OrderedListener;
import org.socialpsych.chassis.messaging.InvalidEventException;
import org.socialpsych.events.grid.GridEvents;
import org.socialpsych.events.Topics;
import org.socialpsych.events.grid.AreaCreatedV1;
import org.socialpsych.events.grid.AreaMergedV1;
import org.socialpsych.events.grid.AreaRenamedV1;
import org.socialpsych.events.grid.AreaReparentedV1;
import org.socialpsych.events.grid.AreaRetiredV1;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;
import org.socialpsych.reporting.area.application.AreaDirectory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

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
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        Mono<Boolean> applied = switch (event.type()) {
            case GridEvents.AREA_CREATED -> directory.apply(read(event, AreaCreatedV1.class));
            case GridEvents.AREA_RENAMED -> {
                AreaRenamedV1 e = read(event, AreaRenamedV1.class);
                yield directory.change(e.code(), e.aggregateVersion(), new Update().set("name", e.name()));
            }
            case GridEvents.AREA_REPARENTED -> {
                AreaReparentedV1 e = read(event, AreaReparentedV1.class);
                yield directory.change(e.code(), e.aggregateVersion(),
                        new Update().set("parentCode", e.parentCode()).set("path", e.path()));
            }
            case GridEvents.AREA_MERGED -> {
                AreaMergedV1 e = read(event, AreaMergedV1.class);
                yield directory.change(e.code(), e.aggregateVersion(), new Update().set("validTo",
                        String.valueOf(e.validTo())).set("mergedInto", e.intoCode()));
            }
            case GridEvents.AREA_RETIRED -> {
                AreaRetiredV1 e = read(event, AreaRetiredV1.class);
                yield directory.change(e.code(), e.aggregateVersion(), new Update().set("validTo",
                        String.valueOf(e.validTo())).set("successorCodes", e.successorCodes()));
            }
            default -> null; // newer or unknown types on the topic: not ours to fail on
        };
        if (applied != null) {
            OrderedListener.await(applied.then().retryWhen(ListenerRetry.transientFailures()));
        }
    }

    private <T> T read(IncomingEvent event, Class<T> type) {
        try {
            return json.readValue(event.payload(), type);
        } catch (JacksonException e) {
            throw new InvalidEventException("Unreadable " + type.getSimpleName() + " payload " + event.id(), e);
        }
    }
}
