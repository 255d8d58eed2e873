package org.socialpsych.grid;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.socialpsych.chassis.jobs.PeriodicJobRunner;
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.socialpsych.grid.resident.domain.IdNumber;
import org.socialpsych.localstack.testing.TestInfra;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One grid-service context shared by the feature ITs (same properties, so Spring reuses it): real
 * embedded Kafka and Mongo-wire server, two master keys (k2 active), the periodic loop every 200 ms
 * and a FAST_TEST event category with a one-second deadline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(GridItSupport.OwnCheckpoints.class)
public abstract class GridItSupport {

    /**
     * This context's audit checkpoints kept to itself: every test context has its own database but
     * all share one broker, so on the shared {@code audit.checkpoints.v1} topic the chains of the other
     * contexts' databases would look deleted to {@code verify} (a chassis issue: checkpoints are not
     * scoped by database). Tamper evidence itself is the chassis' test.
     */
    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    static class OwnCheckpoints {
        @org.springframework.context.annotation.Bean
        @org.springframework.context.annotation.Primary
        org.socialpsych.chassis.audit.AuditCheckpoints contextCheckpoints() {
            return new org.socialpsych.chassis.testing.MemoryAuditCheckpoints();
        }
    }

    public static final String KEY_1 = randomKey();
    public static final String KEY_2 = randomKey();
    public static final String HMAC = randomKey();
    public static final String ADMIN = ServiceTestSupport.bearer("admin", List.of("SYSTEM_ADMIN"), List.of());
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger SEQ = new AtomicInteger(100);

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry r) {
        gridProperties(r, "grid-features", "200ms");
    }

    /**
     * The feature ITs' properties on a fresh database named after {@code databasePrefix}, with the
     * periodic loop every {@code schedulerInterval} (a context of its own, e.g. the security matrix).
     */
    public static void gridProperties(DynamicPropertyRegistry r, String databasePrefix, String schedulerInterval) {
        ServiceTestSupport.infra(r, databasePrefix);
        r.add("socialpsych.crypto.keys.k1", () -> KEY_1);
        r.add("socialpsych.crypto.keys.k2", () -> KEY_2);
        r.add("socialpsych.crypto.active-key-id", () -> "k2");
        r.add("socialpsych.crypto.hmac-key", () -> HMAC);
        r.add("socialpsych.grid.scheduler.interval", () -> schedulerInterval);
        r.add("socialpsych.grid.events.categories[FAST_TEST].deadline", () -> "1s");
        r.add("socialpsych.grid.events.categories[FAST_TEST].escalate-every", () -> "1h");
        r.add("socialpsych.grid.events.categories[SAFETY_HAZARD].notify-neighbours", () -> "true");
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected ReactiveMongoTemplate mongo;

    /** The platform clock (Asia/Shanghai): tests take "today" from it, never from the machine's zone. */
    @Autowired
    protected Clock clock;

    /** The periodic jobs' runner (chassis); {@code runAll()} runs every job now. */
    @Autowired
    protected PeriodicJobRunner jobs;

    /** Today in the platform zone. */
    protected LocalDate today() {
        return LocalDate.now(clock);
    }

    static String randomKey() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    protected WebTestClient client() {
        return client(port);
    }

    public static WebTestClient client(int port) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    protected static String token(String subject, String role, String... areas) {
        return ServiceTestSupport.bearer(subject, List.of(role), List.of(areas));
    }

    /** A valid identity number (correct check character) unique to this run. */
    public static String idNumber() {
        String first17 = "330327" + "1990" + String.format("%02d%02d", 1 + SEQ.get() % 12, 1 + SEQ.get() % 28)
                + String.format("%03d", SEQ.getAndIncrement() % 1000);
        return first17 + IdNumber.checkChar(first17);
    }

    protected JsonNode post(String auth, String uri, Object body, int status) {
        return post(client(), auth, uri, body, status);
    }

    protected JsonNode put(String auth, String uri, Object body, int status) {
        return put(client(), auth, uri, body, status);
    }

    protected JsonNode get(String auth, String uri, int status) {
        return get(client(), auth, uri, status);
    }

    public static JsonNode post(WebTestClient client, String auth, String uri, Object body, int status) {
        return json(client.post().uri(uri).header("Authorization", auth).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange(), status);
    }

    public static JsonNode put(WebTestClient client, String auth, String uri, Object body, int status) {
        return json(client.put().uri(uri).header("Authorization", auth).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange(), status);
    }

    public static JsonNode get(WebTestClient client, String auth, String uri, int status) {
        return json(client.get().uri(uri).header("Authorization", auth).exchange(), status);
    }

    /** The rows of a cursor page ({@code items}). */
    public static JsonNode items(JsonNode page) {
        return page.get("items");
    }

    public static JsonNode json(WebTestClient.ResponseSpec response, int status) {
        byte[] out = response.expectStatus().isEqualTo(status).expectBody().returnResult().getResponseBody();
        return out == null ? null : JSON.readTree(new String(out, StandardCharsets.UTF_8));
    }

    /** city → county → town → village → grids {p}-g1.. ; returns the grid codes. */
    protected List<String> tree(String p, int grids) {
        return tree(client(), p, grids);
    }

    public static List<String> tree(WebTestClient client, String p, int grids) {
        post(client, ADMIN, "/api/v1/areas", Map.of("code", p, "name", "City " + p, "level", "CITY", "validFrom",
                "2020-01-01"), 201);
        post(client, ADMIN, "/api/v1/areas", Map.of("code", p + "c", "name", "County", "level", "COUNTY",
                "parentCode", p, "validFrom", "2020-01-01"), 201);
        post(client, ADMIN, "/api/v1/areas", Map.of("code", p + "t", "name", "Town", "level", "TOWN", "parentCode",
                p + "c", "validFrom", "2020-01-01"), 201);
        post(client, ADMIN, "/api/v1/areas", Map.of("code", p + "v", "name", "Village", "level", "VILLAGE",
                "parentCode", p + "t", "validFrom", "2020-01-01"), 201);
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= grids; i++) {
            String g = p + "-g" + i;
            post(client, ADMIN, "/api/v1/areas", Map.of("code", g, "name", "Grid " + i, "level", "GRID",
                    "parentCode", p + "v", "validFrom", "2020-01-01"), 201);
            out.add(g);
        }
        return out;
    }

    protected void assign(String person, String role, String grid) {
        assign(client(), person, role, grid);
    }

    /** A dated staff assignment; returns its id. */
    public static String assign(WebTestClient client, String person, String role, String grid) {
        return post(client, ADMIN, "/api/v1/grid-staff", Map.of("personId", person, "role", role, "gridCode", grid),
                201).get("id").asString();
    }

    protected String resident(String auth, String grid, String idNumber, String name, String phone) {
        return resident(client(), auth, grid, idNumber, name, phone);
    }

    public static String resident(WebTestClient client, String auth, String grid, String idNumber, String name,
            String phone) {
        return post(client, auth, "/api/v1/residents", residentBody(grid, idNumber, name, phone), 201).get("id")
                .asString();
    }

    /** The registration body of a resident ({@code phone} may be null). */
    public static Map<String, Object> residentBody(String grid, String idNumber, String name, String phone) {
        Map<String, Object> body = new HashMap<>(Map.of("idNumber", idNumber, "name", name, "gridCode", grid));
        if (phone != null) {
            body.put("phone", phone);
        }
        return body;
    }

    /** Records on {@code topic} with key {@code key}, waiting until {@code count} arrived. */
    protected static List<ConsumerRecord<String, String>> consume(String topic, String key, int count,
            Duration timeout) {
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
            while (out.size() < count && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> {
                    if (key.equals(r.key())) {
                        out.add(r);
                    }
                });
            }
        }
        return out;
    }

    protected static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** Polls until the condition holds or the timeout passes. */
    protected static void await(Duration timeout, java.util.function.BooleanSupplier condition) {
        org.awaitility.Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(200))
                .until(condition::getAsBoolean);
    }
}
