package org.socialpsych.chassis.messaging;

import java.time.Duration;

import reactor.core.publisher.Mono;

/**
 * Runs a listener's reactive work to completion on the Kafka consumer thread, so the records of
 * one partition are handled one after another and each offset is committed only after its effect
 * is stored (ADR 0009). The consumer thread is a dedicated listener thread, never a Netty event
 * loop, so waiting here blocks nothing reactive. A failure is rethrown to the container's error
 * handler (blocking retries with backoff, then the dead-letter topic), which keeps per-key order.
 */
public final class OrderedListener {

    /** Below the consumer's {@code max.poll.interval.ms} (chassis default 10 minutes). */
    static final Duration MAX_WAIT = Duration.ofMinutes(6);

    private OrderedListener() {
    }

    public static void await(Mono<?> work) {
        work.then().block(MAX_WAIT);
    }
}
