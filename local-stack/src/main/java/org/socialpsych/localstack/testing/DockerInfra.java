package org.socialpsych.localstack.testing;

import java.nio.file.Path;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** The Testcontainers branch of {@link TestInfra}: loaded only when Testcontainers is present. */
final class DockerInfra {

    private DockerInfra() {
    }

    static boolean available() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    @SuppressWarnings("resource")
    static TestInfra start(Path keys) throws Exception {
        KafkaContainer kafka = new KafkaContainer("apache/kafka-native:4.1.2");
        MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
        kafka.start();
        mongo.start();
        return TestInfra.of(true, kafka.getBootstrapServers(), mongo.getConnectionString(), keys);
    }
}
