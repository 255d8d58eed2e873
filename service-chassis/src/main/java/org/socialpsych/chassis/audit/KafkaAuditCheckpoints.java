package org.socialpsych.chassis.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.core.KafkaTemplate;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chain heads on the Kafka topic {@value #TOPIC} (key = chain id; compacted in production, writable
 * only by the service that owns the chain): a store administrator who can rewrite the audit
 * collection cannot rewrite the broker's log. {@link #heads} reads the topic from the beginning to
 * its current end with a short-lived consumer on a bounded-elastic thread.
 */
public class KafkaAuditCheckpoints implements AuditCheckpoints {

    public static final String TOPIC = "audit.checkpoints.v1";
    private final KafkaTemplate<String, String> kafka;
    private final String bootstrapServers;
    private final JsonMapper json = JsonMapper.builder().build();

    public KafkaAuditCheckpoints(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
        Object servers = kafka.getProducerFactory().getConfigurationProperties().get("bootstrap.servers");
        this.bootstrapServers = servers instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf)
                .toList()) : String.valueOf(servers);
    }

    @Override
    public Mono<Void> publish(Head head) {
        String value = json.writeValueAsString(Map.of("service", head.service(), "store", head.store(),
                "chain", head.chain(),
                "seq", head.seq(), "hash", head.hash(), "at", head.at().toString()));
        return Mono.fromFuture(() -> kafka.send(TOPIC, head.chain(), value)).then();
    }

    @Override
    public Mono<Map<String, Head>> heads(String service, String store) {
        return Mono.fromCallable(() -> read(service, store)).subscribeOn(Schedulers.boundedElastic());
    }

    private Map<String, Head> read(String service, String store) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "audit-verify-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Map<String, Head> heads = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream()
                    .map(i -> new TopicPartition(TOPIC, i.partition())).toList();
            if (partitions.isEmpty()) {
                return heads;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Reading " + TOPIC + " took longer than 30 s");
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode n = json.readTree(r.value());
                    if (!service.equals(n.path("service").asString(""))
                            || !store.equals(n.path("store").asString(""))) {
                        continue;
                    }
                    Head h = new Head(service, store, n.path("chain").asString(), n.path("seq").asLong(),
                            n.path("hash").asString(), Instant.parse(n.path("at").asString()));
                    heads.merge(h.chain(), h, (a, b) -> b.seq() >= a.seq() ? b : a);
                }
            }
        }
        return heads;
    }
}
