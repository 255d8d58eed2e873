package org.socialpsych.assessment.area.application;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.socialpsych.chassis.messaging.VersionedUpsert;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.events.grid.AreaCreatedV1;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * assessment-service's copy of the area tree (code &rarr; path), kept from grid-service's
 * {@code grid.areas.v1} events; used to attach the area path to results for scope checks.
 * <p>
 * Every submission looks its area up, so a found area is kept in memory for {@link #CACHE_TTL}
 * (issue 17: one Mongo round trip fewer on the write path); an event applied here drops it at once,
 * and a replica that did not apply the event sees it within the TTL. Unknown codes are never kept,
 * so an area is usable as soon as its event has been applied.
 */
@Service
public class AreaDirectory {

    public static final String COLLECTION = "area_directory";

    public record AreaRef(String code, List<String> path) {
    }

    static final Duration CACHE_TTL = Duration.ofSeconds(30);
    static final int CACHE_MAX = 10_000;

    private record Cached(AreaRef area, long until) {
    }

    private final ReactiveMongoTemplate mongo;
    private final VersionedUpsert upsert;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public AreaDirectory(ReactiveMongoTemplate mongo, VersionedUpsert upsert) {
        this.mongo = mongo;
        this.upsert = upsert;
    }

    /** Applies an AreaCreated event; a redelivered or older event changes nothing. */
    public Mono<Boolean> apply(AreaCreatedV1 e) {
        Update update = new Update()
                .set("code", e.code())
                .set("name", e.name())
                .set("level", e.level())
                .set("parentCode", e.parentCode())
                .set("path", e.path());
        return upsert.apply(COLLECTION, e.code(), e.aggregateVersion(), update)
                .doOnTerminate(() -> cache.remove(e.code()));
    }

    public Mono<AreaRef> find(String code) {
        long now = System.nanoTime();
        Cached cached = code == null ? null : cache.get(code);
        if (cached != null && now - cached.until() < 0) {
            return Mono.just(cached.area());
        }
        return mongo.findById(code, Document.class, COLLECTION)
                .map(d -> {
                    List<String> path = d.getList("path", String.class);
                    // shared by every request while cached: never handed out mutable
                    return new AreaRef(d.getString("code"), path == null ? null
                            : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(path)));
                })
                .doOnNext(area -> {
                    if (cache.size() >= CACHE_MAX) {
                        cache.clear();
                    }
                    cache.put(code, new Cached(area, now + CACHE_TTL.toNanos()));
                });
    }

    /** The area, or a 422 problem naming the field. */
    public Mono<AreaRef> require(String code, String field) {
        return find(code).switchIfEmpty(Mono.error(ApiException.invalid("unknown-area", "Area " + code
                + " is not known", Map.of("errors", List.of(Map.of("field", field, "message", "no such area"))))));
    }
}
