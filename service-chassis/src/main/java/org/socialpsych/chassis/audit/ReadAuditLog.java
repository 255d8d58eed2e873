package org.socialpsych.chassis.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.chassis.web.RequestIdFilter;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Append-only, hash-chained log of every read of person-level data: who, role, when, which record,
 * whose data (pseudonymous subject id), which class of fields, and why. Each service instance
 * writes its own chain ({@code <service>:<uuid>}, a new one after a failed insert); entry n stores
 * the HMAC-SHA256 (key from the secret store, {@code socialpsych.audit.hmac-key}) of its fields and
 * of entry n-1's MAC, so nobody without the key can change, remove or insert an entry and recompute
 * the chain. Every chain is announced before its first entry and its head is checkpointed outside
 * the store ({@link AuditCheckpoints}), so {@link #verify()} also reports a truncated chain, a
 * deleted chain and a chain nobody announced. Entries are chained in memory and inserted in
 * batches, one batch at a time; the caller's read completes only after its entry is stored.
 */
public class ReadAuditLog {

    public static final String COLLECTION = "audit_reads";
    private static final Logger log = LoggerFactory.getLogger(ReadAuditLog.class);
    private static final String GENESIS = "GENESIS";
    private static final int MAX_BATCH = 500;

    public record Entry(String chain, long seq, Instant at, String actor, List<String> roles, String service,
            String recordType, String recordId, String dataSubject, String fieldsClass, String purpose,
            String prevHash, String hash) {
    }

    public record Verification(boolean intact, long entries, int chains, List<String> problems) {
    }

    private record Pending(Document entry, Sinks.One<Void> done) {
    }

    private final ReactiveMongoTemplate mongo;
    private final String service;
    private final Clock clock;
    private final byte[] key;
    private final AuditCheckpoints checkpoints;
    private final Duration checkpointGrace;
    private final AtomicBoolean checkpointScheduled = new AtomicBoolean();
    private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final Mono<Void> ready;
    private final Counter appended;
    private final Timer appendTimer;
    private final Timer waitTimer;
    private final DistributionSummary batchSize;
    // written only by the one batch in flight (see drain), read by the next: the writing flag orders them
    private volatile String chain;
    private volatile long seq;
    private volatile String lastHash;
    private volatile Mono<Void> announced;
    /** The database this log is stored in: checkpoints name it, so chains of other stores never mix. */
    private final Mono<String> store;
    // the newest stored head (chain, seq, hash), for the next checkpoint; replaced as one value
    private final java.util.concurrent.atomic.AtomicReference<String[]> head =
            new java.util.concurrent.atomic.AtomicReference<>();

    public ReadAuditLog(ReactiveMongoTemplate mongo, String service, Clock clock, MeterRegistry meters,
            byte[] key, AuditCheckpoints checkpoints, Duration checkpointGrace) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("The audit HMAC key must have at least 32 bytes");
        }
        this.mongo = mongo;
        this.service = service;
        this.clock = clock;
        this.key = key.clone();
        this.checkpoints = checkpoints;
        this.checkpointGrace = checkpointGrace;
        this.store = mongo.getMongoDatabase().map(db -> db.getName()).cache();
        newChain();
        this.appended = Counter.builder("audit.reads.appended").register(meters);
        this.appendTimer = Timer.builder("audit.reads.append").description("one batch: hash chain + insert")
                .register(meters);
        // what a read waits for its entry (queue + hash + insert): the audit's cost on the read path
        this.waitTimer = Timer.builder("audit.reads.wait").publishPercentileHistogram().register(meters);
        this.batchSize = DistributionSummary.builder("audit.reads.batch").description("entries per insert")
                .register(meters);
        this.ready = mongo.indexOps(COLLECTION).createIndex(new Index().on("chain", Sort.Direction.ASC)
                        .on("seq", Sort.Direction.ASC).unique().named("chain_seq"))
                .then(mongo.indexOps(COLLECTION).createIndex(new Index().on("dataSubject", Sort.Direction.ASC)
                        .named("data_subject")))
                .then(mongo.indexOps(COLLECTION).createIndex(new Index().on("actor", Sort.Direction.ASC)
                        .named("actor")))
                .onErrorResume(e -> Mono.empty())
                .then()
                .cache();
        this.ready.subscribe();
    }

    /** Announces the current chain (head seq 0) before its first entry is stored. */
    private Mono<Void> announce(String c, String genesis) {
        return store.flatMap(st -> checkpoints.publish(new AuditCheckpoints.Head(service, st, c, 0, genesis,
                        clock.instant())))
                .onErrorResume(e -> {
                    // verify() will report the chain as unannounced: conservative, and reads go on
                    log.warn("Audit chain announcement failed ({})", e.getClass().getSimpleName());
                    return Mono.empty();
                });
    }

    /** Checkpoints the newest head at most every 200 ms (heads of one chain supersede each other). */
    private void checkpointSoon() {
        if (!checkpointScheduled.compareAndSet(false, true)) {
            return;
        }
        Mono.delay(Duration.ofMillis(200))
                .then(Mono.defer(() -> {
                    checkpointScheduled.set(false);
                    String[] h = head.get();
                    return store.flatMap(st -> checkpoints.publish(new AuditCheckpoints.Head(service, st, h[0],
                            Long.parseLong(h[1]), h[2], clock.instant())));
                }))
                .subscribe(null, e -> log.warn("Audit checkpoint failed ({})", e.getClass().getSimpleName()));
    }

    /** Records a read; completes once the entry is stored (the read must not be served otherwise). */
    public Mono<Void> record(PlatformPrincipal who, String recordType, String recordId, String dataSubject,
            String fieldsClass, String purpose) {
        if (purpose == null) {
            // the purpose the caller declared on the request (X-Purpose), carried in the Reactor context
            return Mono.deferContextual(ctx -> record(who, recordType, recordId, dataSubject, fieldsClass,
                    ctx.getOrDefault(RequestIdFilter.PURPOSE_KEY, "unspecified")));
        }
        return enqueue(who.subject(), new ArrayList<>(new TreeSet<>(who.roles())), recordType, recordId, dataSubject,
                fieldsClass, purpose);
    }

    /**
     * Records what the platform itself did to person-level data (a retention purge, an erasure):
     * the actor is a system id such as {@code system:retention}, without roles.
     */
    public Mono<Void> recordSystem(String actor, String recordType, String recordId, String dataSubject,
            String fieldsClass, String purpose) {
        return enqueue(actor, List.of(), recordType, recordId, dataSubject, fieldsClass, purpose);
    }

    private Mono<Void> enqueue(String actor, List<String> roles, String recordType, String recordId,
            String dataSubject, String fieldsClass, String purpose) {
        Document d = new Document("at", Date.from(clock.instant()))
                .append("actor", actor)
                .append("roles", roles)
                .append("service", service)
                .append("recordType", recordType)
                .append("recordId", recordId)
                .append("dataSubject", dataSubject)
                .append("fieldsClass", fieldsClass)
                .append("purpose", purpose == null || purpose.isBlank() ? "unspecified" : purpose);
        return Mono.defer(() -> {
            Sinks.One<Void> done = Sinks.one();
            Timer.Sample waited = Timer.start();
            pending.offer(new Pending(new Document(d), done));
            drain();
            return done.asMono().doOnSuccess(x -> waited.stop(waitTimer));
        });
    }

    /**
     * One batch at a time: whatever waits when the previous insert finishes goes into the next one,
     * hashed in order in memory and stored with a single insert. Under load the batches grow, so a
     * read waits for about one insert instead of queueing behind one insert per concurrent read.
     */
    private void drain() {
        if (!writing.compareAndSet(false, true)) {
            return;
        }
        List<Pending> batch = new ArrayList<>();
        Pending next;
        while (batch.size() < MAX_BATCH && (next = pending.poll()) != null) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            writing.set(false);
            if (!pending.isEmpty()) {
                drain(); // offered between the poll and the release
            }
            return;
        }
        write(batch).subscribe(null, e -> release(), this::release);
    }

    private void release() {
        writing.set(false);
        if (!pending.isEmpty()) {
            drain();
        }
    }

    private Mono<Void> write(List<Pending> batch) {
        Timer.Sample sample = Timer.start();
        String c = chain;
        long s = seq;
        String prev = lastHash;
        List<Document> docs = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            s++;
            Document d = p.entry().append("chain", c).append("seq", s).append("prevHash", prev);
            prev = hash(d);
            d.append("hash", prev);
            docs.add(d);
        }
        long lastSeq = s;
        String last = prev;
        return ready.then(announced).then(mongo.insert(docs, COLLECTION).then())
                .doOnSuccess(x -> {
                    seq = lastSeq;
                    lastHash = last;
                    head.set(new String[] {c, String.valueOf(lastSeq), last});
                    checkpointSoon();
                    appended.increment(batch.size());
                    batchSize.record(batch.size());
                    sample.stop(appendTimer);
                    batch.forEach(p -> p.done().tryEmitEmpty());
                })
                .onErrorResume(e -> {
                    // a prefix of the batch may be stored: it stays a valid chain; continue in a new one
                    newChain();
                    batch.forEach(p -> p.done().tryEmitError(e));
                    return Mono.empty();
                });
    }

    private void newChain() {
        chain = service + ":" + UUID.randomUUID();
        seq = 0;
        lastHash = GENESIS + ":" + chain;
        announced = announce(chain, lastHash).cache();
    }

    /** HMAC-SHA256 over the entry's fields in a fixed order, chained to the previous MAC. */
    String hash(Document d) {
        StringBuilder b = new StringBuilder();
        for (String f : List.of("chain", "seq", "prevHash", "at", "actor", "roles", "service", "recordType",
                "recordId", "dataSubject", "fieldsClass", "purpose")) {
            Object v = d.get(f);
            b.append(f).append('=').append(v instanceof Date date ? date.toInstant().toString() : String.valueOf(v))
                    .append('\n');
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Who read this person's data (PIPL right of access), newest first. */
    /**
     * One page of the entries whose {@code field} ({@code dataSubject} or {@code actor}) is
     * {@code value}, newest first by (at, chain, seq); {@code next} continues after the last entry
     * served, so no entry is ever cut off by a cap.
     */
    public Mono<CursorPage<Entry>> page(String field, String value, String cursor, Integer limit) {
        int n = CursorPage.limit(limit);
        Criteria c = Criteria.where(field).is(value);
        if (cursor != null) {
            List<String> parts = CursorPage.parts(cursor, 3);
            if (!parts.get(0).matches("[0-9]{1,15}") || !parts.get(2).matches("[0-9]{1,18}")) {
                return Mono.error(new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST, "invalid-cursor",
                        "Invalid cursor", "The cursor is not valid", Map.of()));
            }
            Date at = new Date(Long.parseLong(parts.get(0)));
            String chain = parts.get(1);
            long seq = Long.parseLong(parts.get(2));
            c = new Criteria().andOperator(c, new Criteria().orOperator(Criteria.where("at").lt(at),
                    new Criteria().andOperator(Criteria.where("at").is(at), Criteria.where("chain").lt(chain)),
                    new Criteria().andOperator(Criteria.where("at").is(at), Criteria.where("chain").is(chain),
                            Criteria.where("seq").lt(seq))));
        }
        Query q = new Query(c).with(Sort.by(Sort.Direction.DESC, "at", "chain", "seq")).limit(n + 1);
        return ready.then(mongo.find(q, Document.class, COLLECTION).map(ReadAuditLog::entry).collectList())
                .map(rows -> CursorPage.of(rows, n, e -> CursorPage.cursor(Long.toString(e.at().toEpochMilli()),
                        e.chain(), Long.toString(e.seq()))));
    }

    public Flux<Entry> bySubject(String dataSubject, int limit) {
        return mongo.find(new Query(Criteria.where("dataSubject").is(dataSubject))
                        .with(Sort.by(Sort.Direction.DESC, "at")).limit(Math.min(Math.max(limit, 1), 1000)),
                Document.class, COLLECTION).map(ReadAuditLog::entry);
    }

    /** Verification state while the entries stream by (one chain at a time, in seq order). */
    private final class Walk {
        final Map<String, AuditCheckpoints.Head> heads;
        final Instant graceLimit;
        final List<String> problems = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        String chain;
        String prev;
        long expectSeq;
        long entries;
        Instant lastAt;

        Walk(Map<String, AuditCheckpoints.Head> heads) {
            this.heads = heads;
            this.graceLimit = clock.instant().minus(checkpointGrace);
        }

        void accept(Document d) {
            String c = d.getString("chain");
            if (!c.equals(chain)) {
                endChain();
                chain = c;
                prev = GENESIS + ":" + c;
                expectSeq = 1;
                seen.add(c);
            }
            long s = ((Number) d.get("seq")).longValue();
            if (s != expectSeq) {
                problems.add(c + ": entry " + expectSeq + " is missing (found " + s + ")");
            }
            if (!prev.equals(d.getString("prevHash"))) {
                problems.add(c + " #" + s + ": link to the previous entry is broken");
            }
            String mac = hash(d);
            if (!mac.equals(d.getString("hash"))) {
                problems.add(c + " #" + s + ": content does not match its hash");
            }
            AuditCheckpoints.Head head = heads.get(c);
            if (head != null && head.seq() == s && !head.hash().equals(d.getString("hash"))) {
                problems.add(c + " #" + s + ": differs from its checkpoint");
            }
            prev = d.getString("hash");
            expectSeq = s + 1;
            entries++;
            lastAt = d.getDate("at").toInstant();
        }

        void endChain() {
            if (chain == null) {
                return;
            }
            AuditCheckpoints.Head head = heads.get(chain);
            long last = expectSeq - 1;
            if (head == null) {
                if (lastAt != null && lastAt.isBefore(graceLimit)) {
                    problems.add(chain + ": no checkpoint announces this chain (inserted?)");
                }
            } else if (last < head.seq()) {
                problems.add(chain + ": truncated, checkpointed up to #" + head.seq() + " but ends at #" + last);
            }
        }

        Verification finish() {
            endChain();
            heads.values().stream().filter(h -> !seen.contains(h.chain()) && h.seq() > 0)
                    .forEach(h -> problems.add(h.chain() + ": deleted, checkpointed up to #" + h.seq()
                            + " but absent"));
            return new Verification(problems.isEmpty(), entries, seen.size(), List.copyOf(problems));
        }
    }

    /**
     * Recomputes every chain, streaming (one chain's state in memory at a time), against the
     * checkpointed heads: a changed, removed, inserted or reordered entry, a truncated chain, a deleted
     * chain and a chain nobody announced are reported.
     */
    public Mono<Verification> verify() {
        return store.flatMap(st -> checkpoints.heads(service, st)).flatMap(heads -> {
            Walk walk = new Walk(heads);
            return mongo.find(new Query().with(Sort.by("chain", "seq")), Document.class, COLLECTION)
                    .doOnNext(walk::accept)
                    .then(Mono.fromSupplier(walk::finish));
        });
    }

    static Entry entry(Document d) {
        return new Entry(d.getString("chain"), ((Number) d.get("seq")).longValue(), d.getDate("at").toInstant(),
                d.getString("actor"), d.getList("roles", String.class), d.getString("service"),
                d.getString("recordType"), d.getString("recordId"), d.getString("dataSubject"),
                d.getString("fieldsClass"), d.getString("purpose"), d.getString("prevHash"), d.getString("hash"));
    }
}
