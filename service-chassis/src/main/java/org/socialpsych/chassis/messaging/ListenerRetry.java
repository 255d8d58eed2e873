package org.socialpsych.chassis.messaging;

import java.time.Duration;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;

import reactor.util.retry.Retry;
import reactor.util.retry.RetryBackoffSpec;

/**
 * Retries for the Mono a Kafka listener returns. With asynchronous listener results, a Mono that
 * fails is not redelivered once later records of the partition have been acknowledged, so a
 * transient database outage would silently skip records (found by the bench's fault run). The
 * listener's own work is therefore retried with backoff for up to about five minutes on
 * data-access failures before the error handler sees it.
 */
public final class ListenerRetry {

    private ListenerRetry() {
    }

    public static RetryBackoffSpec transientFailures() {
        return Retry.backoff(70, Duration.ofMillis(200))
                .maxBackoff(Duration.ofSeconds(5))
                .filter(e -> e instanceof DataAccessException && !(e instanceof DuplicateKeyException));
    }
}
