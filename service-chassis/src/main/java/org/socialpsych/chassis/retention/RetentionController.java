package org.socialpsych.chassis.retention;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.socialpsych.chassis.jobs.JobLease;
import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.security.Roles;
import org.springframework.web.bind.annotation.GetMapping;
import org.socialpsych.chassis.web.ApiException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * The retention policy of this service under {@code /api/v1/retention/<service>}: the record
 * classes and their periods for SYSTEM_ADMIN and AUDITOR; a purge run on demand for SYSTEM_ADMIN
 * (the job also runs on its own every {@code socialpsych.retention.interval}).
 */
@RestController
public class RetentionController {

    public record ClassPolicy(String name, String recordType, String keep, String clockStartsAt) {
    }

    public record Policy(boolean enabled, Duration interval, List<ClassPolicy> classes) {
    }

    public record Run(Map<String, Long> purged) {
    }

    private final RetentionJob job;
    private final JobLease lease;

    public RetentionController(RetentionJob job, JobLease lease) {
        this.job = job;
        this.lease = lease;
    }

    @GetMapping("/api/v1/retention/${spring.application.name}")
    public Mono<Policy> policy() {
        return CurrentUser.requireAnyRole(Roles.SYSTEM_ADMIN, Roles.AUDITOR)
                .map(u -> new Policy(job.properties().enabled(), job.properties().interval(), job.classes().stream()
                        .map(c -> new ClassPolicy(c.name(), c.recordType(), job.properties().keep(c), c.clockStartsAt()))
                        .toList()));
    }

    /** Takes no body: anything sent is refused rather than silently ignored. */
    @PostMapping("/api/v1/retention/${spring.application.name}/runs")
    public Mono<Run> run(@RequestBody(required = false) String body) {
        return CurrentUser.requireAnyRole(Roles.SYSTEM_ADMIN).flatMap(u -> {
            if (body != null && !body.isBlank()) {
                return Mono.error(ApiException.invalid("no-body-expected", "A retention run takes no request body",
                        Map.of()));
            }
            // the same lease as the scheduled run: one purge (and one audit entry) per record
            return lease.tryAcquire(job.name(), job.interval().multipliedBy(2).plusSeconds(5))
                    .flatMap(held -> held ? job.runOnce() : Mono.error(ApiException.conflict("retention-running",
                            "Another replica holds the retention lease and runs the purge; try again later")));
        }).map(Run::new);
    }
}
