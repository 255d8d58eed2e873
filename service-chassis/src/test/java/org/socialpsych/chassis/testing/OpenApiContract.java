package org.socialpsych.chassis.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.socialpsych.chassis.api.Labels;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document a service serves ({@code /v3/api-docs}) is its contract with the front-end
 * teams. It is compared with the committed {@code docs/openapi/<service>.json} (the file
 * {@code api-client/} lints with spectral and generates the TypeScript client from): a contract change
 * that is not also a reviewed change of that file fails the build; {@code -Dopenapi.write=true}
 * rewrites the file. Independent of the file: every operation has a camelCase operationId, a summary
 * and a description, and every enum value the document names has a zh-CN and an en label in
 * {@code GET /api/v1/labels}.
 */
public final class OpenApiContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CAMEL = Pattern.compile("[a-z][a-zA-Z0-9]+");

    private OpenApiContract() {
    }

    public static void check(String service, WebTestClient client) {
        byte[] body = client.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody().returnResult()
                .getResponseBody();
        String served = new String(body, StandardCharsets.UTF_8).strip() + "\n";
        JsonNode doc = JSON.readTree(served);
        Path file = Path.of("..", "docs", "openapi", service + ".json").toAbsolutePath().normalize();
        if (Boolean.getBoolean("openapi.write")) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, served, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        List<String> missing = new ArrayList<>();
        doc.get("paths").properties().forEach(p -> p.getValue().properties().forEach(m -> {
            JsonNode op = m.getValue();
            String name = m.getKey().toUpperCase() + " " + p.getKey();
            if (!op.has("operationId") || !CAMEL.matcher(op.get("operationId").asString()).matches()
                    || !op.has("summary") || !op.has("description")) {
                missing.add(name);
            }
        }));
        assertThat(missing).as("operations without an operationId, summary or description in the overlay "
                + "(src/main/resources/openapi/" + service + ".yml)").isEmpty();

        Labels labels = Labels.load();
        Set<String> unlabelled = new TreeSet<>();
        collectEnums(doc.get("components"), unlabelled, labels);
        collectEnums(doc.get("paths"), unlabelled, labels);
        assertThat(unlabelled).as("enum values without a label in labels/labels.yml").isEmpty();

        try {
            String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            assertThat(served).as("the served OpenAPI document differs from " + file
                    + "; review the change and regenerate with -Dopenapi.write=true").isEqualTo(committed);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collectEnums(JsonNode node, Set<String> unlabelled, Labels labels) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("enum") && e.getValue().isArray()) {
                    e.getValue().forEach(v -> {
                        String value = v.asString();
                        if (!value.startsWith("https://") && !labels.labelled(value)) {
                            unlabelled.add(value);
                        }
                    });
                } else {
                    collectEnums(e.getValue(), unlabelled, labels);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectEnums(n, unlabelled, labels));
        }
    }
}
