package org.socialpsych.events;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.socialpsych.events.assessment.AssessmentEvents;
import org.socialpsych.events.grid.GridEvents;
import org.socialpsych.events.psych.PsychEvents;

/**
 * Every published event type: its topic, the payload record that defines it and its JSON Schema on
 * the classpath ({@code events/schemas/<type>.schema.json}). Golden samples live under
 * {@code events/samples/<type>/*.json}. Each producing context lists its own types
 * ({@link GridEvents}, {@link PsychEvents}, {@link AssessmentEvents}).
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

    public static final List<Entry> ENTRIES = Stream.of(GridEvents.ENTRIES, PsychEvents.ENTRIES,
            AssessmentEvents.ENTRIES).flatMap(List::stream).toList();

    private EventCatalog() {
    }

    public static Optional<Entry> byType(String type) {
        return ENTRIES.stream().filter(e -> e.type().equals(type)).findFirst();
    }
}
