package org.socialpsych.chassis.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The documentation data of one service's API, kept next to the code as YAML instead of annotations
 * on the controllers: the chassis' own part ({@code classpath:openapi/chassis-overlay.yml}, the
 * audit, retention and labels endpoints every service serves) merged with the service's
 * ({@code classpath:openapi/<service>.yml}, e.g. {@code openapi/grid-service.yml}). Sections:
 * <ul>
 * <li>{@code info}: title and description;</li>
 * <li>{@code tags}: name → zh/en/description and the springdoc default tag ({@code controller}) it replaces;</li>
 * <li>{@code operations}: {@code "METHOD /path"} → operationId ({@code id}), {@code zh}/{@code en}
 * summaries, {@code description}, {@code roles}, {@code tag}, the 2xx body ({@code schema}, a
 * component name, with {@code array: true} for a JSON array), extra {@code errors} (status codes),
 * {@code example}s and {@code paged} for cursor pages;</li>
 * <li>{@code schemas}: component schemas the service's untyped responses are documented with;</li>
 * <li>{@code problems}: the problem slugs the service answers with, besides the chassis' own.</li>
 * </ul>
 * {@code {service}} in a path stands for {@code spring.application.name}.
 */
public final class OpenApiOverlay {

    private final Map<String, Object> data;

    private OpenApiOverlay(Map<String, Object> data) {
        this.data = data;
    }

    public static OpenApiOverlay load(String service) {
        Map<String, Object> merged = new LinkedHashMap<>();
        // the service's own overlay by its name: a test classpath that also holds another service (reporting's
        // tests use grid-service's classes) must not merge that service's overlay into this one's document
        for (String location : List.of("classpath*:openapi/chassis-overlay.yml", "classpath*:openapi/" + service + ".yml")) {
            try {
                for (Resource r : new PathMatchingResourcePatternResolver().getResources(location)) {
                    try (InputStream in = r.getInputStream()) {
                        Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                        if (loaded instanceof Map<?, ?> m) {
                            merge(merged, cast(m));
                        }
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + location, e);
            }
        }
        Map<String, Object> ops = map(merged.get("operations"));
        Map<String, Object> resolved = new LinkedHashMap<>();
        ops.forEach((k, v) -> resolved.put(k.replace("{service}", service), v));
        merged.put("operations", resolved);
        return new OpenApiOverlay(merged);
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> into, Map<String, Object> from) {
        from.forEach((k, v) -> {
            Object existing = into.get(k);
            if (existing instanceof Map<?, ?> e && v instanceof Map<?, ?> n) {
                merge((Map<String, Object>) e, (Map<String, Object>) n);
            } else if (existing instanceof List<?> e && v instanceof List<?> n) {
                List<Object> both = new java.util.ArrayList<>(e);
                both.addAll(n);
                into.put(k, both);
            } else {
                into.put(k, v);
            }
        });
    }

    public Map<String, Object> info() {
        return map(data.get("info"));
    }

    public Map<String, Object> tags() {
        return map(data.get("tags"));
    }

    public Map<String, Object> operations() {
        return map(data.get("operations"));
    }

    public Map<String, Object> schemas() {
        return map(data.get("schemas"));
    }

    /** Schema renames: generated name → name in the contract. */
    public Map<String, Object> schemaNames() {
        return map(data.get("schemaNames"));
    }

    /** Classes (fully qualified, {@code $} for nested) whose schemas the overlay's own schemas refer to. */
    public List<String> classes() {
        Object p = data.get("classes");
        return p instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    public List<String> problems() {
        Object p = data.get("problems");
        return p instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
