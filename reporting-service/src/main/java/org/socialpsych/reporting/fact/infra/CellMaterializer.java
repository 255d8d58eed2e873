package org.socialpsych.reporting.fact.infra;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialpsych.reporting.fact.application.FactProjector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps {@code kpi_cells} (metric sums per area and month, for the area's whole subtree) exact and
 * precomputed. A dirty cell is recomputed from the facts attached to the area itself plus its
 * children's cells, deepest first, then its parent is marked dirty: every cell is a function of the
 * idempotent fact store, so replays and repeats reproduce the same figures, and a KPI query reads a
 * handful of cells instead of scanning facts.
 */
@Component
public class CellMaterializer implements SmartLifecycle {

    public static final String CELLS = "kpi_cells";
    private static final Logger log = LoggerFactory.getLogger(CellMaterializer.class);

    private final ReactiveMongoTemplate mongo;
    private final FactStore facts;
    private final Duration interval;
    private final int batch;
    private final AtomicLong dirty = new AtomicLong();
    private final Timer recomputeTimer;
    private volatile Disposable loop;

    public CellMaterializer(ReactiveMongoTemplate mongo, FactStore facts, MeterRegistry meters,
            @Value("${socialpsych.reporting.materialize-interval:500ms}") Duration interval,
            @Value("${socialpsych.reporting.materialize-batch:500}") int batch) {
        this.mongo = mongo;
        this.facts = facts;
        this.interval = interval;
        this.batch = batch;
        Gauge.builder("reporting.cells.dirty", dirty, AtomicLong::get)
                .description("KPI cells waiting to be recomputed (lag of the live figures)").register(meters);
        this.recomputeTimer = Timer.builder("reporting.cells.recompute").register(meters);
    }

    @Override
    public void start() {
        loop = facts.ensureIndexes().onErrorResume(e -> Mono.empty())
                .thenMany(Flux.interval(interval))
                .onBackpressureDrop()
                .concatMap(t -> pass().onErrorResume(e -> {
                    log.warn("KPI materialisation pass failed: {}", e.toString());
                    return Mono.empty();
                }), 1)
                .subscribe();
    }

    /** Recomputes dirty cells until none is left; emits the number recomputed. */
    public Mono<Long> pass() {
        Query q = new Query().with(Sort.by(Sort.Direction.DESC, "depth")).limit(batch);
        return mongo.find(q, Document.class, FactStore.DIRTY)
                .concatMap(this::recompute)
                .count()
                .flatMap(n -> mongo.count(new Query(), FactStore.DIRTY).doOnNext(dirty::set).thenReturn(n));
    }

    private Mono<Void> recompute(Document mark) {
        String area = mark.getString("area");
        String period = mark.getString("period");
        List<String> path = mark.getList("path", String.class);
        Object marks = mark.get("marks");
        Timer.Sample sample = Timer.start();
        Mono<TreeMap<String, Long>> own = facts.factsOf(area, period)
                .reduceWith(TreeMap<String, Long>::new, (acc, d) -> add(acc, (Document) d.get("metrics")));
        Mono<TreeMap<String, Long>> children = mongo.find(new Query(Criteria.where("parent").is(area)
                        .and("period").is(period)), Document.class, CELLS)
                .reduceWith(TreeMap<String, Long>::new, (acc, d) -> add(acc, (Document) d.get("metrics")));
        return Mono.zip(own, children).flatMap(t -> {
            Map<String, Long> sum = new TreeMap<>(t.getT2());
            t.getT1().forEach((k, v) -> sum.merge(k, v, Long::sum));
            if (FactProjector.STOCK.equals(period) && t.getT1().getOrDefault("areasVillage", 0L) > 0) {
                // coverage counts villages with at least one room, not rooms
                sum.put("villagesWithRoom", sum.getOrDefault("villageRoomsBuilt", 0L) > 0 ? 1L : 0L);
            }
            Document cell = new Document("_id", FactStore.cellId(area, period)).append("area", area)
                    .append("parent", path.size() > 1 ? path.get(path.size() - 2) : null).append("path", path)
                    .append("period", period).append("metrics", new Document(sum))
                    .append("updatedAt", Date.from(Instant.now()));
            Mono<Void> parentDirty = path.size() > 1 ? facts.markDirty(path.subList(0, path.size() - 1), period)
                    : Mono.empty();
            return mongo.save(cell, CELLS)
                    .then(parentDirty)
                    // keep the mark if a newer write re-marked the cell meanwhile
                    .then(mongo.remove(new Query(Criteria.where("_id").is(mark.get("_id")).and("marks").is(marks)),
                            FactStore.DIRTY))
                    .doOnSuccess(r -> sample.stop(recomputeTimer))
                    .then();
        });
    }

    private static TreeMap<String, Long> add(TreeMap<String, Long> acc, Document metrics) {
        if (metrics != null) {
            metrics.forEach((k, v) -> {
                if (v instanceof Number n) {
                    acc.merge(k, n.longValue(), Long::sum);
                }
            });
        }
        return acc;
    }

    @Override
    public void stop() {
        Disposable l = loop;
        if (l != null) {
            l.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        Disposable l = loop;
        return l != null && !l.isDisposed();
    }
}
