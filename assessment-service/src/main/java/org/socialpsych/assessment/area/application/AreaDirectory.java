package org.socialpsych.assessment.area.application;

import java.util.List;
import java.util.Map;

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
 */
@Service
public class AreaDirectory {

    public static final String COLLECTION = "area_directory";

    public record AreaRef(String code, List<String> path) {
    }

    private final ReactiveMongoTemplate mongo;
    private final VersionedUpsert upsert;

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
        return upsert.apply(COLLECTION, e.code(), e.aggregateVersion(), update);
    }

    public Mono<AreaRef> find(String code) {
        return mongo.findById(code, Document.class, COLLECTION)
                .map(d -> new AreaRef(d.getString("code"), d.getList("path", String.class)));
    }

    /** The area, or a 422 problem naming the field. */
    public Mono<AreaRef> require(String code, String field) {
        return find(code).switchIfEmpty(Mono.error(ApiException.invalid("unknown-area", "Area " + code
                + " is not known", Map.of("errors", List.of(Map.of("field", field, "message", "no such area"))))));
    }
}
