package org.socialpsych.psych.crisis.api;

import java.time.Instant;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.socialpsych.chassis.audit.ReadAuditLog;
import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.chassis.web.QueryParameters;
import org.socialpsych.psych.common.infra.Scopes;
import org.socialpsych.psych.crisis.infra.GridFollowUpDocument;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The links to grid follow-up tasks requested from LOW flags and LOW hotline triage, due first, in the
 * caller's view scope (no clinical reasons). grid-service holds the tasks themselves. Each listed link
 * names a person: every one served is appended to the read audit.
 */
@RestController
@RequestMapping("/api/v1/grid-follow-ups")
public class GridFollowUpController {

    public record FollowUpView(String id, String subjectId, String sourceRef, String origin, String areaCode,
            String status, Instant createdAt, Instant dueBy) {
    }

    private final ReactiveMongoTemplate mongo;
    private final ReadAuditLog audit;

    public GridFollowUpController(ReactiveMongoTemplate mongo, ReadAuditLog audit) {
        this.mongo = mongo;
        this.audit = audit;
    }

    @GetMapping
    public Mono<CursorPage<FollowUpView>> list(@RequestParam(required = false) String under,
            @RequestParam(required = false) String sourceRef, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit, ServerWebExchange exchange) {
        QueryParameters.allowOnly(exchange, "under", "sourceRef", "cursor", "limit");
        int n = CursorPage.limit(limit);
        return CurrentUser.requireAnyRole(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN, Roles.GRID_WORKER, Roles.COUNSELLOR,
                Roles.CLINICIAN).flatMap(user -> {
                    Criteria c = new Criteria();
                    if (under != null) {
                        c = c.and("areaPath").is(under);
                    }
                    if (sourceRef != null) {
                        c = c.and("sourceRef").is(sourceRef);
                    }
                    if (cursor != null) {
                        String[] k = decode(cursor);
                        Instant due = Instant.ofEpochMilli(Long.parseLong(k[0]));
                        c = new Criteria().andOperator(c, new Criteria().orOperator(Criteria.where("dueBy").gt(due),
                                Criteria.where("dueBy").is(due).and("_id").gt(k[1])));
                    }
                    Query q = new Query(Scopes.viewable(c, user, "areaPath"))
                            .with(Sort.by("dueBy").and(Sort.by("_id"))).limit(n + 1);
                    return mongo.find(q, GridFollowUpDocument.class).collectList()
                            .map(rows -> CursorPage.of(rows, n, d -> encode(d.dueBy, d.id)))
                            .flatMap(page -> Flux.fromIterable(page.items())
                                    .filter(d -> user.canView(d.areaPath))
                                    .concatMap(d -> audit.record(user, "grid-follow-up", d.id, d.subjectId,
                                            "governance", null).thenReturn(new FollowUpView(d.id, d.subjectId,
                                                    d.sourceRef, d.origin, d.areaCode, d.status, d.createdAt, d.dueBy)))
                                    .collectList().map(items -> new CursorPage<>(items, page.next())));
                });
    }

    static String encode(Instant at, String id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((at.toEpochMilli() + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    static String[] decode(String cursor) {
        try {
            String[] k = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
            Long.parseLong(k[0]);
            if (k.length == 2) {
                return k;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid query parameter",
                "cursor is not one this list issued", Map.of());
    }
}
