package org.socialpsych.person;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.socialpsych.chassis.messaging.IncomingEvent;
import org.socialpsych.chassis.messaging.InvalidEventException;
import org.socialpsych.chassis.messaging.ListenerRetry;
import org.socialpsych.chassis.messaging.OrderedListener;
import org.socialpsych.events.Topics;
import org.springframework.kafka.annotation.KafkaListener;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@link PersonIndex} from {@code grid.residents.v1} (group {@code <service>.person-index}):
 * every event that states where a person belongs — {@code gridCode}+{@code gridPath} (registration,
 * re-attribution after a merge, transfer) or {@code areaCode}+{@code areaPath} (an anonymous
 * screening subject) — sets the owning area, newest {@code aggregateVersion} wins. Other events on
 * the topic (tags, departures) leave ownership as it is. Records are handled in partition order.
 */
public class PersonIndexListener {

    private final PersonIndex index;
    private final JsonMapper json;

    public PersonIndexListener(PersonIndex index, JsonMapper json) {
        this.index = index;
        this.json = json;
    }

    @KafkaListener(id = "${spring.application.name}.person-index", groupId = "${spring.application.name}.person-index",
            topics = Topics.GRID_RESIDENTS)
    public void on(ConsumerRecord<String, String> record) {
        OrderedListener.await(apply(IncomingEvent.of(record)));
    }

    Mono<Boolean> apply(IncomingEvent event) {
        JsonNode m;
        try {
            m = json.readTree(event.payload());
        } catch (JacksonException e) {
            throw new InvalidEventException("Unreadable payload on " + event.topic() + " " + event.id(), e);
        }
        String personId = text(m, "aggregateId");
        String code = text(m, "gridCode") != null ? text(m, "gridCode") : text(m, "areaCode");
        List<String> path = strings(m.get(text(m, "gridCode") != null ? "gridPath" : "areaPath"));
        if (personId == null || code == null || path.isEmpty() || !PersonIds.isPlatformIssued(personId)) {
            return Mono.just(false);
        }
        JsonNode v = m.get("aggregateVersion");
        if (v == null || !v.isNumber()) {
            throw new InvalidEventException("Event " + event.id() + " on " + event.topic() + " lacks aggregateVersion");
        }
        return index.record(personId, code, path, v.asLong()).retryWhen(ListenerRetry.transientFailures());
    }

    private static String text(JsonNode node, String field) {
        JsonNode n = node.get(field);
        return n == null || !n.isString() || n.asString().isBlank() ? null : n.asString();
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> out.add(n.asString()));
        }
        return out;
    }
}
