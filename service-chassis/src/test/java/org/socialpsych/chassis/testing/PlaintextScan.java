package org.socialpsych.chassis.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import reactor.core.publisher.Flux;

/**
 * Searches every document of every database of a MongoDB server and every record (key, value and
 * headers) of every Kafka topic for plaintext identifying values: the proof that identity numbers,
 * names, phones and addresses exist only encrypted or as keyed hashes. Each value is looked for as
 * given, lower- and upper-case and without separators, as UTF-8 text and inside the documents' JSON.
 */
public final class PlaintextScan {

    private PlaintextScan() {
    }

    /** Where a secret was found: "mongo db.collection _id" or "kafka topic-partition@offset". */
    public record Finding(String where, String secret) {
    }

    public static List<Finding> scan(String mongoUri, String kafkaBootstrap, Collection<String> secrets) throws Exception {
        List<String> needles = needles(secrets);
        List<Finding> found = new ArrayList<>();
        try (MongoClient client = MongoClients.create(mongoUri)) {
            for (String db : Flux.from(client.listDatabaseNames()).collectList().block()) {
                if (Set.of("admin", "local", "config").contains(db)) {
                    continue;
                }
                for (String coll : Flux.from(client.getDatabase(db).listCollectionNames()).collectList().block()) {
                    for (Document d : Flux.from(client.getDatabase(db).getCollection(coll).find()).toIterable()) {
                        String json = d.toJson(JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build());
                        for (String n : needles) {
                            if (json.contains(n) || json.contains(escape(n))) {
                                found.add(new Finding("mongo " + db + "." + coll + " " + d.get("_id"), n));
                            }
                        }
                    }
                }
            }
        }
        if (kafkaBootstrap != null) {
            found.addAll(scanKafka(kafkaBootstrap, needles));
        }
        return found;
    }

    private static List<Finding> scanKafka(String bootstrap, List<String> needles) throws Exception {
        List<Finding> found = new ArrayList<>();
        Map<String, Object> common = Map.of("bootstrap.servers", bootstrap);
        Set<String> topics;
        try (AdminClient admin = AdminClient.create(common)) {
            topics = admin.listTopics().names().get();
        }
        Properties p = new Properties();
        p.putAll(common);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "plaintext-scan-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String t : topics) {
                if (t.startsWith("__")) {
                    continue;
                }
                consumer.partitionsFor(t).forEach(i -> partitions.add(new TopicPartition(t, i.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    StringBuilder text = new StringBuilder();
                    text.append(r.key() == null ? "" : new String(r.key(), java.nio.charset.StandardCharsets.UTF_8))
                            .append('\n')
                            .append(r.value() == null ? "" : new String(r.value(), java.nio.charset.StandardCharsets.UTF_8));
                    for (Header h : r.headers()) {
                        text.append('\n').append(h.key()).append('=')
                                .append(h.value() == null ? "" : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                    String s = text.toString();
                    for (String n : needles) {
                        if (s.contains(n) || s.contains(escape(n))) {
                            found.add(new Finding("kafka " + r.topic() + "-" + r.partition() + "@" + r.offset(), n));
                        }
                    }
                }
            }
            if (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                throw new IllegalStateException("Kafka scan did not reach the end of every topic in 60 s");
            }
        }
        return found;
    }

    static List<String> needles(Collection<String> secrets) {
        List<String> out = new ArrayList<>();
        for (String s : secrets) {
            for (String v : List.of(s, s.toLowerCase(Locale.ROOT), s.toUpperCase(Locale.ROOT),
                    s.replaceAll("[\\s\\-+()]", ""))) {
                if (v.length() >= 4 && !out.contains(v)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** JSON writers may escape non-ASCII characters as \\uXXXX. */
    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 128) {
                b.append(c);
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.toString();
    }
}
