package org.socialpsych.chassis.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.socialpsych.events.CloudEventHeaders;

/** A consumed record with its CloudEvents attributes read from the binary-mode headers. */
public record IncomingEvent(String id, String type, String source, Instant time, String subject, String topic,
        String key, String payload) {

    public static IncomingEvent of(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new InvalidEventException("Record on " + record.topic() + " lacks ce_id or ce_type");
        }
        String time = header(record, CloudEventHeaders.TIME);
        return new IncomingEvent(id, type, header(record, CloudEventHeaders.SOURCE),
                time == null ? null : Instant.parse(time), header(record, CloudEventHeaders.SUBJECT),
                record.topic(), record.key(), record.value());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
