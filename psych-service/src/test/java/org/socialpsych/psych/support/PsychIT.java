package org.socialpsych.psych.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.socialpsych.localstack.testing.TestInfra;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Helpers for psych-service integration tests: raw Kafka in and out, area seeding, polling. */
public final class PsychIT {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private PsychIT() {
    }

    /** A county → town → village → grid chain in the local area tree (as grid-service's events would leave it). */
    public static void seedAreas(ReactiveMongoTemplate mongo, String root) {
        String county = root;
        String town = root + "01";
        String village = root + "0101";
        String grid = root + "0101-g1";
        List<String> path = new ArrayList<>();
        String[][] chain = {{county, "COUNTY"}, {town, "TOWN"}, {village, "VILLAGE"}, {grid, "GRID"}};
        for (String[] a : chain) {
            path.add(a[0]);
            mongo.save(new Document("_id", a[0]).append("code", a[0]).append("name", a[0]).append("level", a[1])
                    .append("path", List.copyOf(path)).append("aggregateVersion", 1L), "area_directory").block();
        }
    }

    /**
     * A test person owned by the grid under {@code root} (root > root01 > root0101 > root0101-g1):
     * a platform-issued id registered in the service's person index as grid's ResidentRegistered
     * would register it. The IT must have called {@code TestPersons.use(personIndex)} first.
     */
    public static String person(String name, String root) {
        return org.socialpsych.person.testing.TestPersons.P(name, pathOf(root, 4).toArray(String[]::new));
    }

    public static List<String> pathOf(String root, int depth) {
        List<String> all = List.of(root, root + "01", root + "0101", root + "0101-g1");
        return all.subList(0, depth);
    }

    /** Sends a CloudEvents binary-mode record as another service's relay would. */
    public static void produce(String topic, String key, String type, String eventId, String payload) {
        Properties p = new Properties();
        p.put("bootstrap.servers", TestInfra.get().kafkaBootstrap());
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            ProducerRecord<String, String> r = new ProducerRecord<>(topic, key, payload);
            r.headers().add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
            r.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
            r.headers().add("ce_source", "test".getBytes(StandardCharsets.UTF_8));
            r.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
            r.headers().add("ce_time", Instant.now().toString().getBytes(StandardCharsets.UTF_8));
            producer.send(r);
            producer.flush();
        }
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Records on {@code topic} matching {@code filter}, read from the beginning until {@code timeout} plus a settle period. */
    public static List<ConsumerRecord<String, String>> consume(String topic, Predicate<ConsumerRecord<String, String>> filter,
            int expected, Duration timeout) {
        Properties p = new Properties();
        p.put("bootstrap.servers", TestInfra.get().kafkaBootstrap());
        p.put("group.id", "test-" + System.nanoTime());
        p.put("auto.offset.reset", "earliest");
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + timeout.toMillis();
            while (out.size() < expected && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> {
                    if (filter.test(r)) {
                        out.add(r);
                    }
                });
            }
            long settle = System.currentTimeMillis() + 1500;
            while (System.currentTimeMillis() < settle) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> {
                    if (filter.test(r)) {
                        out.add(r);
                    }
                });
            }
        }
        return out;
    }

    public static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    public static JsonNode json(String s) {
        return JSON.readTree(s);
    }

    public static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        org.awaitility.Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(200))
                .until(condition::getAsBoolean);
    }

    /** A RiskFlagged payload as assessment-service publishes it. */
    public static String riskFlagged(String assessmentId, String subjectId, String tier, List<String> areaPath) {
        return JSON.writeValueAsString(new java.util.LinkedHashMap<String, Object>() {
            {
                put("aggregateId", assessmentId);
                put("aggregateVersion", 2);
                put("occurredAt", Instant.now().toString());
                put("subjectId", subjectId);
                put("tier", tier);
                put("sourceRef", "assessment:" + assessmentId);
                put("instrument", "PHQ-9");
                put("areaCode", areaPath.get(areaPath.size() - 1));
                put("areaPath", areaPath);
                put("reasons", List.of("PHQ9_ITEM9"));
                put("campaignId", null);
            }
        });
    }
}
