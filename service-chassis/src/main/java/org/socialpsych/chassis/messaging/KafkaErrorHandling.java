package org.socialpsych.chassis.messaging;

import org.apache.kafka.common.TopicPartition;
import org.socialpsych.events.Topics;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.util.backoff.ExponentialBackOff;

import tools.jackson.core.JacksonException;

/**
 * Blocking retries with exponential backoff (keeps per-key order), then an explicit dead-letter
 * topic {@code <topic>.<group>.dlt}. Malformed records go to the DLT at once.
 */
public final class KafkaErrorHandling {

    private KafkaErrorHandling() {
    }

    public static DefaultErrorHandler errorHandler(KafkaTemplate<String, String> template, long initialIntervalMs,
            long maxElapsedMs) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template, (record, ex) -> {
            String group = KafkaUtils.getConsumerGroupId();
            return new TopicPartition(Topics.deadLetter(record.topic(), group == null ? "unknown" : group), -1);
        });
        ExponentialBackOff backOff = new ExponentialBackOff(initialIntervalMs, 2.0);
        backOff.setMaxInterval(Math.max(initialIntervalMs, maxElapsedMs / 4));
        backOff.setMaxElapsedTime(maxElapsedMs);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(InvalidEventException.class, JacksonException.class,
                IllegalArgumentException.class);
        return handler;
    }
}
