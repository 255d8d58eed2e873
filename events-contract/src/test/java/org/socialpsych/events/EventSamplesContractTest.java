package org.socialpsych.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialpsych.events.grid.GridEvents;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every golden sample validates against its type's JSON Schema, binds to the payload record and
 * round-trips to the same JSON. Samples are append-only: a change that breaks one breaks a
 * consumer somewhere.
 */
class EventSamplesContractTest {

    private static final JsonMapper JACKSON3 = JsonMapper.builder().build();
    private static final ObjectMapper JACKSON2 = new ObjectMapper();

    static Stream<String> samples() throws IOException {
        return index().stream();
    }

    /** Every sample on the classpath, as {@code <type>/<file>.json}. */
    static List<String> index() throws IOException {
        List<String> out = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:events/samples/*/*.json")) {
            String url = r.getURL().toString();
            String[] parts = url.split("/");
            out.add(parts[parts.length - 2] + "/" + parts[parts.length - 1]);
        }
        out.sort(null);
        return out;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void shouldValidateAndRoundTripEveryGoldenSample(String sample) throws Exception {
        String type = sample.substring(0, sample.indexOf('/'));
        EventCatalog.Entry entry = EventCatalog.byType(type)
                .orElseThrow(() -> new AssertionError("sample of an uncatalogued type: " + sample));
        String json = read("events/samples/" + sample);

        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(read(entry.schemaResource()));
        Set<ValidationMessage> errors = schema.validate(JACKSON2.readTree(json));
        assertThat(errors).as("schema errors of " + sample).isEmpty();

        EventPayload payload = JACKSON3.readValue(json, entry.payloadType());
        JsonNode original = JACKSON3.readTree(json);
        JsonNode again = JACKSON3.readTree(JACKSON3.writeValueAsString(payload));
        assertThat(again).isEqualTo(original);
        assertThat(payload.aggregateVersion()).isPositive();
    }

    @Test
    void shouldHaveASchemaAndAtLeastOneSampleForEveryCataloguedType() throws IOException {
        List<String> samples = index();
        for (EventCatalog.Entry entry : EventCatalog.ENTRIES) {
            assertThat(resource(entry.schemaResource())).as(entry.schemaResource()).isNotNull();
            assertThat(entry.payloadType().isRecord()).as(entry.type() + " payload is a record").isTrue();
            assertThat(samples).as("samples of " + entry.type()).anyMatch(s -> s.startsWith(entry.type() + "/"));
            assertThat(entry.topic()).matches("[a-z]+\\.[a-z-]+\\.v[0-9]+");
            assertThat(entry.type()).matches("org\\.socialpsych\\.[a-z]+\\.[A-Z][A-Za-z]+\\.v[0-9]+");
        }
    }

    @Test
    void shouldDocumentEveryCataloguedTypeInAsyncApi() throws IOException {
        String asyncapi = read("asyncapi.yaml");
        for (EventCatalog.Entry entry : EventCatalog.ENTRIES) {
            assertThat(asyncapi).as("asyncapi.yaml lists " + entry.type()
                    + " (run events-contract/generate-asyncapi.py)").contains("name: " + entry.type())
                    .contains("address: " + entry.topic());
        }
    }

    @Test
    void shouldRejectASampleThatBreaksTheSchema() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(read(EventCatalog.byType(GridEvents.AREA_CREATED).orElseThrow().schemaResource()));
        String broken = "{\"aggregateId\":\"a-1\",\"aggregateVersion\":0,\"occurredAt\":\"2026-01-01T00:00:00Z\","
                + "\"code\":\"x\",\"name\":\"n\",\"level\":\"PLANET\",\"path\":[\"x\"],\"validFrom\":\"2026-01-01\"}";
        assertThat(schema.validate(JACKSON2.readTree(broken))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldNameDeadLetterTopicsExplicitly() {
        assertThat(Topics.deadLetter(Topics.GRID_AREAS, "reporting-service.areas"))
                .isEqualTo("grid.areas.v1.reporting-service.areas.dlt");
    }

    private static InputStream resource(String path) {
        return EventSamplesContractTest.class.getClassLoader().getResourceAsStream(path);
    }

    private static String read(String path) throws IOException {
        try (InputStream in = resource(path)) {
            if (in == null) {
                throw new IOException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
