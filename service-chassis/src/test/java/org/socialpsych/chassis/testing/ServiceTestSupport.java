package org.socialpsych.chassis.testing;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.socialpsych.localstack.testing.TestInfra;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a service under test at the shared test infrastructure (real broker, Mongo-wire server). */
public final class ServiceTestSupport {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private ServiceTestSupport() {
    }

    /** Registers Kafka, a fresh Mongo database, the test JWT key, and no Eureka. */
    public static void infra(DynamicPropertyRegistry r, String databasePrefix) {
        TestInfra infra = TestInfra.get();
        String db = databasePrefix + "-" + DATABASES.incrementAndGet() + "-" + System.nanoTime() % 100000;
        r.add("spring.kafka.bootstrap-servers", infra::kafkaBootstrap);
        r.add("spring.mongodb.uri", () -> infra.mongoUri(db));
        r.add("socialpsych.security.jwt.public-key-location", infra::publicKeyLocation);
        r.add("socialpsych.security.jwt.issuer-uri", () -> "");
        r.add("eureka.client.enabled", () -> "false");
        r.add("socialpsych.outbox.poll-interval", () -> "200ms");
        r.add("socialpsych.audit.hmac-key", () -> java.util.Base64.getEncoder()
                .encodeToString(MemoryAuditCheckpoints.TEST_KEY));
    }

    /**
     * The same settings as {@link #infra} as plain properties, for tests that start several
     * application contexts (replicas) of one service on one database.
     */
    public static java.util.Map<String, Object> replicaProperties(String database) {
        TestInfra infra = TestInfra.get();
        return java.util.Map.of("spring.kafka.bootstrap-servers", infra.kafkaBootstrap(),
                "spring.mongodb.uri", infra.mongoUri(database),
                "socialpsych.security.jwt.public-key-location", infra.publicKeyLocation(),
                "socialpsych.security.jwt.issuer-uri", "",
                "eureka.client.enabled", "false",
                "socialpsych.outbox.poll-interval", "200ms",
                "socialpsych.audit.hmac-key", java.util.Base64.getEncoder()
                        .encodeToString(MemoryAuditCheckpoints.TEST_KEY),
                "server.port", "0");
    }

    public static String bearer(String subject, List<String> roles, List<String> areas) {
        return "Bearer " + TestInfra.get().token(subject, roles, areas);
    }

    /**
     * A client for the authorization and hostile-input walks: a new connection for every request (no
     * pool, no keep-alive reuse), so an answer the service gives before reading a request's body
     * (401, 400, 414, 413) cannot leave a pooled connection for the next request of the walk, and a
     * walk never depends on what earlier tests left in the JVM-wide connection pool.
     */
    public static org.springframework.test.web.reactive.server.WebTestClient unpooledClient(String baseUrl) {
        return org.springframework.test.web.reactive.server.WebTestClient
                .bindToServer(new org.springframework.http.client.reactive.ReactorClientHttpConnector(
                        reactor.netty.http.client.HttpClient.create(
                                reactor.netty.resources.ConnectionProvider.newConnection())))
                .baseUrl(baseUrl).responseTimeout(java.time.Duration.ofSeconds(30)).build();
    }

    /** {@link #unpooledClient(String)} for the service of this context, or {@code fallback} without a server port. */
    public static org.springframework.test.web.reactive.server.WebTestClient unpooledClient(
            org.springframework.context.ApplicationContext context,
            org.springframework.test.web.reactive.server.WebTestClient fallback) {
        String port = context.getEnvironment().getProperty("local.server.port");
        return port == null ? fallback : unpooledClient("http://localhost:" + port);
    }
}
