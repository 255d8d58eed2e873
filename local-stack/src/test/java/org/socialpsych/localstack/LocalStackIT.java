package org.socialpsych.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialpsych.localstack.testing.TestInfra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.IndexOptions;

class LocalStackIT {

    @TempDir
    Path dir;

    @Test
    void shouldKeepTopicsAndMessagesAcrossABrokerRestart() throws Exception {
        int port = TestInfra.freePort();
        int controller = TestInfra.freePort();
        try (KafkaKraftBroker broker = new KafkaKraftBroker(dir.resolve("kafka"), port, controller)) {
            broker.start();
            try (KafkaProducer<String, String> producer = producer(broker.bootstrapServers())) {
                producer.send(new ProducerRecord<>("restart.test.v1", "k", "before-restart")).get();
            }
        }
        assertThat(dir.resolve("kafka/meta.properties")).exists();
        try (KafkaKraftBroker broker = new KafkaKraftBroker(dir.resolve("kafka"), port, controller)) {
            broker.start();
            try (KafkaConsumer<String, String> consumer = consumer(broker.bootstrapServers())) {
                consumer.subscribe(List.of("restart.test.v1"));
                String value = null;
                long deadline = System.currentTimeMillis() + 30_000;
                while (value == null && System.currentTimeMillis() < deadline) {
                    ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                    for (var r : records) {
                        value = r.value();
                    }
                }
                assertThat(value).isEqualTo("before-restart");
            }
        }
    }

    @Test
    void shouldPersistDocumentsAndUniqueIndexesInTheH2Backend() throws Exception {
        Path file = dir.resolve("mongo/mongo.mv");
        try (MongoWireServer server = MongoWireServer.start(0, file);
                MongoClient client = MongoClients.create(server.uri("t"))) {
            var coll = client.getDatabase("t").getCollection("c");
            coll.createIndex(new Document("code", 1), new IndexOptions().unique(true));
            coll.insertOne(new Document("code", "330327"));
        }
        try (MongoWireServer server = MongoWireServer.start(0, file);
                MongoClient client = MongoClients.create(server.uri("t"))) {
            var coll = client.getDatabase("t").getCollection("c");
            assertThat(coll.countDocuments()).isEqualTo(1);
            org.junit.jupiter.api.Assertions.assertThrows(com.mongodb.MongoWriteException.class,
                    () -> coll.insertOne(new Document("code", "330327")));
        }
    }

    @Test
    void shouldGenerateKeysOnceAndSignVerifiableTokens() throws Exception {
        KeyMaterial.ensure(dir);
        String pub = Files.readString(dir.resolve(KeyMaterial.PUBLIC_KEY));
        KeyMaterial.ensure(dir);
        assertThat(Files.readString(dir.resolve(KeyMaterial.PUBLIC_KEY))).isEqualTo(pub);
        assertThat(Base64.getDecoder().decode(Files.readString(dir.resolve(KeyMaterial.DATA_KEY)).trim())).hasSize(32);

        String jwt = KeyMaterial.signRs256(KeyMaterial.readPrivateKey(dir.resolve(KeyMaterial.PRIVATE_KEY)),
                "{\"sub\":\"x\"}");
        String[] parts = jwt.split("\\.");
        var key = java.security.KeyFactory.getInstance("RSA").generatePublic(new java.security.spec.X509EncodedKeySpec(
                Base64.getDecoder().decode(pub.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", ""))));
        Signature verify = Signature.getInstance("SHA256withRSA");
        verify.initVerify(key);
        verify.update((parts[0] + "." + parts[1]).getBytes());
        assertThat(verify.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        Properties p = new Properties();
        p.putAll(Map.of("bootstrap.servers", bootstrap, "acks", "all", "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()));
        return new KafkaProducer<>(p);
    }

    private static KafkaConsumer<String, String> consumer(String bootstrap) {
        Properties p = new Properties();
        p.putAll(Map.of("bootstrap.servers", bootstrap, "group.id", "restart-test", "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class.getName(), "value.deserializer",
                StringDeserializer.class.getName()));
        return new KafkaConsumer<>(p);
    }
}
