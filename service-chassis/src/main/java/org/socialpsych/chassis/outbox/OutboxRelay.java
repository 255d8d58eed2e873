package org.socialpsych.chassis.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialpsych.chassis.jobs.JobLease;
import org.socialpsych.events.CloudEventHeaders;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes the events that aggregates keep in their {@code outbox} array and removes them once the
 * broker has acknowledged them ({@code acks=all}, idempotent producer; one update per document for
 * all its acknowledged events). Events of one document are published in order, one at a time; up to
 * 16 documents at once. Failures are isolated
 * per document: a poison event (no or invalid topic, too large, unserialisable) is parked in the
 * document's {@code outboxParked} array and the rest goes on; a transient failure counts an attempt
 * on the event, lets the other documents of the pass go on, then backs the relay off exponentially;
 * nothing is lost while Kafka is down, and an event published twice (crash between ack and removal)
 * is de-duplicated by consumers on its {@code ce_id}. With several replicas, each publishes what it
 * wrote (by id) and the full scan of a collection runs on the holder of its lease only.
 */
public class OutboxRelay implements SmartLifecycle {

    static final String FIELD = "outbox";
    /** W3C trace context header; the Kafka listener observation continues the trace from it. */
    public static final String TRACEPARENT = "traceparent";
    /** Documents whose events are in flight at once (per-document order is kept). */
    static final int PARALLEL_DOCUMENTS = 16;
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final ReactiveMongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final String source;
    private final Clock clock;
    private final Sinks.Many<Boolean> nudges = Sinks.many().multicast().onBackpressureBuffer(1, false);
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();
    private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.EPOCH);
    private final AtomicReference<Duration> backoff = new AtomicReference<>(Duration.ZERO);
    private final Timer publishTimer;
    private final Counter published;
    private final Counter failures;
    private final Counter hintMisses;
    private final OutboxHints hints;
    private final JobLease lease;
    private final Counter parked;
    private final Counter documentFailures;
    private volatile Disposable loop;
    private long fullScans;
    private volatile Instant lastFullScan = Instant.EPOCH;

    public OutboxRelay(ReactiveMongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
            String source, MeterRegistry meters, Clock clock) {
        this(mongo, kafka, properties, source, meters, clock, new OutboxHints());
    }

    public OutboxRelay(ReactiveMongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
            String source, MeterRegistry meters, Clock clock, OutboxHints hints) {
        this(mongo, kafka, properties, source, meters, clock, hints, null);
    }

    /**
     * @param lease when given, the full scan of each collection runs only on the replica holding the
     *     collection's lease ({@code outbox-scan:<collection>}); every replica still publishes the
     *     events it wrote itself, by id
     */
    public OutboxRelay(ReactiveMongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
            String source, MeterRegistry meters, Clock clock, OutboxHints hints, JobLease lease) {
        this.lease = lease;
        this.hints = hints;
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.source = source;
        this.clock = clock;
        Gauge.builder("outbox.pending", pending, AtomicLong::get)
                .description("Events stored in aggregate outboxes and not yet acknowledged by Kafka")
                .register(meters);
        Gauge.builder("outbox.oldest.age", oldestAgeMillis, v -> v.get() / 1000.0)
                .description("Age in seconds of the oldest unpublished event").baseUnit("seconds")
                .register(meters);
        this.publishTimer = Timer.builder("outbox.publish").description("Time from send to broker ack")
                .register(meters);
        this.published = Counter.builder("outbox.published").register(meters);
        this.failures = Counter.builder("outbox.publish.failures").register(meters);
        this.parked = Counter.builder("outbox.parked")
                .description("Poison events moved out of the outbox into outboxParked (need an operator)")
                .register(meters);
        this.documentFailures = Counter.builder("outbox.document.failures")
                .description("Failed publishes of one document's event; other documents went on").register(meters);
        this.hintMisses = Counter.builder("outbox.hint.misses")
                .description("Events found only by the full scan, not by id right after their write").register(meters);
        Gauge.builder("outbox.hints", hints, OutboxHints::size)
                .description("Aggregates written by this instance whose events the relay is about to publish")
                .register(meters);
    }

    /**
     * Asks the relay to look now instead of at the next poll; call after writing an event. Every
     * event created before this call counts as written (see {@link OutboxHints}).
     */
    public void nudge() {
        hints.writtenBefore(System.nanoTime());
        nudges.tryEmitNext(Boolean.TRUE);
    }

    /** As {@link #nudge()}, after the write of this aggregate's document only (writers running concurrently). */
    public void nudge(String aggregateId) {
        hints.written(aggregateId);
        nudges.tryEmitNext(Boolean.TRUE);
    }

    public long pendingCount() {
        return pending.get();
    }

    @Override
    public void start() {
        Flux<Object> indexes = Flux.fromIterable(properties.collections())
                .concatMap(c -> mongo.indexOps(c).createIndex(new Index().on(FIELD + ".eventId", Sort.Direction.ASC)
                        .sparse().named("outbox_pending")))
                .onErrorResume(e -> {
                    log.warn("Could not create outbox index: {}", e.toString());
                    return Mono.empty();
                }).cast(Object.class);
        Flux<Object> triggers = Flux.merge(Flux.interval(Duration.ZERO, properties.pollInterval()), nudges.asFlux())
                .cast(Object.class)
                .onBackpressureLatest();
        loop = indexes.thenMany(triggers)
                .concatMap(t -> pass().onErrorResume(e -> {
                    log.warn("Outbox pass failed: {}", e.toString());
                    return Mono.empty();
                }), 1)
                .subscribe();
    }

    /**
     * One pass: publishes the events of the aggregates this instance just wrote (looked up by id),
     * and every {@code fullScanInterval} scans all outbox collections for anything else. Public so
     * tests and operators can drive it.
     */
    public Mono<Void> pass() {
        if (clock.instant().isBefore(pausedUntil.get())) {
            return Mono.empty();
        }
        boolean fullScan = !clock.instant().isBefore(lastFullScan.plus(properties.fullScanInterval()));
        AtomicBoolean backlog = new AtomicBoolean();
        Mono<Void> work = fullScan
                ? drainHinted().thenMany(Flux.fromIterable(properties.collections())
                                .concatMap(c -> scanLeased(c).doOnNext(n -> {
                                    if (n >= properties.batchSize()) {
                                        backlog.set(true);
                                    }
                                })))
                        .then(Mono.fromRunnable(() -> lastFullScan = backlog.get() ? Instant.EPOCH : clock.instant()))
                : drainHinted();
        Mono<Void> metrics = fullScan && fullScans++ % properties.metricsEvery() == 0 ? refreshMetrics() : Mono.empty();
        return work
                .then(Mono.fromRunnable(() -> backoff.set(Duration.ZERO)))
                .onErrorResume(e -> {
                    failures.increment();
                    Duration next = backoff.updateAndGet(b -> b.isZero() ? properties.initialBackoff()
                            : min(b.multipliedBy(2), properties.maxBackoff()));
                    pausedUntil.set(clock.instant().plus(next));
                    log.warn("Publishing from the outbox failed; retrying in {} ms: {}", next.toMillis(), e.toString());
                    return Mono.empty();
                })
                .then(metrics);
    }

    /** The hinted aggregates, by id in each outbox collection; a hint is dropped once its events are out. */
    private Mono<Void> drainHinted() {
        List<Map.Entry<String, Long>> entries = hints.snapshot(properties.batchSize());
        if (entries.isEmpty()) {
            return Mono.empty();
        }
        long ttl = properties.fullScanInterval().multipliedBy(3).toNanos();
        // a document lives in one collection: stop at the first that holds it with pending events
        // (one find per hint instead of one per collection)
        return Flux.fromIterable(entries)
                .flatMap(hint -> Flux.fromIterable(properties.collections())
                        .concatMap(c -> {
                            Query query = new Query(Criteria.where("_id").is(hint.getKey()));
                            query.fields().include(FIELD);
                            return mongo.findOne(query, Document.class, c)
                                    .filter(d -> !d.getList(FIELD, Document.class, List.of()).isEmpty())
                                    .map(d -> new Pending(c, d, hint));
                        })
                        .next()
                        .switchIfEmpty(Mono.fromRunnable(() -> {
                            // not written yet (the write is still in flight), its write failed, or its
                            // document id differs from the event key (the full scan will find it):
                            // looked up again later, and forgotten after the ttl
                            long wait = hints.missed(hint.getKey(), hint.getValue(), ttl);
                            if (wait > 0) {
                                Mono.delay(Duration.ofNanos(wait)).subscribe(x -> nudges.tryEmitNext(Boolean.TRUE));
                            }
                        })), PARALLEL_DOCUMENTS)
                .collectList()
                .flatMap(this::publishAll);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The full scan of a collection, by the one replica holding its lease (every replica without a lease). */
    private Mono<Long> scanLeased(String collection) {
        if (lease == null) {
            return drain(collection);
        }
        return lease.tryAcquire("outbox-scan:" + collection,
                        properties.fullScanInterval().multipliedBy(2).plusSeconds(5))
                .flatMap(held -> held ? drain(collection) : Mono.just(0L));
    }

    /** Publishes up to a batch of documents with pending events; emits how many there were. */
    private Mono<Long> drain(String collection) {
        // events younger than the grace belong to the replica that wrote them (it publishes them by id);
        // the scan takes them only if that replica did not (crash, lost hint): one publish per event
        Date settled = Date.from(clock.instant().minus(properties.scanGrace()));
        Query query = new Query(Criteria.where(FIELD).elemMatch(Criteria.where("occurredAt").lt(settled)))
                .limit(properties.batchSize());
        query.fields().include(FIELD);
        return mongo.find(query, Document.class, collection)
                .doOnNext(doc -> hintMisses.increment())
                .map(doc -> new Pending(collection, doc, null))
                .collectList()
                .flatMap(found -> publishAll(found).thenReturn((long) found.size()));
    }

    /** A document with pending events, and the hint that led to it (null when a scan found it). */
    private record Pending(String collection, Document doc, Map.Entry<String, Long> hint) {
        String key() {
            List<Document> events = doc.getList(FIELD, Document.class, List.of());
            return events.isEmpty() ? "" : String.valueOf(events.get(0).getString("key"));
        }

        long firstOccurred() {
            List<Document> events = doc.getList(FIELD, Document.class, List.of());
            Object t = events.isEmpty() ? null : events.get(0).get("occurredAt");
            return t instanceof Date d ? d.getTime() : Long.MAX_VALUE;
        }
    }

    /**
     * Documents whose events share a Kafka key (one aggregate, or one subject written as several
     * documents, like consent entries) are published one after another in the order their events
     * occurred; different keys go in parallel (each waits for its broker ack). One-at-a-time acks had
     * capped the relay near 50 events/s here and left bursts queued for tens of seconds.
     */
    private Mono<Void> publishAll(List<Pending> found) {
        if (found.isEmpty()) {
            return Mono.empty();
        }
        List<Pending> ordered = new java.util.ArrayList<>(found);
        ordered.sort(java.util.Comparator.comparingLong(Pending::firstOccurred));
        return Flux.fromIterable(ordered)
                .groupBy(p -> Math.floorMod(p.key().hashCode(), PARALLEL_DOCUMENTS))
                .flatMap(lane -> lane.concatMap(p -> publishDocument(p.collection(), p.doc())
                        .then(Mono.fromRunnable(() -> {
                            if (p.hint() != null) {
                                hints.done(p.hint().getKey(), p.hint().getValue());
                            }
                        }))
                        .onErrorResume(PoisonEvent.class, e -> park(p.collection(), p.doc(), e))
                        .onErrorResume(DocumentFailure.class, e -> {
                            // this document waits; the other documents of the pass go on
                            transientFailure.set(e.getCause());
                            return countAttempt(p.collection(), p.doc(), e);
                        })), PARALLEL_DOCUMENTS)
                .then(Mono.defer(() -> {
                    Throwable t = transientFailure.getAndSet(null);
                    // a broker outage fails every document: back off as a whole (nothing is lost)
                    return t == null ? Mono.<Void>empty() : Mono.<Void>error(t);
                }));
    }

    private final AtomicReference<Throwable> transientFailure = new AtomicReference<>();

    /** An event that cannot ever be published as stored (no topic, invalid topic name, too large). */
    static final class PoisonEvent extends RuntimeException {
        final String eventId;

        PoisonEvent(String eventId, Throwable cause) {
            super(cause == null ? "unpublishable event" : cause.getClass().getSimpleName(), cause);
            this.eventId = eventId;
        }
    }

    /** A publish that failed for a reason that may pass (broker away, timeout). */
    static final class DocumentFailure extends RuntimeException {
        final String eventId;

        DocumentFailure(String eventId, Throwable cause) {
            super(cause.getClass().getSimpleName(), cause);
            this.eventId = eventId;
        }
    }

    static boolean poison(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.kafka.common.errors.InvalidTopicException
                    || t instanceof org.apache.kafka.common.errors.RecordTooLargeException
                    || t instanceof org.apache.kafka.common.errors.SerializationException
                    || t instanceof IllegalArgumentException || t instanceof NullPointerException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Publishes the document's events in order, each after the previous one's ack, then removes the
     * acknowledged ones with one update (also when a later event failed, so only that one and those
     * after it are tried again).
     */
    private Mono<Void> publishDocument(String collection, Document doc) {
        List<Document> events = doc.getList(FIELD, Document.class, List.of());
        List<String> acked = new java.util.ArrayList<>(events.size());
        Mono<Void> sends = Flux.fromIterable(events)
                .concatMap(event -> Mono.defer(() -> publish(event))
                        .onErrorMap(e -> !(e instanceof PoisonEvent || e instanceof DocumentFailure),
                                e -> poison(e) ? new PoisonEvent(event.getString("eventId"), e)
                                        : new DocumentFailure(event.getString("eventId"), e))
                        .then(Mono.fromRunnable(() -> acked.add(event.getString("eventId")))))
                .then();
        return sends
                .onErrorResume(e -> removeAcked(collection, doc, acked).onErrorResume(x -> Mono.empty())
                        .then(Mono.error(e)))
                .then(Mono.defer(() -> removeAcked(collection, doc, acked)));
    }

    private Mono<Void> removeAcked(String collection, Document doc, List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Mono.empty();
        }
        Object which = eventIds.size() == 1 ? eventIds.get(0) : new Document("$in", List.copyOf(eventIds));
        return mongo.updateFirst(new Query(Criteria.where("_id").is(doc.get("_id"))),
                        new Update().pull(FIELD, new Document("eventId", which)), collection)
                .then();
    }

    /**
     * Moves a poison event out of the outbox into the document's {@code outboxParked} array (one
     * atomic update), so the document's later events and every other document go on; metric
     * {@code outbox.parked}, alert {@code OutboxEventParked}. An operator repairs and re-queues it.
     */
    private Mono<Void> park(String collection, Document doc, PoisonEvent e) {
        Document event = doc.getList(FIELD, Document.class, List.of()).stream()
                .filter(x -> e.eventId != null && e.eventId.equals(x.getString("eventId"))).findFirst().orElse(null);
        if (event == null) {
            return Mono.empty();
        }
        Document parkedEvent = new Document(event).append("parkedAt", Date.from(clock.instant()))
                .append("parkedFor", e.getMessage());
        log.error("Outbox event {} of a {} document parked: {}", e.eventId, collection, e.getMessage());
        return mongo.updateFirst(new Query(Criteria.where("_id").is(doc.get("_id"))),
                        new Update().pull(FIELD, new Document("eventId", e.eventId)).push("outboxParked", parkedEvent),
                        collection)
                .doOnSuccess(r -> parked.increment())
                .then();
    }

    /** Counts a failed attempt on the event ({@code outbox.$.attempts}), for operators and the metric. */
    private Mono<Void> countAttempt(String collection, Document doc, DocumentFailure e) {
        documentFailures.increment();
        return mongo.updateFirst(new Query(Criteria.where("_id").is(doc.get("_id")).and(FIELD + ".eventId")
                        .is(e.eventId)), new Update().inc(FIELD + ".$.attempts", 1)
                        .set(FIELD + ".$.lastFailure", e.getMessage()), collection)
                .onErrorResume(x -> Mono.empty())
                .then();
    }

    private Mono<Void> publish(Document event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.getString("topic"), null,
                event.getString("key"), event.getString("payload"));
        Object occurred = event.get("occurredAt");
        Instant occurredAt = occurred instanceof Date d ? d.toInstant() : clock.instant();
        header(record, CloudEventHeaders.ID, event.getString("eventId"));
        header(record, CloudEventHeaders.TYPE, event.getString("type"));
        header(record, CloudEventHeaders.SOURCE, source);
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.TIME, occurredAt.toString());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        if (event.getString("subject") != null) {
            header(record, CloudEventHeaders.SUBJECT, event.getString("subject"));
        }
        if (event.getString("traceparent") != null) {
            header(record, TRACEPARENT, event.getString("traceparent"));
        }
        Timer.Sample sample = Timer.start();
        // KafkaTemplate.send may block for metadata while the broker is away: keep it off the event loop.
        return Mono.defer(() -> Mono.fromFuture(kafka.send(record)))
                .subscribeOn(Schedulers.boundedElastic())
                .doOnSuccess(r -> {
                    sample.stop(publishTimer);
                    published.increment();
                })
                .then();
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private Mono<Void> refreshMetrics() {
        Query query = new Query(Criteria.where(FIELD + ".eventId").exists(true)).limit(10_000);
        query.fields().include(FIELD + ".occurredAt");
        Instant now = clock.instant();
        return Flux.fromIterable(properties.collections())
                .concatMap(c -> mongo.find(query, Document.class, c))
                .flatMapIterable(d -> d.getList(FIELD, Document.class, List.of()))
                .reduce(new long[] {0, Long.MAX_VALUE}, (acc, e) -> {
                    acc[0]++;
                    Object t = e.get("occurredAt");
                    if (t instanceof Date d) {
                        acc[1] = Math.min(acc[1], d.getTime());
                    }
                    return acc;
                })
                .doOnNext(acc -> {
                    pending.set(acc[0]);
                    oldestAgeMillis.set(acc[0] == 0 || acc[1] == Long.MAX_VALUE ? 0
                            : Math.max(0, now.toEpochMilli() - acc[1]));
                })
                .onErrorResume(e -> Mono.empty())
                .then();
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

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
