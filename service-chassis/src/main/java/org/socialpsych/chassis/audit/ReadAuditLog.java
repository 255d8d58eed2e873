package org.socialpsych.chassis.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import org.bson.Document;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.web.RequestIdFilter;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Append-only, hash-chained log of every read of person-level data: who, role, when, which record,
 * whose data (pseudonymous subject id), which class of fields, and why. Each service instance
 * writes its own chain ({@code <service>:<uuid>}); entry n stores the SHA-256 of entry n-1, so
 * changing or deleting an entry breaks {@link #verify()}. Appends of one chain are serialised
 * through a queue; the caller's read completes only after its entry is stored.
 */
public class ReadAuditLog {

    public static final String COLLECTION = "audit_reads";
    private static final String GENESIS = "GENESIS";

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
    private final String chain;
    private final Clock clock;
    private final Sinks.Many<Pending> queue = Sinks.many().unicast().onBackpressureBuffer();
    private final Counter appended;
    private final Timer appendTimer;
    private final Timer waitTimer;
    private long seq;
    private String lastHash;

    public ReadAuditLog(ReactiveMongoTemplate mongo, String service, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.service = service;
        this.chain = service + ":" + UUID.randomUUID();
        this.clock = clock;
        this.lastHash = GENESIS + ":" + chain;
        this.appended = Counter.builder("audit.reads.appended").register(meters);
        this.appendTimer = Timer.builder("audit.reads.append").register(meters);
        // what a read waits for its entry (queue + hash + insert): the audit's cost on the read path
        this.waitTimer = Timer.builder("audit.reads.wait").publishPercentileHistogram().register(meters);
        mongo.indexOps(COLLECTION).createIndex(new Index().on("chain", Sort.Direction.ASC).on("seq", Sort.Direction.ASC)
                        .unique().named("chain_seq"))
                .then(mongo.indexOps(COLLECTION).createIndex(new Index().on("dataSubject", Sort.Direction.ASC)
                        .named("data_subject")))
                .onErrorResume(e -> Mono.empty())
                .thenMany(queue.asFlux().concatMap(this::append))
                .subscribe();
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
        Sinks.One<Void> done = Sinks.one();
        return Mono.defer(() -> {
            Timer.Sample waited = Timer.start();
            Sinks.EmitResult r;
            // a unicast sink accepts one emitter at a time; concurrent reads would get FAIL_NON_SERIALIZED
            synchronized (queue) {
                r = queue.tryEmitNext(new Pending(d, done));
            }
            if (r.isFailure()) {
                return Mono.error(new IllegalStateException("audit queue refused the entry: " + r));
            }
            return done.asMono().doOnSuccess(x -> waited.stop(waitTimer));
        });
    }

    private Mono<Void> append(Pending p) {
        Timer.Sample sample = Timer.start();
        Document d = p.entry();
        long next = seq + 1;
        d.append("chain", chain).append("seq", next).append("prevHash", lastHash);
        String hash = hash(d);
        d.append("hash", hash);
        return mongo.insert(d, COLLECTION)
                .doOnSuccess(x -> {
                    seq = next;
                    lastHash = hash;
                    appended.increment();
                    sample.stop(appendTimer);
                    p.done().tryEmitEmpty();
                })
                .doOnError(e -> p.done().tryEmitError(e))
                .onErrorResume(e -> Mono.empty())
                .then();
    }

    /** SHA-256 over the entry's fields in a fixed order, chained to the previous hash. */
    static String hash(Document d) {
        StringBuilder b = new StringBuilder();
        for (String f : List.of("chain", "seq", "prevHash", "at", "actor", "roles", "service", "recordType",
                "recordId", "dataSubject", "fieldsClass", "purpose")) {
            Object v = d.get(f);
            b.append(f).append('=').append(v instanceof Date date ? date.toInstant().toString() : String.valueOf(v))
                    .append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Who read this person's data (PIPL right of access), newest first. */
    public Flux<Entry> bySubject(String dataSubject, int limit) {
        return mongo.find(new Query(Criteria.where("dataSubject").is(dataSubject))
                        .with(Sort.by(Sort.Direction.DESC, "at")).limit(Math.min(Math.max(limit, 1), 1000)),
                Document.class, COLLECTION).map(ReadAuditLog::entry);
    }

    public Flux<Entry> byActor(String actor, int limit) {
        return mongo.find(new Query(Criteria.where("actor").is(actor)).with(Sort.by(Sort.Direction.DESC, "at"))
                .limit(Math.min(Math.max(limit, 1), 1000)), Document.class, COLLECTION).map(ReadAuditLog::entry);
    }

    /** Recomputes every chain: a changed, removed or inserted entry is reported. */
    public Mono<Verification> verify() {
        return mongo.find(new Query().with(Sort.by("chain", "seq")), Document.class, COLLECTION)
                .collectList()
                .map(all -> {
                    List<String> problems = new ArrayList<>();
                    String currentChain = null;
                    String prev = null;
                    long expectSeq = 0;
                    int chains = 0;
                    for (Document d : all) {
                        String c = d.getString("chain");
                        if (!c.equals(currentChain)) {
                            currentChain = c;
                            prev = GENESIS + ":" + c;
                            expectSeq = 1;
                            chains++;
                        }
                        long s = ((Number) d.get("seq")).longValue();
                        if (s != expectSeq) {
                            problems.add(c + ": entry " + expectSeq + " is missing (found " + s + ")");
                        }
                        if (!prev.equals(d.getString("prevHash"))) {
                            problems.add(c + " #" + s + ": link to the previous entry is broken");
                        }
                        if (!hash(d).equals(d.getString("hash"))) {
                            problems.add(c + " #" + s + ": content does not match its hash");
                        }
                        prev = d.getString("hash");
                        expectSeq = s + 1;
                    }
                    return new Verification(problems.isEmpty(), all.size(), chains, problems);
                });
    }

    static Entry entry(Document d) {
        return new Entry(d.getString("chain"), ((Number) d.get("seq")).longValue(), d.getDate("at").toInstant(),
                d.getString("actor"), d.getList("roles", String.class), d.getString("service"),
                d.getString("recordType"), d.getString("recordId"), d.getString("dataSubject"),
                d.getString("fieldsClass"), d.getString("purpose"), d.getString("prevHash"), d.getString("hash"));
    }
}
