package org.socialpsych.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.audit.ReadAuditLog;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Flux;

/** The chassis read audit, exercised in a real service against the Mongo-wire server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadAuditIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry r) {
        ServiceTestSupport.infra(r, "reporting-audit");
    }

    @LocalServerPort
    int port;

    @Autowired
    ReadAuditLog audit;

    @Autowired
    ReactiveMongoTemplate mongo;

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void shouldLimitExternalSystemsToTheNamedApis() {
        String external = ServiceTestSupport.bearer("client-12345", List.of("EXTERNAL_SYSTEM"), List.of("3303"));
        client().get().uri("/api/v1/indicators").header("Authorization", external).exchange().expectStatus().isOk();
        client().get().uri("/api/v1/period-reports/x").header("Authorization", external).exchange()
                .expectStatus().isForbidden();
        client().get().uri("/api/v1/audit/reporting-service/verify").header("Authorization", external).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void shouldChainEntriesDetectTamperingAndAnswerWhoViewedMyData() {
        PlatformPrincipal clinician = new PlatformPrincipal("dr-li", Set.of("CLINICIAN"), Set.of("330327"),
                Set.of("330327"), "user");
        Flux.range(0, 50).concatMap(i -> audit.record(clinician, "assessment", "as-" + i, i % 2 == 0 ? "p-1" : "p-2",
                "CLINICAL", "follow-up")).blockLast();

        String auditor = ServiceTestSupport.bearer("aud", List.of("AUDITOR"), List.of("3303"));
        client().get().uri("/api/v1/audit/reporting-service/verify").header("Authorization", auditor).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.intact").isEqualTo(true)
                .jsonPath("$.entries").isEqualTo(50);
        // reporting holds no person index: no person is owned in a scoped auditor's area (chassis
        // AuditSubjectScope.PLATFORM_WIDE_ONLY), so only a platform-wide auditor sees entries about a person
        client().get().uri("/api/v1/audit/reporting-service/entries?dataSubject=p-1").header("Authorization", auditor)
                .exchange().expectStatus().isNotFound();
        String platformAuditor = ServiceTestSupport.bearer("aud-platform", List.of("AUDITOR", "SYSTEM_ADMIN"),
                List.of("3303"));
        client().get().uri("/api/v1/audit/reporting-service/entries?dataSubject=p-1")
                .header("Authorization", platformAuditor)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(25)
                .jsonPath("$.next").doesNotExist()
                .jsonPath("$.items[0].actor").isEqualTo("dr-li").jsonPath("$.items[0].purpose").isEqualTo("follow-up");
        // cursor pages: 10 + 10 + 5, nothing repeated, and unknown parameters refused
        String page1 = client().get().uri("/api/v1/audit/reporting-service/entries?dataSubject=p-1&limit=10")
                .header("Authorization", platformAuditor).exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
        String next = tools.jackson.databind.json.JsonMapper.builder().build().readTree(page1).get("next").asString();
        client().get().uri("/api/v1/audit/reporting-service/entries?dataSubject=p-1&limit=10&cursor=" + next)
                .header("Authorization", platformAuditor).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(10).jsonPath("$.next").exists();
        client().get().uri("/api/v1/audit/reporting-service/entries?dataSubject=p-1&offset=10")
                .header("Authorization", platformAuditor).exchange().expectStatus().isBadRequest();

        // the person can see who read their data, and no one else's
        String p1 = ServiceTestSupport.bearer("p-1", List.of("RESIDENT"), List.of());
        client().get().uri("/api/v1/audit/reporting-service/subject-access/p-1").header("Authorization", p1)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(25);
        client().get().uri("/api/v1/audit/reporting-service/subject-access/p-2").header("Authorization", p1)
                .exchange().expectStatus().isNotFound();
        client().get().uri("/api/v1/audit/reporting-service/verify")
                .header("Authorization", ServiceTestSupport.bearer("x", List.of("CLINICIAN"), List.of("3303")))
                .exchange().expectStatus().isForbidden();

        // rewrite history: the chain breaks
        mongo.updateFirst(new Query(Criteria.where("seq").is(10L)), new Update().set("actor", "someone-else"),
                ReadAuditLog.COLLECTION).block();
        mongo.remove(new Query(Criteria.where("seq").is(20L)), ReadAuditLog.COLLECTION).block();
        client().get().uri("/api/v1/audit/reporting-service/verify").header("Authorization", auditor).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.intact").isEqualTo(false)
                .jsonPath("$.problems.length()").isEqualTo(3);
        assertThat(mongo.count(new Query(), Document.class, ReadAuditLog.COLLECTION).block()).isEqualTo(49);
    }
}
