package org.socialpsych.events;

import java.time.Instant;

/**
 * What every event payload carries besides its own fields. Subjects are pseudonymous ids: payloads
 * never carry names, identity numbers or phone numbers.
 */
public interface EventPayload {
    String aggregateId();

    long aggregateVersion();

    Instant occurredAt();
}
