package org.socialpsych.chassis.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * Publishes the events that aggregates keep in their {@code outbox} array and removes each one
 * after the broker has acknowledged it ({@code acks=all}, idempotent producer). Events of one
 * document are published in order, one at a time. A failed publish leaves the event in place and
 * the relay backs off exponentially; nothing is lost while Kafka is down, and an event published
 * twice (crash between ack and removal) is de-duplicated by consumers on its {@code ce_id}.
 */
public class OutboxRelay implements SmartLifecycle {

    static final String FIELD = "outbox";
    /** W3C trace context header; the Kafka listener observation continues the trace from it. */
    public static final String TRACEPARENT = "traceparent";
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
    private volatile Disposable loop;
    private long passes;

    public OutboxRelay(ReactiveMongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
            String source, MeterRegistry meters, Clock clock) {
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
    }

    /** Asks the relay to look now instead of at the next poll; call after writing an event. */
    public void nudge() {
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

    /** One pass over every outbox collection; public so tests and operators can drive it. */
    public Mono<Void> pass() {
        boolean refreshMetrics = passes++ % properties.metricsEvery() == 0;
        Mono<Void> metrics = refreshMetrics ? refreshMetrics() : Mono.empty();
        if (clock.instant().isBefore(pausedUntil.get())) {
            return metrics;
        }
        return Flux.fromIterable(properties.collections())
                .concatMap(this::drain)
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

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private Mono<Void> drain(String collection) {
        Query query = new Query(Criteria.where(FIELD + ".eventId").exists(true)).limit(properties.batchSize());
        query.fields().include(FIELD);
        return mongo.find(query, Document.class, collection)
                .concatMap(doc -> publishDocument(collection, doc))
                .then();
    }

    private Mono<Void> publishDocument(String collection, Document doc) {
        List<Document> events = doc.getList(FIELD, Document.class, List.of());
        return Flux.fromIterable(events)
                .concatMap(event -> publish(event)
                        .then(mongo.updateFirst(new Query(Criteria.where("_id").is(doc.get("_id"))),
                                new Update().pull(FIELD, new Document("eventId", event.getString("eventId"))),
                                collection)))
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
