package org.socialpsych.psych.notification.infra;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.socialpsych.chassis.messaging.IncomingEvent;
import org.socialpsych.chassis.messaging.InvalidEventException;
import org.socialpsych.chassis.messaging.ListenerRetry;
import org.socialpsych.chassis.messaging.OrderedListener;
import org.socialpsych.events.Topics;
import org.socialpsych.events.psych.NotificationRequestedV1;
import org.socialpsych.events.psych.PsychEvents;
import org.socialpsych.psych.notification.application.NotificationDelivery;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers what psych-service publishes on {@code psych.notifications.v1} (group
 * {@code psych-service.notify}): each message once (keyed by its notification id), in order per case,
 * acknowledged after the delivery and its receipt are stored. Off with
 * {@code socialpsych.notifications.delivery-enabled: false} (a county consuming the topic itself).
 */
@Component
@ConditionalOnProperty(name = "socialpsych.notifications.delivery-enabled", havingValue = "true", matchIfMissing = true)
public class NotificationListener {

    public static final String GROUP = "psych-service.notify";
    private final NotificationDelivery delivery;
    private final JsonMapper json;

    public NotificationListener(NotificationDelivery delivery, JsonMapper json) {
        this.delivery = delivery;
        this.json = json;
    }

    @KafkaListener(id = GROUP, groupId = GROUP, topics = Topics.PSYCH_NOTIFICATIONS)
    public void on(ConsumerRecord<String, String> record) {
        OrderedListener.await(handle(record));
    }

    Mono<Void> handle(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (!PsychEvents.NOTIFICATION_REQUESTED.equals(event.type())) {
            return Mono.empty();
        }
        NotificationRequestedV1 m;
        try {
            m = json.readValue(event.payload(), NotificationRequestedV1.class);
        } catch (JacksonException e) {
            throw new InvalidEventException("Unreadable NotificationRequested payload " + event.id(), e);
        }
        if (m.notificationId() == null || m.notificationId().isBlank() || m.aggregateId() == null) {
            throw new InvalidEventException("NotificationRequested " + event.id() + " lacks its ids");
        }
        return delivery.deliver(m).retryWhen(ListenerRetry.transientFailures());
    }
}
