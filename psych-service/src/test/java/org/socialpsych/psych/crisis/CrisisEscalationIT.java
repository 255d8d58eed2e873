package org.socialpsych.psych.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialpsych.psych.support.PsychIT.await;
import static org.socialpsych.psych.support.PsychIT.consume;
import static org.socialpsych.psych.support.PsychIT.header;
import static org.socialpsych.psych.support.PsychIT.json;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.jobs.PeriodicJobRunner;
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.socialpsych.chassis.testing.TestClock;
import org.socialpsych.events.Topics;
import org.socialpsych.events.psych.PsychEvents;
import org.socialpsych.psych.PsychServiceApplication;
import org.socialpsych.psych.support.PsychIT;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The durable timers, with the HIGH SLA shrunk to seconds: an unacknowledged case climbs the
 * ladder while the service runs, and a case whose deadline passed while the service was stopped
 * escalates as soon as a new instance starts on the same database.
 */
class CrisisEscalationIT {

    static final String ADMIN = ServiceTestSupport.bearer("admin", List.of("SYSTEM_ADMIN"), List.of());

    static Map<String, Object> properties() {
        Map<String, Object> props = new LinkedHashMap<>();
        ServiceTestSupport.infra((name, value) -> props.put(name, value.get()), "psych-escalation");
        props.put("server.port", "0");
        props.put("socialpsych.crisis.tiers.high.acknowledge", "3s");
        props.put("socialpsych.crisis.tiers.high.first-contact", "1h");
        props.put("socialpsych.crisis.tiers.high.escalation-step", "2s");
        props.put("socialpsych.crisis.timers.poll-interval", "500ms");
        return props;
    }

    static ConfigurableApplicationContext start(Map<String, Object> props) {
        return start(props, null);
    }

    /** With {@code clock} (when given) as the instance's platform clock. */
    static ConfigurableApplicationContext start(Map<String, Object> props, Clock clock) {
        // command-line arguments outrank the service's own configuration files, as @DynamicPropertySource does
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        SpringApplicationBuilder app = new SpringApplicationBuilder(PsychServiceApplication.class);
        if (clock != null) {
            app.initializers(ctx -> ctx.getBeanFactory().registerSingleton("platformClock", clock));
        }
        return app.run(args);
    }

    static WebTestClient client(ConfigurableApplicationContext ctx) {
        int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    static String openHighCase(ConfigurableApplicationContext ctx, String name) {
        // a person grid issued, owned by the case's grid (as ResidentRegistered would record it)
        String subject = org.socialpsych.person.testing.TestPersons.id(name);
        ctx.getBean(org.socialpsych.person.PersonIndex.class)
                .record(subject, "77010101-g1", PsychIT.pathOf("7701", 4), 1).block();
        byte[] body = client(ctx).post().uri("/api/v1/crisis-cases").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subjectId", subject, "tier", "HIGH", "areaCode", "77010101-g1")).exchange()
                .expectStatus().isCreated().expectBody().returnResult().getResponseBody();
        return json(new String(body)).get("id").asString();
    }

    static Document stored(ConfigurableApplicationContext ctx, String id) {
        return ctx.getBean(ReactiveMongoTemplate.class).findById(id, Document.class, "crisis_cases").block();
    }

    @Test
    void shouldEscalateAnUnacknowledgedCaseAlsoAcrossAServiceRestart() throws Exception {
        Map<String, Object> props = properties();
        String live;
        String overdueWhileDown;
        ConfigurableApplicationContext first = start(props);
        try {
            PsychIT.seedAreas(first.getBean(ReactiveMongoTemplate.class), "7701");
            live = openHighCase(first, "p-live");
            // acknowledged in time: never escalates
            String acked = openHighCase(first, "p-acked");
            client(first).post().uri("/api/v1/crisis-cases/" + acked + "/acknowledge").header("Authorization", ADMIN)
                    .exchange().expectStatus().isOk();

            await("the live case to escalate to TOWN", Duration.ofSeconds(30),
                    () -> "TOWN".equals(stored(first, live).getString("escalationLevel"))
                            || "COUNTY".equals(stored(first, live).getString("escalationLevel")));
            Document town = stored(first, live);
            assertThat(town.getList("escalations", Document.class).get(0).getString("targetAreaCode"))
                    .isEqualTo("770101");
            assertThat(stored(first, acked).getString("escalationLevel")).isEqualTo("GRID_TEAM");

            overdueWhileDown = openHighCase(first, "p-down");
        } finally {
            first.close();
        }

        // the service is down while the 3 s acknowledgement deadline passes: the next instance starts
        // with the platform clock 5 s on (no wall-clock wait)
        TestClock later = new TestClock(ZoneId.of("Asia/Shanghai"), Duration.ofSeconds(5));
        long restartedAt = System.currentTimeMillis();
        ConfigurableApplicationContext second = start(props, later);
        try {
            Document before = stored(second, overdueWhileDown);
            await("the case that went overdue while down to escalate", Duration.ofSeconds(20),
                    () -> !"GRID_TEAM".equals(stored(second, overdueWhileDown).getString("escalationLevel")));
            assertThat(System.currentTimeMillis() - restartedAt).isLessThan(20_000);
            Document after = stored(second, overdueWhileDown);
            assertThat(after.getBoolean("acknowledgeBreached")).isTrue();
            assertThat(after.getList("timeline", Document.class)).extracting(t -> t.getString("action"))
                    .contains("SLA_BREACHED", "ESCALATED");
            assertThat(before).isNotNull();

            // the ladder keeps climbing to the top and stops there
            await("the live case to reach EMERGENCY", Duration.ofSeconds(30),
                    () -> "EMERGENCY".equals(stored(second, live).getString("escalationLevel")));
            // ... and stops there: ten more minutes (many escalation steps, still inside the 1 h
            // first-contact deadline) and two more runs of every timer add no rung
            later.advance(Duration.ofMinutes(10));
            PeriodicJobRunner timers = second.getBean(PeriodicJobRunner.class);
            timers.runAll().block();
            timers.runAll().block();
            Document top = stored(second, live);
            assertThat(top.getString("escalationLevel")).isEqualTo("EMERGENCY");
            assertThat(top.getList("escalations", Document.class)).hasSize(3);
            assertThat(top.get("nextCheckAt")).as("only the first-contact deadline is left").isNotNull();
        } finally {
            second.close();
        }

        List<ConsumerRecord<String, String>> escalated = consume(Topics.PSYCH_CRISIS_CASES,
                r -> live.equals(r.key()) && PsychEvents.CRISIS_CASE_ESCALATED.equals(header(r, "ce_type")), 3,
                Duration.ofSeconds(30));
        // publishing is at-least-once: an event sent just before the first instance stopped may be sent
        // again by the second (same ce_id, which consumers de-duplicate on); distinct events are exact
        Map<String, ConsumerRecord<String, String>> distinct = new LinkedHashMap<>();
        escalated.forEach(r -> distinct.putIfAbsent(header(r, "ce_id"), r));
        assertThat(distinct.values()).extracting(r -> json(r.value()).get("level").asString())
                .containsExactly("TOWN", "COUNTY", "EMERGENCY");
        escalated = List.copyOf(distinct.values());
        assertThat(json(escalated.get(0).value()).get("reason").asString()).isEqualTo("ACKNOWLEDGE_OVERDUE");
        List<ConsumerRecord<String, String>> down = consume(Topics.PSYCH_CRISIS_CASES,
                r -> overdueWhileDown.equals(r.key()) && PsychEvents.CRISIS_CASE_ESCALATED.equals(header(r, "ce_type")),
                1, Duration.ofSeconds(30));
        assertThat(down).isNotEmpty();
    }
}
