package org.socialpsych.reporting.kpi.infra;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.socialpsych.reporting.kpi.domain.IndicatorDefinition;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Indicator definitions as data: the shipped set ({@code indicators/core.json}) overlaid by
 * operator revisions stored in Mongo ({@code indicators} collection), validated before use.
 */
@Component
public class IndicatorRegistry implements SmartLifecycle {

    public static final String COLLECTION = "indicators";
    private final JsonMapper json;
    private final ReactiveMongoTemplate mongo;
    private final Map<String, IndicatorDefinition> byCode = new ConcurrentHashMap<>();
    private volatile boolean running;

    public IndicatorRegistry(JsonMapper json, ReactiveMongoTemplate mongo) throws IOException {
        this.json = json;
        this.mongo = mongo;
        try (InputStream in = new ClassPathResource("indicators/core.json").getInputStream()) {
            List<IndicatorDefinition> shipped = json.readValue(in, new TypeReference<List<IndicatorDefinition>>() { });
            for (IndicatorDefinition d : shipped) {
                validate(d);
                byCode.put(d.code(), d);
            }
        }
    }

    public static void validate(IndicatorDefinition d) {
        List<String> problems = new ArrayList<>();
        if (d.code() == null || !d.code().matches("[A-Z0-9_]{2,64}")) {
            problems.add("code must be 2-64 of A-Z, 0-9, _");
        }
        if (d.numerator() == null || d.numerator().isBlank()) {
            problems.add("numerator is required");
        }
        if (d.scale() <= 0) {
            problems.add("scale must be positive");
        }
        if (d.direction() == null) {
            problems.add("direction is required");
        }
        if (d.nameZh() == null || d.nameEn() == null) {
            problems.add("nameZh and nameEn are required");
        }
        if (!safeKeys(d.notes())) {
            problems.add("notes keys must not start with $ or contain . or NUL");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Indicator " + d.code() + ": " + String.join("; ", problems));
        }
    }

    /** Free-form notes are stored as a document: no key may read as a Mongo operator or a dotted path. */
    private static boolean safeKeys(Object value) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (key.isEmpty() || key.startsWith("$") || key.contains(".") || key.indexOf('\0') >= 0
                        || !safeKeys(e.getValue())) {
                    return false;
                }
            }
        } else if (value instanceof Collection<?> list) {
            for (Object o : list) {
                if (!safeKeys(o)) {
                    return false;
                }
            }
        }
        return true;
    }

    public Collection<IndicatorDefinition> all() {
        Map<String, IndicatorDefinition> sorted = new LinkedHashMap<>();
        byCode.keySet().stream().sorted().forEach(k -> sorted.put(k, byCode.get(k)));
        return sorted.values();
    }

    public IndicatorDefinition get(String code) {
        return byCode.get(code);
    }

    /**
     * Stores an operator revision and bumps the revision counter ({@code indicator_revisions}), so
     * every replica reloads the revisions on its next read ({@link #current()}).
     */
    public Mono<IndicatorDefinition> put(IndicatorDefinition d) {
        validate(d);
        Document doc = Document.parse(json.writeValueAsString(d));
        doc.put("_id", d.code());
        return mongo.save(doc, COLLECTION)
                .then(mongo.upsert(new Query(Criteria.where("_id").is(REVISION)), new Update().inc("n", 1L),
                        REVISIONS))
                .doOnSuccess(x -> byCode.put(d.code(), d)).thenReturn(d);
    }

    /** Revision counter collection: one document whose {@code n} grows with every stored revision. */
    public static final String REVISIONS = "indicator_revisions";
    private static final String REVISION = "indicators";
    private final java.util.concurrent.atomic.AtomicLong loaded = new java.util.concurrent.atomic.AtomicLong(-1);

    /**
     * Makes the definitions current: one small read of the revision counter; when another replica
     * (or this one) stored a revision since the last load, the stored revisions are loaded again
     * over the shipped set. Called before every use of the definitions.
     */
    public Mono<Void> current() {
        return mongo.findById(REVISION, Document.class, REVISIONS)
                .map(d -> ((Number) d.get("n")).longValue()).defaultIfEmpty(0L)
                .flatMap(n -> n == loaded.get() ? Mono.empty() : reload().doOnSuccess(x -> loaded.set(n)))
                .then();
    }

    private Mono<Void> reload() {
        return mongo.findAll(Document.class, COLLECTION)
                .map(doc -> {
                    doc.remove("_id");
                    return json.readValue(doc.toJson(), IndicatorDefinition.class);
                })
                .doOnNext(d -> byCode.put(d.code(), d))
                .then();
    }

    @Override
    public void start() {
        running = true;
        current().onErrorResume(e -> Mono.empty()).subscribe();
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
