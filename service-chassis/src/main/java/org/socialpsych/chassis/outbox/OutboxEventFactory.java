package org.socialpsych.chassis.outbox;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.socialpsych.events.EventCatalog;
import org.socialpsych.events.EventPayload;

import tools.jackson.databind.json.JsonMapper;

/** Turns a payload record of the event contract into an {@link OutboxEvent}. */
public class OutboxEventFactory {

    private final JsonMapper jsonMapper;
    private final Supplier<String> traceparent;
    private final OutboxHints hints;
    private final Set<String> priorityTypes;

    public OutboxEventFactory(JsonMapper jsonMapper) {
        this(jsonMapper, () -> null, new OutboxHints());
    }

    public OutboxEventFactory(JsonMapper jsonMapper, Supplier<String> traceparent, OutboxHints hints) {
        this(jsonMapper, traceparent, hints, OutboxProperties.DEFAULT_PRIORITY_TYPES);
    }

    /**
     * @param traceparent the W3C {@code traceparent} of the current trace, or null outside one;
     *                    stored with the event so the trace survives the outbox's asynchronous hop
     * @param priorityTypes event types whose documents the relay publishes before all others
     */
    public OutboxEventFactory(JsonMapper jsonMapper, Supplier<String> traceparent, OutboxHints hints,
            Collection<String> priorityTypes) {
        this.jsonMapper = jsonMapper;
        this.traceparent = traceparent;
        this.hints = hints;
        this.priorityTypes = Set.copyOf(priorityTypes);
    }

    public OutboxEvent create(String type, String subject, EventPayload payload) {
        EventCatalog.Entry entry = EventCatalog.byType(type)
                .orElseThrow(() -> new IllegalArgumentException("Event type not in the catalogue: " + type));
        if (!entry.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException(type + " needs payload " + entry.payloadType().getSimpleName());
        }
        hints.add(payload.aggregateId(), priorityTypes.contains(type));
        return new OutboxEvent(UUID.randomUUID().toString(), type, entry.topic(), payload.aggregateId(), subject,
                payload.aggregateVersion(), payload.occurredAt(), jsonMapper.writeValueAsString(payload), traceparent.get());
    }
}
