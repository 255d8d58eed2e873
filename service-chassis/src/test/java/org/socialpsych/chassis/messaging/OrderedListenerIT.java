package org.socialpsych.chassis.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.socialpsych.localstack.testing.TestInfra;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

import reactor.core.publisher.Mono;

/**
 * Per-key order with interleaved processing times, on the real broker: versions 1..12 of one
 * aggregate, where earlier versions take longer to store. Handled with {@link OrderedListener} they
 * are stored in version order; handled the way the services' listeners used to (a reactive result
 * that completes later, the record acknowledged meanwhile) they are not.
 */
class OrderedListenerIT {

    static final int VERSIONS = 12;

    static Mono<Void> store(List<Integer> stored, ConsumerRecord<String, String> record) {
        int version = Integer.parseInt(record.value());
        // earlier versions are slower to store: v1 waits 240 ms, v12 20 ms
        return Mono.delay(Duration.ofMillis(20L * (VERSIONS + 1 - version))).doOnNext(t -> stored.add(version)).then();
    }

    List<Integer> run(Function<List<Integer>, MessageListener<String, String>> listener) {
        String topic = "ordered-" + UUID.randomUUID();
        KafkaTemplate<String, String> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.get().kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));
        IntStream.rangeClosed(1, VERSIONS).forEach(v -> kafka.send(topic, "aggregate-1", String.valueOf(v)).join());
        List<Integer> stored = new CopyOnWriteArrayList<>();
        ContainerProperties props = new ContainerProperties(topic);
        props.setGroupId("ordered-" + UUID.randomUUID());
        props.setAckMode(ContainerProperties.AckMode.BATCH); // as the services run (chassis-defaults.yml)
        props.setMessageListener(listener.apply(stored));
        KafkaMessageListenerContainer<String, String> container = new KafkaMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestInfra.get().kafkaBootstrap(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class)), props);
        container.start();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> stored.size() == VERSIONS);
        } finally {
            container.stop();
        }
        return stored;
    }

    @Test
    void shouldStoreTheVersionsOfOneKeyInOrderEvenWhenEarlierOnesAreSlower() {
        List<Integer> ordered = run(stored -> record -> OrderedListener.await(store(stored, record)));
        assertThat(ordered).containsExactlyElementsOf(IntStream.rangeClosed(1, VERSIONS).boxed().toList());

        // the old shape: the work completes after the record was acknowledged, records overlap
        List<Integer> asynchronous = run(stored -> record -> store(stored, record).subscribe());
        assertThat(asynchronous).containsExactlyInAnyOrderElementsOf(ordered).isNotEqualTo(ordered);
    }
}
