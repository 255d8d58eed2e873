package org.socialpsych.person;

import org.socialpsych.chassis.audit.AuditSubjectScope;
import org.socialpsych.chassis.security.PlatformPrincipal;

import reactor.core.publisher.Mono;

/** Auditors see audit entries about persons owned in their view scope (ownership, ADR 0010). */
public class PersonAuditScope implements AuditSubjectScope {

    private final PersonIndex index;

    public PersonAuditScope(PersonIndex index) {
        this.index = index;
    }

    @Override
    public Mono<Boolean> covers(PlatformPrincipal auditor, String dataSubject) {
        if (auditor.isSystemAdmin()) {
            return Mono.just(true);
        }
        return index.find(dataSubject).map(owner -> PersonIndex.owns(auditor, owner)).defaultIfEmpty(false);
    }
}
