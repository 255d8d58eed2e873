package org.socialpsych.assessment.assessment.infra;

import org.socialpsych.chassis.audit.ReadAuditLog;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Reads of person-level data go to the platform's hash-chained read audit (service-chassis
 * {@link ReadAuditLog}): who, when, which record(s), whose data, which view, what for.
 */
@Component
public class AccessLog {

    private final ReadAuditLog audit;

    public AccessLog(ReadAuditLog audit) {
        this.audit = audit;
    }

    public Mono<Void> read(PlatformPrincipal user, String resource, String recordId, String subjectId, int records,
            String view) {
        return audit.record(user, resource, recordId == null ? "list(" + records + ")" : recordId, subjectId, view,
                null);
    }
}
