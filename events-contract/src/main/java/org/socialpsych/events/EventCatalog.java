package org.socialpsych.events;

import java.util.List;
import java.util.Optional;

import org.socialpsych.events.grid.AreaCreatedV1;

/**
 * Every published event type: its topic, the payload record that defines it and its JSON Schema on
 * the classpath ({@code events/schemas/<type>.schema.json}). Golden samples live under
 * {@code events/samples/<type>/}.
 */
public final class EventCatalog {

    public record Entry(String type, String topic, Class<? extends EventPayload> payloadType, String owner) {
        public String schemaResource() {
            return "events/schemas/" + type + ".schema.json";
        }

        public String samplesFolder() {
            return "events/samples/" + type + "/";
        }
    }

    public static final List<Entry> ENTRIES = List.of(
            new Entry(EventTypes.AREA_CREATED, Topics.GRID_AREAS, AreaCreatedV1.class, "grid-service"));

    private EventCatalog() {
    }

    public static Optional<Entry> byType(String type) {
        return ENTRIES.stream().filter(e -> e.type().equals(type)).findFirst();
    }
}
