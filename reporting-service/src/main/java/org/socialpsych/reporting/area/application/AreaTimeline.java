package org.socialpsych.reporting.area.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.socialpsych.reporting.area.domain.AreaMonths;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The area tree over time, from grid-service's area events: one version per area and month range
 * ({@code area_versions}: code, parentCode, level, name, {@code from} inclusive, {@code to} exclusive
 * or open, {@code mergedInto}). A fact of an area and month rolls up along the tree as it stood at
 * the end of that month; an area's months after its merger roll up to the area it merged into.
 */
@Service
public class AreaTimeline {

    public static final String COLLECTION = "area_versions";
    private static final int MAX_DEPTH = 12;

    /** One version of an area. */
    public record Version(String code, String parentCode, String level, String name, String from, String to,
            String mergedInto) {

        boolean covers(String month) {
            return from.compareTo(month) <= 0 && (to == null || to.compareTo(month) > 0);
        }
    }

    private final ReactiveMongoTemplate mongo;

    public AreaTimeline(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<Void> ensureIndexes() {
        return mongo.indexOps(COLLECTION).createIndex(new Index().on("code", Sort.Direction.ASC).named("code"))
                .then(mongo.indexOps(COLLECTION).createIndex(new Index().on("parentCode", Sort.Direction.ASC)
                        .named("parentCode")))
                .then();
    }

    public Flux<Version> versions(String code) {
        return mongo.find(new Query(Criteria.where("code").is(code)).with(Sort.by("from")), Document.class, COLLECTION)
                .map(AreaTimeline::version);
    }

    /** An area appears: its first version (a repeat changes nothing). */
    public Mono<Void> created(String code, String parentCode, String level, String name, String from) {
        return mongo.upsert(new Query(Criteria.where("_id").is(code + "|" + from)), new Update()
                .setOnInsert("code", code).setOnInsert("parentCode", parentCode).setOnInsert("level", level)
                .setOnInsert("name", name).setOnInsert("from", from), COLLECTION).then();
    }

    /**
     * From {@code month} on, the area has the given parent and/or name: the version in effect is cut at
     * the month and a new one starts there (a repeat changes nothing).
     */
    public Mono<Void> changed(String code, String month, String newParent, String newName) {
        return versions(code).collectList().flatMap(list -> {
            Version at = at(list, month);
            if (at == null) {
                return Mono.empty();
            }
            String parent = newParent != null ? newParent : at.parentCode();
            String name = newName != null ? newName : at.name();
            if (at.from().equals(month)) {
                return mongo.updateFirst(new Query(Criteria.where("_id").is(code + "|" + month)),
                        new Update().set("parentCode", parent).set("name", name), COLLECTION).then();
            }
            return mongo.updateFirst(new Query(Criteria.where("_id").is(code + "|" + at.from())),
                            new Update().set("to", month), COLLECTION)
                    .then(mongo.upsert(new Query(Criteria.where("_id").is(code + "|" + month)), new Update()
                            .set("code", code).set("parentCode", parent).set("level", at.level()).set("name", name)
                            .set("from", month).set("to", at.to()), COLLECTION))
                    .then();
        });
    }

    /** The area stops counting from {@code endMonth} (merged into {@code into}, or retired when null). */
    public Mono<Void> ended(String code, String endMonth, String into) {
        return versions(code).collectList().flatMap(list -> {
            List<Mono<?>> writes = new ArrayList<>();
            for (Version v : list) {
                if (v.from().compareTo(endMonth) >= 0) {
                    writes.add(mongo.remove(new Query(Criteria.where("_id").is(code + "|" + v.from())), COLLECTION));
                } else if (v.to() == null || v.to().compareTo(endMonth) > 0) {
                    writes.add(mongo.updateFirst(new Query(Criteria.where("_id").is(code + "|" + v.from())),
                            new Update().set("to", endMonth).set("mergedInto", into), COLLECTION));
                }
            }
            return Flux.concat(writes).then();
        });
    }

    static Version at(List<Version> list, String month) {
        for (Version v : list) {
            if (v.covers(month)) {
                return v;
            }
        }
        return null;
    }

    /**
     * Root … area as the tree stood at the end of the month. Before an area's first version its first
     * version is used; after its end, the chain of the area it merged into (else its last version);
     * an area reporting does not know keeps the producer's path.
     */
    public Mono<List<String>> chain(String area, String month, List<String> fallback) {
        return chain(area, month, 0).map(c -> c.isEmpty() ? List.copyOf(fallback) : c);
    }

    private Mono<List<String>> chain(String area, String month, int depth) {
        if (depth > MAX_DEPTH) {
            return Mono.error(new IllegalStateException("Area tree deeper than " + MAX_DEPTH + " at " + area));
        }
        return versions(area).collectList().flatMap(list -> {
            if (list.isEmpty()) {
                return Mono.just(List.<String>of());
            }
            Version v = at(list, month);
            if (v == null && month.compareTo(list.get(0).from()) < 0) {
                v = list.get(0);
            }
            if (v == null) {
                Version last = list.get(list.size() - 1);
                if (last.mergedInto() != null) {
                    return chain(last.mergedInto(), month, depth + 1).map(c -> append(c, area));
                }
                v = last;
            }
            if (v.parentCode() == null) {
                return Mono.just(List.of(area));
            }
            return chain(v.parentCode(), month, depth + 1)
                    .map(c -> c.isEmpty() ? List.<String>of() : append(c, area));
        });
    }

    private static List<String> append(List<String> chain, String area) {
        List<String> out = new ArrayList<>(chain);
        out.add(area);
        return out;
    }

    /** The children of any of the given areas as the tree stood at the end of the month: code → parent. */
    public Mono<Map<String, String>> childrenAt(Collection<String> parents, String month) {
        return mongo.find(new Query(Criteria.where("parentCode").in(parents).and("from").lte(month)), Document.class,
                        COLLECTION)
                .map(AreaTimeline::version)
                .filter(v -> v.covers(month))
                .collectMap(Version::code, Version::parentCode);
    }

    /** Every version (tests compare counts with grid-service for a date). */
    public Flux<Version> all() {
        return mongo.findAll(Document.class, COLLECTION).map(AreaTimeline::version);
    }

    static Version version(Document d) {
        return new Version(d.getString("code"), d.getString("parentCode"), d.getString("level"), d.getString("name"),
                d.getString("from"), d.getString("to"), d.getString("mergedInto"));
    }

    public static String month(java.time.LocalDate date) {
        return AreaMonths.from(date);
    }
}
