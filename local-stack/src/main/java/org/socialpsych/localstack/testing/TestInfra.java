package org.socialpsych.localstack.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialpsych.localstack.KafkaKraftBroker;
import org.socialpsych.localstack.KeyMaterial;
import org.socialpsych.localstack.MongoWireServer;

/**
 * The infrastructure integration tests run against, started once per test JVM: Testcontainers
 * (real Kafka and a MongoDB replica set) where a Docker engine answers, otherwise the embedded
 * default, a real KRaft broker and the Mongo-wire server. {@code -Dinfra=embedded} forces the
 * embedded pair. Also holds a test key pair and mints RS256 tokens.
 */
public final class TestInfra {

    private static final Logger log = LoggerFactory.getLogger(TestInfra.class);
    private static TestInfra instance;

    private final boolean docker;
    private final String kafkaBootstrap;
    private final String mongoBase;
    private final Path keysDir;
    private final PrivateKey signingKey;

    private TestInfra(boolean docker, String kafkaBootstrap, String mongoBase, Path keysDir) throws Exception {
        this.docker = docker;
        this.kafkaBootstrap = kafkaBootstrap;
        this.mongoBase = mongoBase;
        this.keysDir = keysDir;
        this.signingKey = KeyMaterial.readPrivateKey(keysDir.resolve(KeyMaterial.PRIVATE_KEY));
    }

    public static synchronized TestInfra get() {
        if (instance == null) {
            try {
                instance = start();
            } catch (Exception e) {
                throw new IllegalStateException("Test infrastructure did not start", e);
            }
        }
        return instance;
    }

    private static TestInfra start() throws Exception {
        Path keys = Files.createTempDirectory("socialpsych-keys");
        KeyMaterial.ensure(keys);
        if (dockerAvailable()) {
            return DockerInfra.start(keys);
        }
        Path dir = Files.createTempDirectory("socialpsych-it");
        KafkaKraftBroker kafka = new KafkaKraftBroker(dir.resolve("kafka"), freePort(), freePort());
        kafka.start();
        MongoWireServer mongo = MongoWireServer.start(0, null);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            mongo.close();
        }));
        log.info("Embedded test infra: kafka {} mongo {}", kafka.bootstrapServers(), mongo.uri(""));
        return new TestInfra(false, kafka.bootstrapServers(), mongo.uri(""), keys);
    }

    static TestInfra of(boolean docker, String kafkaBootstrap, String mongoBase, Path keys) throws Exception {
        return new TestInfra(docker, kafkaBootstrap, mongoBase, keys);
    }

    private static boolean dockerAvailable() {
        if ("embedded".equals(System.getProperty("infra"))) {
            return false;
        }
        try {
            Class.forName("org.testcontainers.DockerClientFactory");
            return DockerInfra.available();
        } catch (Throwable e) {
            return false;
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    public boolean docker() {
        return docker;
    }

    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    /** A Mongo URI for a database of its own (one per test class keeps tests independent). */
    public String mongoUri(String database) {
        String base = mongoBase.endsWith("/") ? mongoBase : mongoBase + "/";
        int q = base.indexOf('?');
        return q < 0 ? base + database : base.substring(0, q) + database + base.substring(q);
    }

    public String publicKeyLocation() {
        return "file:" + keysDir.resolve(KeyMaterial.PUBLIC_KEY).toAbsolutePath();
    }

    public Path keysDir() {
        return keysDir;
    }

    /** An RS256 token signed by the test key for the platform's audience ({@code socialpsych}), valid for an hour. */
    public String token(String subject, List<String> roles, List<String> areas) {
        long now = Instant.now().getEpochSecond();
        String claims = "{\"sub\":\"" + subject + "\",\"iss\":\"socialpsych-local\",\"aud\":\"socialpsych\",\"iat\":" + now + ",\"exp\":"
                + (now + 3600) + ",\"roles\":" + json(roles) + ",\"areas\":" + json(areas) + "}";
        try {
            return KeyMaterial.signRs256(signingKey, claims);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\"", "") + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
