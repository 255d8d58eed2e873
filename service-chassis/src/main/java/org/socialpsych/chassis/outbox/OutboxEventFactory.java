package org.socialpsych.chassis.outbox;

import java.util.UUID;

import org.socialpsych.events.EventCatalog;
import org.socialpsych.events.EventPayload;

import tools.jackson.databind.json.JsonMapper;

/** Turns a payload record of the event contract into an {@link OutboxEvent}. */
public class OutboxEventFactory {

    private final JsonMapper jsonMapper;

    public OutboxEventFactory(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public OutboxEvent create(String type, String subject, EventPayload payload) {
        EventCatalog.Entry entry = EventCatalog.byType(type)
                .orElseThrow(() -> new IllegalArgumentException("Event type not in the catalogue: " + type));
        if (!entry.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException(type + " needs payload " + entry.payloadType().getSimpleName());
        }
        return new OutboxEvent(UUID.randomUUID().toString(), type, entry.topic(), payload.aggregateId(), subject,
                payload.aggregateVersion(), payload.occurredAt(), jsonMapper.writeValueAsString(payload));
    }
}
