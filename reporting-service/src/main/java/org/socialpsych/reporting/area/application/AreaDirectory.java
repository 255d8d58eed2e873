package org.socialpsych.reporting.area.application;

import java.util.List;

import org.bson.Document;
import org.socialpsych.chassis.messaging.VersionedUpsert;
import org.socialpsych.events.grid.AreaCreatedV1;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reporting's copy of the area tree (no person-level data), kept from grid-service's events. */
@Service
public class AreaDirectory {

    public static final String COLLECTION = "area_directory";

    public record AreaEntry(String code, String name, String level, String parentCode, List<String> path,
            Long population, Boolean urban, String validFrom, long aggregateVersion) {
    }

    private final ReactiveMongoTemplate mongo;
    private final VersionedUpsert upsert;

    public AreaDirectory(ReactiveMongoTemplate mongo, VersionedUpsert upsert) {
        this.mongo = mongo;
        this.upsert = upsert;
    }

    public Mono<Boolean> apply(AreaCreatedV1 e) {
        Update update = new Update()
                .set("code", e.code())
                .set("name", e.name())
                .set("level", e.level())
                .set("parentCode", e.parentCode())
                .set("path", e.path())
                .set("population", e.population())
                .set("urban", e.urban())
                .set("validFrom", e.validFrom() == null ? null : e.validFrom().toString());
        return upsert.apply(COLLECTION, e.code(), e.aggregateVersion(), update);
    }

    /** A later change of an area (rename, reparent, end): the current view; history is in {@link AreaTimeline}. */
    public Mono<Boolean> change(String code, long version, Update update) {
        return upsert.apply(COLLECTION, code, version, update);
    }

    public Mono<AreaEntry> get(String code) {
        return mongo.findById(code, Document.class, COLLECTION).map(AreaDirectory::entry);
    }

    public Flux<AreaEntry> subtree(String code) {
        return mongo.find(new Query(Criteria.where("path").is(code)).with(Sort.by("code")), Document.class, COLLECTION)
                .map(AreaDirectory::entry);
    }

    public Flux<AreaEntry> children(String code) {
        return mongo.find(new Query(Criteria.where("parentCode").is(code)).with(Sort.by("code")), Document.class,
                COLLECTION).map(AreaDirectory::entry);
    }

    /** The areas with the given codes. */
    public Flux<AreaEntry> byCodes(java.util.Collection<String> codes) {
        return mongo.find(new Query(Criteria.where("_id").in(codes)), Document.class, COLLECTION)
                .map(AreaDirectory::entry);
    }

    /** The children of any of the given areas. */
    public Flux<AreaEntry> childrenOf(java.util.Collection<String> parents) {
        return mongo.find(new Query(Criteria.where("parentCode").in(parents)), Document.class, COLLECTION)
                .map(AreaDirectory::entry);
    }

    public Mono<Long> count() {
        return mongo.count(new Query(), COLLECTION);
    }

    private static AreaEntry entry(Document d) {
        Number pop = (Number) d.get("population");
        Number version = (Number) d.get("aggregateVersion");
        return new AreaEntry(d.getString("code"), d.getString("name"), d.getString("level"), d.getString("parentCode"),
                d.getList("path", String.class), pop == null ? null : pop.longValue(), d.getBoolean("urban"),
                d.getString("validFrom"), version == null ? 0 : version.longValue());
    }
}
