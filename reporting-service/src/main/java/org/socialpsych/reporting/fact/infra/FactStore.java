package org.socialpsych.reporting.fact.infra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.bson.Document;
import org.socialpsych.reporting.area.application.AreaTimeline;
import org.socialpsych.reporting.fact.application.FactProjector;
import org.socialpsych.reporting.fact.application.FactWrite;
import org.socialpsych.reporting.fact.application.FactWrite.Kind;
import org.socialpsych.reporting.fact.application.FactWrite.Role;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
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
 * The fact store and the incremental KPI cells.
 *
 * <p>A fact is a snapshot keyed by its key; writing a newer version stores the difference to the
 * previous snapshot as a <em>pending delta</em> in the same document (one atomic write), then applies
 * it to the cells of the fact's area and every ancestor (the tree as it was in the fact's month), then
 * clears it. Each cell increment is conditional on the delta's token not being among the cell's
 * recent tokens, so a redelivered event, a crash between the steps or a second replica applies every
 * delta exactly once; cells are only ever changed by atomic increments, never replaced, so a slower
 * replica cannot overwrite a newer cell, and no event reads the facts of a cell.
 *
 * <p>Cells: {@code kpi_cells} {@code _id = area|month}, {@code flow.<metric>} (counts of the month)
 * and {@code stock.<metric>} (registry changes in the month: the stock as of a month is the sum of
 * the changes up to it).
 */
@Component
public class FactStore implements SmartLifecycle {

    public static final String FACTS = "facts";
    public static final String CELLS = "kpi_cells";
    public static final String ANCHORS = "fact_anchors";
    public static final String MOVES = "area_moves";
    /** Tokens of deltas each cell remembers: enough for any redelivery of the records in flight. */
    static final int RECENT = 256;
    private static final int ATTEMPTS = 5;

    private final ReactiveMongoTemplate mongo;
    private final AreaTimeline timeline;

    public FactStore(ReactiveMongoTemplate mongo, AreaTimeline timeline) {
        this.mongo = mongo;
        this.timeline = timeline;
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
        ensureIndexes().then(timeline.ensureIndexes()).onErrorResume(e -> Mono.empty()).subscribe();
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    public Mono<Void> ensureIndexes() {
        return mongo.indexOps(CELLS).createIndex(new Index().on("area", Sort.Direction.ASC)
                        .on("month", Sort.Direction.ASC).named("area_month"))
                .then(mongo.indexOps(FACTS).createIndex(new Index().on("anchor", Sort.Direction.ASC)
                        .sparse().named("anchor")))
                .then();
    }

    /** Stores a fact and applies its change to the cells; emits whether anything changed. */
    public Mono<Boolean> write(FactWrite f) {
        if (f.role() == Role.FOLLOW) {
            return mongo.findById(f.anchor(), Document.class, ANCHORS)
                    .flatMap(a -> store(f.at(a.getString("area"), a.getList("path", String.class),
                            a.getString("month"), alsoCount(a)), false, 0))
                    .switchIfEmpty(Mono.defer(() -> store(f, true, 0)));
        }
        Mono<Boolean> stored = store(f, false, 0);
        return f.role() == Role.OPEN ? stored.flatMap(changed -> open(f).thenReturn(changed)) : stored;
    }

    /** Sets an anchor and places the facts that waited for it. */
    private Mono<Void> open(FactWrite f) {
        return mongo.upsert(new Query(Criteria.where("_id").is(f.anchor())), new Update().set("area", f.area())
                        .set("path", f.path()).set("month", f.month())
                        .set("alsoCount", new Document(new TreeMap<String, Object>(f.alsoCount()))), ANCHORS)
                .thenMany(mongo.find(new Query(Criteria.where("anchor").is(f.anchor()).and("parked").is(true)),
                        Document.class, FACTS))
                .concatMap(parked -> store(fromDocument(parked).at(f.area(), f.path(), f.month(), f.alsoCount()),
                        false, 0))
                .then();
    }

    private static Map<String, String> alsoCount(Document anchor) {
        Map<String, String> out = new TreeMap<>();
        Object also = anchor.get("alsoCount");
        if (also instanceof Document d) {
            d.forEach((k, v) -> out.put(k, String.valueOf(v)));
        }
        return out;
    }

    /**
     * @param parked store without applying (a FOLLOW fact whose anchor is not there yet)
     */
    private Mono<Boolean> store(FactWrite f, boolean parked, int attempt) {
        return mongo.findById(f.key(), Document.class, FACTS).map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(existing -> {
                    Document old = existing.orElse(null);
                    Mono<Void> finish = old != null && old.get("pending") != null ? applyPending(old) : Mono.empty();
                    boolean oldApplied = old != null && !Boolean.TRUE.equals(old.getBoolean("parked"));
                    long oldVersion = old == null ? Long.MIN_VALUE : ((Number) old.get("version")).longValue();
                    boolean newer = old == null || f.version() > oldVersion
                            || (!oldApplied && !parked && f.version() >= oldVersion);
                    if (!newer) {
                        return finish.thenReturn(false);
                    }
                    List<Document> entries = parked ? List.of() : entries(oldApplied ? old : null, f);
                    Document pending = entries.isEmpty() ? null
                            : new Document("token", f.key() + "@" + f.version() + (oldApplied ? "" : "+"))
                                    .append("entries", entries);
                    Update u = new Update().set("version", f.version()).set("area", f.area()).set("path", f.path())
                            .set("month", f.month()).set("kind", f.kind().name())
                            .set("metrics", new Document(new TreeMap<>(f.metrics()))).set("parked", parked)
                            .set("pending", pending);
                    if (f.anchor() != null) {
                        u.set("anchor", f.anchor());
                    }
                    Query q = new Query(Criteria.where("_id").is(f.key()));
                    if (old != null) {
                        q.addCriteria(Criteria.where("version").is(old.get("version")).and("parked")
                                .is(old.getBoolean("parked", false)));
                    }
                    // a first write is an insert: two replicas writing the same new fact (two visits of one
                    // due item on different partitions) cannot both apply it — the second reads again
                    Mono<Boolean> written = (old == null ? mongo.insert(first(f, parked, pending), FACTS).thenReturn(true)
                            : mongo.updateFirst(q, u, FACTS).map(r -> r.getModifiedCount() == 1))
                            .onErrorResume(DuplicateKeyException.class, e -> Mono.just(false));
                    return finish.then(written).flatMap(ok -> {
                        if (!ok) {
                            // another writer of the same fact was first: read again
                            return attempt + 1 < ATTEMPTS ? store(f, parked, attempt + 1)
                                    : Mono.error(new IllegalStateException("Fact " + f.key() + " kept changing"));
                        }
                        return pending == null ? Mono.just(!parked)
                                : applyPending(new Document("_id", f.key()).append("pending", pending)).thenReturn(true);
                    });
                });
    }

    private static Document first(FactWrite f, boolean parked, Document pending) {
        Document d = new Document("_id", f.key()).append("version", f.version()).append("area", f.area())
                .append("path", f.path()).append("month", f.month()).append("kind", f.kind().name())
                .append("metrics", new Document(new TreeMap<>(f.metrics()))).append("parked", parked)
                .append("pending", pending);
        if (f.anchor() != null) {
            d.append("anchor", f.anchor());
        }
        return d;
    }

    /** The difference of the new snapshot to the applied one, per (area, month, kind). */
    static List<Document> entries(Document old, FactWrite f) {
        Map<String, Document> byCell = new LinkedHashMap<>();
        if (old != null) {
            Document m = (Document) old.get("metrics");
            Map<String, Long> negative = new TreeMap<>();
            m.forEach((k, v) -> negative.put(k, -((Number) v).longValue()));
            add(byCell, old.getString("area"), old.getList("path", String.class), old.getString("month"),
                    old.getString("kind"), negative);
        }
        add(byCell, f.area(), f.path(), f.month(), f.kind().name(), f.metrics());
        List<Document> out = new ArrayList<>();
        for (Document e : byCell.values()) {
            Document delta = (Document) e.get("delta");
            delta.entrySet().removeIf(x -> ((Number) x.getValue()).longValue() == 0);
            if (!delta.isEmpty()) {
                out.add(e);
            }
        }
        return out;
    }

    private static void add(Map<String, Document> byCell, String area, List<String> path, String month, String kind,
            Map<String, Long> metrics) {
        Document e = byCell.computeIfAbsent(area + "|" + month + "|" + kind, k -> new Document("area", area)
                .append("path", path).append("month", month).append("kind", kind).append("delta", new Document()));
        Document delta = (Document) e.get("delta");
        metrics.forEach((k, v) -> delta.put(k, ((Number) delta.getOrDefault(k, 0L)).longValue() + v));
    }

    /** Applies a fact's pending delta to every cell it touches (idempotent per cell), then clears it. */
    private Mono<Void> applyPending(Document fact) {
        Document pending = (Document) fact.get("pending");
        String token = pending.getString("token");
        return Flux.fromIterable(pending.getList("entries", Document.class))
                .concatMap(e -> {
                    String month = e.getString("month");
                    Document delta = (Document) e.get("delta");
                    String prefix = Kind.STOCK.name().equals(e.getString("kind")) ? "stock." : "flow.";
                    return timeline.chain(e.getString("area"), month, e.getList("path", String.class))
                            .flatMapMany(Flux::fromIterable)
                            .concatMap(area -> inc(area, month, prefix, delta, token))
                            .then(delta.containsKey(FactProjector.VILLAGE_ROOMS)
                                    ? deriveVillageCoverage(e.getString("area"), e.getList("path", String.class))
                                    : Mono.empty());
                })
                .then(mongo.updateFirst(new Query(Criteria.where("_id").is(fact.get("_id")).and("pending.token")
                        .is(token)), new Update().unset("pending"), FACTS))
                .then();
    }

    private Mono<Void> inc(String area, String month, String prefix, Document delta, String token) {
        if (delta.isEmpty()) {
            return Mono.empty();
        }
        Update u = new Update().setOnInsert("area", area).setOnInsert("month", month).inc("version", 1);
        delta.forEach((k, v) -> u.inc(prefix + k, (Number) v));
        u.push("recent").slice(-RECENT).each(token);
        return mongo.upsert(new Query(Criteria.where("_id").is(cellId(area, month)).and("recent").ne(token)), u, CELLS)
                .then()
                // the cell exists and holds the token: applied before
                .onErrorResume(DuplicateKeyException.class, e -> Mono.empty());
    }

    /**
     * Coverage counts villages with at least one room built, not rooms: from the village's own cells
     * (its rooms built as of each month) the months where it becomes covered or uncovered are derived
     * as facts {@code village-covered:<village>:<month>} with {@code villagesWithRoom} ±1.
     */
    private Mono<Void> deriveVillageCoverage(String village, List<String> path) {
        Query cells = new Query(Criteria.where("area").is(village)).with(Sort.by("month"));
        cells.fields().include("month").include("stock." + FactProjector.VILLAGE_ROOMS);
        String prefix = "village-covered:" + village + ":";
        Mono<Map<String, Long>> target = mongo.find(cells, Document.class, CELLS).collectList().map(list -> {
            Map<String, Long> flips = new TreeMap<>();
            long cumulative = 0;
            boolean covered = false;
            for (Document c : list) {
                Document stock = (Document) c.get("stock");
                Object v = stock == null ? null : stock.get(FactProjector.VILLAGE_ROOMS);
                cumulative += v instanceof Number n ? n.longValue() : 0;
                if ((cumulative > 0) != covered) {
                    covered = cumulative > 0;
                    flips.put(c.getString("month"), covered ? 1L : -1L);
                }
            }
            return flips;
        });
        Mono<Map<String, Document>> current = mongo.find(new Query(Criteria.where("_id")
                        .regex("^" + Pattern.quote(prefix))), Document.class, FACTS)
                .collectMap(d -> d.getString("month"), d -> d);
        return Mono.zip(target, current).flatMapMany(t -> {
            List<FactWrite> writes = new ArrayList<>();
            java.util.Set<String> months = new java.util.TreeSet<>(t.getT1().keySet());
            months.addAll(t.getT2().keySet());
            for (String month : months) {
                long want = t.getT1().getOrDefault(month, 0L);
                Document have = t.getT2().get(month);
                long is = have == null ? 0 : ((Number) ((Document) have.get("metrics"))
                        .getOrDefault("villagesWithRoom", 0L)).longValue();
                if (want != is) {
                    long version = have == null ? 1 : ((Number) have.get("version")).longValue() + 1;
                    writes.add(FactWrite.stock(prefix + month, version, path, month, Map.of("villagesWithRoom", want)));
                }
            }
            return Flux.fromIterable(writes);
        }).concatMap(w -> store(w, false, 0)).then();
    }

    /**
     * Moves an area's figures (its own cells hold its whole subtree) from its old ancestors to its new
     * ones from {@code fromMonth} on: the stock built up before that month and every month's flow and
     * stock changes since. The move is recorded first ({@code area_moves}), so a redelivery repeats it
     * with the same ancestors; each cell increment is idempotent by the move's token.
     */
    public Mono<Void> move(String token, String area, String fromMonth, List<String> oldAncestors,
            List<String> newAncestors) {
        return mongo.upsert(new Query(Criteria.where("_id").is(token)), new Update().setOnInsert("area", area)
                        .setOnInsert("from", fromMonth).setOnInsert("old", oldAncestors).setOnInsert("new", newAncestors),
                        MOVES)
                .then(mongo.findById(token, Document.class, MOVES))
                .flatMap(m -> {
                    List<String> old = m.getList("old", String.class);
                    List<String> now = m.getList("new", String.class);
                    List<String> removed = old.stream().filter(a -> !now.contains(a)).toList();
                    List<String> added = now.stream().filter(a -> !old.contains(a)).toList();
                    if (removed.isEmpty() && added.isEmpty()) {
                        return Mono.empty();
                    }
                    return mongo.find(new Query(Criteria.where("area").is(area)).with(Sort.by("month")), Document.class,
                            CELLS).collectList().flatMap(cells -> {
                                Document before = new Document();
                                List<Document[]> moves = new ArrayList<>();
                                for (Document c : cells) {
                                    String month = c.getString("month");
                                    Document stock = c.get("stock") == null ? new Document() : (Document) c.get("stock");
                                    Document flow = c.get("flow") == null ? new Document() : (Document) c.get("flow");
                                    if (month.compareTo(fromMonth) < 0) {
                                        stock.forEach((k, v) -> before.put(k,
                                                ((Number) before.getOrDefault(k, 0L)).longValue() + ((Number) v).longValue()));
                                    } else {
                                        moves.add(new Document[] {new Document("month", month), flow, stock});
                                    }
                                }
                                if (!before.isEmpty()) {
                                    moves.add(new Document[] {new Document("month", fromMonth), new Document(), before});
                                }
                                return Flux.fromIterable(moves).concatMap(mv -> {
                                    String month = mv[0].getString("month");
                                    String t = token + "#" + (mv[2] == before ? "before" : month);
                                    return Flux.concat(
                                            Flux.fromIterable(removed).concatMap(a -> inc(a, month, "flow.", negate(mv[1]), t + "f")
                                                    .then(inc(a, month, "stock.", negate(mv[2]), t + "s"))),
                                            Flux.fromIterable(added).concatMap(a -> inc(a, month, "flow.", mv[1], t + "f")
                                                    .then(inc(a, month, "stock.", mv[2], t + "s"))));
                                }).then();
                            });
                });
    }

    private static Document negate(Document d) {
        Document out = new Document();
        d.forEach((k, v) -> out.put(k, -((Number) v).longValue()));
        return out;
    }

    private static FactWrite fromDocument(Document d) {
        Map<String, Long> metrics = new TreeMap<>();
        ((Document) d.get("metrics")).forEach((k, v) -> metrics.put(k, ((Number) v).longValue()));
        return new FactWrite(d.getString("_id"), ((Number) d.get("version")).longValue(), d.getString("area"),
                d.getList("path", String.class), d.getString("month"), Kind.valueOf(d.getString("kind")), metrics,
                d.getString("anchor"), Role.FOLLOW);
    }

    public static String cellId(String area, String month) {
        return area + "|" + month;
    }
}
