package org.socialpsych.chassis.audit;

import java.util.List;
import java.util.Map;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

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
     * Entries about one person, or by one actor; an auditor sees only entries about persons owned in
     * its scope (404 for a person outside it, entries about other persons left out of an actor's list).
     */
    @GetMapping("/api/v1/audit/${spring.application.name}/entries")
    public Mono<List<ReadAuditLog.Entry>> entries(@RequestParam(required = false) String dataSubject,
            @RequestParam(required = false) String actor, @RequestParam(defaultValue = "200") int limit) {
        return CurrentUser.requireAnyRole(Roles.AUDITOR).flatMap(u -> {
            if ((dataSubject == null) == (actor == null)) {
                return Mono.error(ApiException.invalid("audit-query", "Give exactly one of dataSubject or actor",
                        Map.of()));
            }
            if (dataSubject != null) {
                return scope.covers(u, dataSubject).flatMap(ok -> ok ? log.bySubject(dataSubject, limit).collectList()
                        : Mono.error(ApiException.notFound("Audit of", dataSubject)));
            }
            return log.byActor(actor, limit)
                    .concatMap(e -> e.dataSubject() == null ? Mono.just(e)
                            : scope.covers(u, e.dataSubject()).filter(Boolean::booleanValue).map(ok -> e))
                    .collectList();
        });
    }

    @GetMapping("/api/v1/audit/${spring.application.name}/verify")
    public Mono<ReadAuditLog.Verification> verify() {
        return CurrentUser.requireAnyRole(Roles.AUDITOR).flatMap(u -> log.verify());
    }

    /** PIPL right of access: the person (as RESIDENT, subject = own id) or an auditor in scope sees who read their data. */
    @GetMapping("/api/v1/audit/${spring.application.name}/subject-access/{dataSubject}")
    public Mono<List<ReadAuditLog.Entry>> subjectAccess(@PathVariable String dataSubject) {
        return CurrentUser.get().flatMap(u -> {
            boolean self = u.hasRole(Roles.RESIDENT) && u.subject().equals(dataSubject);
            Mono<Boolean> allowed = self ? Mono.just(true)
                    : u.hasRole(Roles.AUDITOR) ? scope.covers(u, dataSubject) : Mono.just(false);
            return allowed.flatMap(ok -> ok ? log.bySubject(dataSubject, 1000).collectList()
                    : Mono.error(ApiException.notFound("Audit of", dataSubject)));
        });
    }
}
