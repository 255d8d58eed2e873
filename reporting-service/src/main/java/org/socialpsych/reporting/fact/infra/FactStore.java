package org.socialpsych.reporting.fact.infra;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.socialpsych.chassis.messaging.VersionedUpsert;
import org.socialpsych.reporting.fact.application.FactWrite;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The fact store (source of truth of every figure) and the dirty-cell queue. A fact is written with
 * a versioned upsert, so replays and repeats change nothing; its area and month are fixed on
 * insert. Every write marks the (area, month) cell dirty for the materialiser.
 */
@Component
public class FactStore {

    public static final String FACTS = "facts";
    public static final String DIRTY = "dirty_cells";
    /** {@code area|period|factKey}: unique, fixed on insert like area and period. */
    public static final String CELL_KEY = "cellKey";
    private final ReactiveMongoTemplate mongo;
    private final VersionedUpsert upsert;

    public FactStore(ReactiveMongoTemplate mongo, VersionedUpsert upsert) {
        this.mongo = mongo;
        this.upsert = upsert;
    }

    public Mono<Void> ensureIndexes() {
        // the cell's facts are found by an anchored prefix of the unique cellKey ("area|period|key"):
        // MongoDB serves that from the index like the (area, period) pair, and the embedded Mongo-wire
        // server, which uses no index but a unique single-field one, does not scan the collection
        return mongo.indexOps(FACTS).createIndex(new Index().on(CELL_KEY, Sort.Direction.ASC).unique().sparse()
                        .named(CELL_KEY))
                .then(mongo.indexOps(DIRTY).createIndex(new Index().on("depth", Sort.Direction.DESC).named("depth")))
                .then(backfillCellKeys())
                .then();
    }

    /** Facts stored before the cellKey existed get it (batch by batch) so the cell queries see them. */
    private Mono<Void> backfillCellKeys() {
        Query missing = new Query(Criteria.where(CELL_KEY).exists(false)).limit(1000);
        missing.fields().include("area").include("period");
        return mongo.find(missing, Document.class, FACTS)
                .concatMap(d -> mongo.updateFirst(new Query(Criteria.where("_id").is(d.get("_id"))),
                        new Update().set(CELL_KEY, cellId(d.getString("area"), d.getString("period")) + "|" + d.get("_id")),
                        FACTS))
                .count()
                .flatMap(n -> n == 1000 ? backfillCellKeys() : Mono.empty());
    }

    public Mono<Boolean> write(FactWrite f) {
        Update update = new Update()
                .setOnInsert("area", f.area())
                .setOnInsert("parent", f.parent())
                .setOnInsert("path", f.areaPath())
                .setOnInsert("period", f.period())
                .setOnInsert(CELL_KEY, cellId(f.area(), f.period()) + "|" + f.key());
        f.metrics().forEach((k, v) -> update.set("metrics." + k, v));
        return upsert.apply(FACTS, f.key(), f.version(), update)
                .flatMap(changed -> changed ? markDirty(f.areaPath(), f.period()).thenReturn(true)
                        : Mono.just(false));
    }

    /** Marks a cell for recomputation; the stamp lets the materialiser detect a newer mark. */
    public Mono<Void> markDirty(java.util.List<String> path, String period) {
        String area = path.get(path.size() - 1);
        return mongo.upsert(new Query(Criteria.where("_id").is(cellId(area, period))),
                        new Update().set("area", area).set("path", path).set("depth", path.size())
                                .set("period", period).set("stamp", Date.from(Instant.now())).inc("marks", 1),
                        DIRTY)
                .then();
    }

    public Flux<Document> factsOf(String area, String period) {
        Query q = new Query(Criteria.where(CELL_KEY).regex("^" + java.util.regex.Pattern.quote(cellId(area, period) + "|")));
        q.fields().include("metrics");
        return mongo.find(q, Document.class, FACTS);
    }

    public static String cellId(String area, String period) {
        return area + "|" + period;
    }
}
