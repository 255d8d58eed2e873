package org.socialpsych.chassis.audit;

import org.socialpsych.chassis.security.PlatformPrincipal;

import reactor.core.publisher.Mono;

/**
 * Whose audit entries an auditor may see: entries about persons owned in the auditor's view scope
 * (DOMAIN: auditors see audit entries of persons owned in their scope). Services that hold persons
 * provide the ownership-based scope of the person index; without one, only a platform-wide caller
 * sees person-level entries.
 */
@FunctionalInterface
public interface AuditSubjectScope {

    AuditSubjectScope PLATFORM_WIDE_ONLY = (auditor, dataSubject) -> Mono.just(auditor.isSystemAdmin());

    Mono<Boolean> covers(PlatformPrincipal auditor, String dataSubject);
}
