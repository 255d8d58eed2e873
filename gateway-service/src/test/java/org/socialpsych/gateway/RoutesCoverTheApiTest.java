package org.socialpsych.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation a service documents (its committed OpenAPI document, docs/openapi/<service>.json,
 * which the service's OpenApiIT compares with what it serves) is reachable through the gateway: a
 * route to that service has a Path predicate matching it. Front-ends only ever talk to the gateway;
 * endpoints without a route (notification deliveries, responder units, crisis SLAs, targets, tag
 * categories, work calendars, anonymous subjects) had answered 404 there.
 */
class RoutesCoverTheApiTest {

    static final String ROUTES = "spring.cloud.gateway.server.webflux.routes";

    @ParameterizedTest
    @ValueSource(strings = {"grid-service", "psych-service", "assessment-service", "reporting-service"})
    void shouldRouteEveryDocumentedPathOfTheServiceToIt(String service) throws Exception {
        List<PathPattern> patterns = pathsRoutedTo(service);
        // the chassis serves the labels in every service; the gateway routes them to grid-service's
        List<PathPattern> labels = pathsRoutedTo("grid-service");
        assertThat(patterns).as("routes to " + service).isNotEmpty();
        JsonNode doc = JsonMapper.builder().build()
                .readTree(Files.readString(Path.of("..", "docs", "openapi", service + ".json")));
        List<String> unrouted = new ArrayList<>();
        for (String path : doc.get("paths").propertyNames()) {
            PathContainer sample = PathContainer.parsePath(path.replaceAll("\\{[^}/]+}", "x1"));
            boolean routed = patterns.stream().anyMatch(p -> p.matches(sample))
                    || path.equals("/api/v1/labels") && labels.stream().anyMatch(p -> p.matches(sample));
            if (!routed) {
                unrouted.add(path);
            }
        }
        assertThat(unrouted).as("paths of " + service + " that the gateway does not route").isEmpty();
    }

    static List<PathPattern> pathsRoutedTo(String service) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties p = yaml.getObject();
        List<PathPattern> out = new ArrayList<>();
        PathPatternParser parser = new PathPatternParser();
        for (int i = 0; p.containsKey(ROUTES + "[" + i + "].id"); i++) {
            if (!("lb://" + service).equals(p.getProperty(ROUTES + "[" + i + "].uri"))) {
                continue;
            }
            for (int j = 0; p.containsKey(ROUTES + "[" + i + "].predicates[" + j + "]"); j++) {
                String predicate = p.getProperty(ROUTES + "[" + i + "].predicates[" + j + "]");
                if (predicate.startsWith("Path=")) {
                    Arrays.stream(predicate.substring(5).split(",")).map(String::trim).map(parser::parse)
                            .forEach(out::add);
                }
            }
        }
        return out;
    }
}
