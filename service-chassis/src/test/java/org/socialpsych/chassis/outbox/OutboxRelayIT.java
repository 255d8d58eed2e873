package org.socialpsych.chassis.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.jobs.JobLease;
import org.socialpsych.localstack.testing.TestInfra;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import reactor.core.publisher.Mono;

/** The relay against the real broker and Mongo-wire server: poison isolation and one scanner per collection. */
class OutboxRelayIT {

    static final String COLLECTION = "things";

    static KafkaTemplate<String, String> kafka() {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.get().kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000)));
    }

    static Document event(String topic, String key) {
        return new Document("eventId", UUID.randomUUID().toString()).append("type", "org.socialpsych.test.Thing.v1")
                .append("topic", topic).append("key", key).append("payload", "{\"aggregateId\":\"" + key + "\"}")
                .append("occurredAt", new Date());
    }

    static OutboxProperties properties() {
        return new OutboxProperties(List.of(COLLECTION), Duration.ofHours(1), 100, Duration.ofMillis(100),
                Duration.ofSeconds(1), 1, Duration.ZERO, Duration.ZERO, null);
    }

    static List<ConsumerRecord<String, String>> consumeAll(String topic, int atLeast) {
        Properties p = new Properties();
        p.put("bootstrap.servers", TestInfra.get().kafkaBootstrap());
        p.put("group.id", "relay-test-" + UUID.randomUUID());
        p.put("auto.offset.reset", "earliest");
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p)) {
            c.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 15_000;
            long quietUntil = Long.MAX_VALUE;
            while (System.currentTimeMillis() < Math.min(deadline, quietUntil)) {
                c.poll(Duration.ofMillis(300)).forEach(out::add);
                if (out.size() >= atLeast && quietUntil == Long.MAX_VALUE) {
                    quietUntil = System.currentTimeMillis() + 2_000; // anything published twice arrives too
                }
            }
        }
        return out;
    }

    @Test
    void shouldParkAPoisonEventAndPublishEveryOtherDocument() {
        String db = "relay-" + UUID.randomUUID().toString().substring(0, 8);
        String topic = "relay-test-" + UUID.randomUUID();
        try (MongoClient client = MongoClients.create(TestInfra.get().mongoUri(db))) {
            ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, db);
            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            OutboxRelay relay = new OutboxRelay(mongo, kafka(), properties(), "test", meters, Clock.systemUTC(),
                    new OutboxHints(), new JobLease(mongo, Clock.systemUTC()));
            Document poisonFirst = event("no such topic!", "k-poison");
            mongo.insert(new Document("_id", "poisoned").append("outbox",
                    List.of(poisonFirst, event(topic, "k-poison"))), COLLECTION).block();
            for (int i = 0; i < 5; i++) {
                mongo.insert(new Document("_id", "ok-" + i).append("outbox", List.of(event(topic, "k-" + i))),
                        COLLECTION).block();
            }

            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                relay.pass().block();
                assertThat(mongo.count(new Query(org.springframework.data.mongodb.core.query.Criteria
                        .where("outbox.eventId").exists(true)), COLLECTION).block()).isZero();
            });
            // the poisoned document's later event went out too; the poison waits for an operator
            assertThat(consumeAll(topic, 6)).hasSize(6);
            Document poisoned = mongo.findById("poisoned", Document.class, COLLECTION).block();
            assertThat(poisoned.getList("outboxParked", Document.class)).singleElement()
                    .satisfies(d -> assertThat(d.getString("eventId")).isEqualTo(poisonFirst.getString("eventId")));
            assertThat(meters.get("outbox.parked").counter().count()).isEqualTo(1.0);
        }
    }

    @Test
    void shouldPublishEachEventOnceWhenTwoReplicasScanTheSameCollection() {
        String db = "relay-" + UUID.randomUUID().toString().substring(0, 8);
        String topic = "relay-test-" + UUID.randomUUID();
        try (MongoClient client = MongoClients.create(TestInfra.get().mongoUri(db))) {
            ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, db);
            KafkaTemplate<String, String> kafka = kafka();
            OutboxRelay replicaA = new OutboxRelay(mongo, kafka, properties(), "test", new SimpleMeterRegistry(),
                    Clock.systemUTC(), new OutboxHints(), new JobLease(mongo, Clock.systemUTC(), "replica-a"));
            OutboxRelay replicaB = new OutboxRelay(mongo, kafka, properties(), "test", new SimpleMeterRegistry(),
                    Clock.systemUTC(), new OutboxHints(), new JobLease(mongo, Clock.systemUTC(), "replica-b"));
            for (int i = 0; i < 40; i++) {
                mongo.insert(new Document("_id", "d-" + i).append("outbox", List.of(event(topic, "k-" + i))),
                        COLLECTION).block();
            }
            Mono.when(replicaA.pass(), replicaB.pass()).block();
            Mono.when(replicaA.pass(), replicaB.pass()).block();
            assertThat(consumeAll(topic, 40)).hasSize(40);
        }
    }

    /**
     * A hint taken before its document is written is not looked up until the write is done; then the
     * document is looked up once (not once per outbox collection) and its acknowledged events leave
     * the outbox in one update (not one per event), in order on the topic: the write path's Mongo
     * round trips per submission (issue 17). The old relay sent 3 finds before the write, then 3
     * finds and 3 updates.
     */
    @Test
    void shouldPublishAHintedDocumentWithOneLookupAndOneRemoval() {
        String db = "relay-" + UUID.randomUUID().toString().substring(0, 8);
        String topic = "relay-test-" + UUID.randomUUID();
        List<String> commands = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.mongodb.MongoClientSettings settings = com.mongodb.MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString(TestInfra.get().mongoUri(db)))
                .addCommandListener(new com.mongodb.event.CommandListener() {
                    @Override
                    public void commandStarted(com.mongodb.event.CommandStartedEvent e) {
                        if (e.getCommandName().equals("find") || e.getCommandName().equals("update")) {
                            commands.add(e.getCommandName() + ":" + e.getCommand().getString(e.getCommandName())
                                    .getValue());
                        }
                    }
                }).build();
        try (MongoClient client = MongoClients.create(settings)) {
            ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, db);
            OutboxHints hints = new OutboxHints();
            OutboxProperties properties = new OutboxProperties(List.of(COLLECTION, "others", "more"),
                    Duration.ofHours(1), 100, Duration.ofMillis(100), Duration.ofSeconds(1), 1, Duration.ofHours(1),
                    Duration.ZERO, null);
            OutboxRelay relay = new OutboxRelay(mongo, kafka(), properties, "test", new SimpleMeterRegistry(),
                    Clock.systemUTC(), hints, null);
            relay.pass().block(); // the first pass also scans every collection; the next ones only the hints
            List<Document> events = List.of(event(topic, "k-1"), event(topic, "k-1"), event(topic, "k-1"));
            commands.clear();
            hints.add("agg-1"); // the events are created, the write is in flight
            relay.pass().block();
            assertThat(commands).isEmpty();

            mongo.insert(new Document("_id", "agg-1").append("outbox", events), COLLECTION).block();
            relay.nudge("agg-1");
            relay.pass().block();

            assertThat(commands).containsExactly("find:" + COLLECTION, "update:" + COLLECTION);
            assertThat(mongo.findById("agg-1", Document.class, COLLECTION).block().getList("outbox", Document.class))
                    .isEmpty();
            assertThat(consumeAll(topic, 3)).extracting(r -> new String(r.headers().lastHeader("ce_id").value(),
                    java.nio.charset.StandardCharsets.UTF_8))
                    .containsExactlyElementsOf(events.stream().map(e -> e.getString("eventId")).toList());
            assertThat(hints.size()).isZero();
        }
    }
}
