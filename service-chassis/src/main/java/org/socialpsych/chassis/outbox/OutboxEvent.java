package org.socialpsych.chassis.outbox;

import java.time.Instant;

/**
 * An event waiting in its aggregate's document to be published. It is written in the same
 * single-document update as the state change that caused it, so the two are atomic without
 * multi-document transactions; the {@link OutboxRelay} publishes it and then removes it.
 *
 * @param eventId          CloudEvents id, stable across retries (consumers de-duplicate on it)
 * @param type             wire type id, e.g. {@code org.socialpsych.grid.AreaCreated.v1}
 * @param topic            Kafka topic
 * @param key              record key (the aggregate id), keeps per-aggregate order
 * @param subject          CloudEvents subject (pseudonymous id), may be null
 * @param aggregateVersion version of the aggregate after the change
 * @param occurredAt       when the change happened
 * @param payload          JSON payload
 * @param traceparent      W3C trace context of the request that caused the change (may be null),
 *                         sent as the {@code traceparent} header so consumers continue that trace
 */
public record OutboxEvent(
        String eventId,
        String type,
        String topic,
        String key,
        String subject,
        long aggregateVersion,
        Instant occurredAt,
        String payload,
        String traceparent) {
}
