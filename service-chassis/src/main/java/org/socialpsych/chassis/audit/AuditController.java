package org.socialpsych.chassis.audit;

import java.util.Map;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.chassis.web.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The read audit of this service, under {@code /api/v1/audit/<service>/…}: entries by data subject
 * or actor and the tamper check for AUDITOR; "who viewed my data" for the resident it is about.
 */
@RestController
public class AuditController {

    private final ReadAuditLog log;
    private final AuditSubjectScope scope;

    public AuditController(ReadAuditLog log, AuditSubjectScope scope) {
        this.log = log;
        this.scope = scope;
    }

    /**
     * Entries about one person, or by one actor, newest first, cursor paged ({@code limit},
     * {@code cursor}, {@code next}); an auditor sees only entries about persons owned in its scope
     * (404 for a person outside it; entries about other persons are left out of an actor's page, so
     * such a page may hold fewer than {@code limit} entries — follow {@code next} until it is null).
     */
    @GetMapping("/api/v1/audit/${spring.application.name}/entries")
    public Mono<CursorPage<ReadAuditLog.Entry>> entries(ServerWebExchange exchange,
            @RequestParam(required = false) String dataSubject, @RequestParam(required = false) String actor,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        QueryParameters.allowOnly(exchange, "dataSubject", "actor", "limit", "cursor");
        return CurrentUser.requireAnyRole(Roles.AUDITOR).flatMap(u -> {
            if ((dataSubject == null) == (actor == null)) {
                return Mono.error(ApiException.invalid("audit-query", "Give exactly one of dataSubject or actor",
                        Map.of()));
            }
            if (dataSubject != null) {
                return scope.covers(u, dataSubject).flatMap(ok -> ok ? log.page("dataSubject", dataSubject, cursor,
                        limit) : Mono.error(ApiException.notFound("Audit of", dataSubject)));
            }
            return log.page("actor", actor, cursor, limit).flatMap(page -> Flux.fromIterable(page.items())
                    .concatMap(e -> e.dataSubject() == null ? Mono.just(e)
                            : scope.covers(u, e.dataSubject()).filter(Boolean::booleanValue).map(ok -> e))
                    .collectList()
                    .map(items -> new CursorPage<>(items, page.next())));
        });
    }

    @GetMapping("/api/v1/audit/${spring.application.name}/verify")
    public Mono<ReadAuditLog.Verification> verify() {
        return CurrentUser.requireAnyRole(Roles.AUDITOR).flatMap(u -> log.verify());
    }

    /** PIPL right of access: the person (as RESIDENT, subject = own id) or an auditor in scope sees who read their data. */
    @GetMapping("/api/v1/audit/${spring.application.name}/subject-access/{dataSubject}")
    public Mono<CursorPage<ReadAuditLog.Entry>> subjectAccess(ServerWebExchange exchange,
            @PathVariable String dataSubject, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        QueryParameters.allowOnly(exchange, "limit", "cursor");
        return CurrentUser.get().flatMap(u -> {
            boolean self = u.hasRole(Roles.RESIDENT) && u.subject().equals(dataSubject);
            Mono<Boolean> allowed = self ? Mono.just(true)
                    : u.hasRole(Roles.AUDITOR) ? scope.covers(u, dataSubject) : Mono.just(false);
            return allowed.flatMap(ok -> ok ? log.page("dataSubject", dataSubject, cursor, limit)
                    : Mono.error(ApiException.notFound("Audit of", dataSubject)));
        });
    }
}
