package org.socialpsych.chassis.config;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.socialpsych.chassis.jobs.JobLease;
import org.socialpsych.chassis.migration.Migration;
import org.socialpsych.chassis.migration.MigrationRunner;
import org.socialpsych.chassis.jobs.PeriodicJob;
import org.socialpsych.chassis.jobs.PeriodicJobRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;

import org.socialpsych.chassis.api.ApiDocsConfiguration;
import org.socialpsych.chassis.audit.AuditCheckpoints;
import org.socialpsych.chassis.audit.AuditController;
import org.socialpsych.chassis.audit.AuditKeys;
import org.socialpsych.chassis.audit.AuditSubjectScope;
import org.socialpsych.chassis.audit.KafkaAuditCheckpoints;
import org.socialpsych.chassis.audit.ReadAuditLog;
import org.socialpsych.chassis.messaging.KafkaErrorHandling;
import org.socialpsych.chassis.messaging.ProcessedEventLedger;
import org.socialpsych.chassis.messaging.VersionedUpsert;
import org.socialpsych.chassis.mongo.MongoPingHealthIndicator;
import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.chassis.outbox.OutboxHints;
import org.socialpsych.chassis.outbox.OutboxProperties;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.chassis.retention.RetentionClass;
import org.socialpsych.chassis.retention.RetentionController;
import org.socialpsych.chassis.retention.RetentionJob;
import org.socialpsych.chassis.retention.RetentionProperties;
import org.socialpsych.chassis.security.ChassisSecurityConfiguration;
import org.socialpsych.chassis.security.FieldViewPolicy;
import org.socialpsych.chassis.security.FieldViewProperties;
import org.socialpsych.chassis.web.ProblemHandling;
import org.socialpsych.chassis.web.RequestIdFilter;
import org.socialpsych.chassis.web.StrictJsonRequests;
import org.socialpsych.chassis.web.UriLengthLimit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import tools.jackson.databind.json.JsonMapper;

/** The chassis beans every business service uses identically; imported by {@link EnableChassis}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({OutboxProperties.class, RetentionProperties.class, FieldViewProperties.class})
@Import({ChassisSecurityConfiguration.class, ProblemHandling.class, AuditController.class, RetentionController.class,
        ApiDocsConfiguration.class})
public class ChassisConfiguration {

    static {
        // loaded while the context is refreshed, before its web server takes a connection
        org.socialpsych.chassis.web.NettyServerDefaults.apply();
    }

    /**
     * The platform clock: every business date ({@code LocalDate.now(clock)}) is in the platform zone,
     * {@code socialpsych.platform.zone} (default Asia/Shanghai), whatever the machine's zone is.
     */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock(@Value("${socialpsych.platform.zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

    @Bean
    MigrationRunner migrationRunner(ReactiveMongoTemplate mongo, ObjectProvider<Migration> migrations, JobLease lease,
            Clock clock) {
        return new MigrationRunner(mongo, migrations.orderedStream().toList(), lease, clock);
    }

    @Bean
    JobLease jobLease(ReactiveMongoTemplate mongo, Clock clock) {
        return new JobLease(mongo, clock);
    }

    @Bean
    PeriodicJobRunner periodicJobRunner(ObjectProvider<PeriodicJob> jobs, JobLease lease, Clock clock,
            MeterRegistry meters, @Value("${socialpsych.jobs.interval:1s}") Duration interval,
            @Value("${socialpsych.jobs.enabled:true}") boolean enabled) {
        return new PeriodicJobRunner(jobs.orderedStream().toList(), lease, clock, meters, interval, enabled);
    }

    @Bean
    OutboxHints outboxHints() {
        return new OutboxHints();
    }

    @Bean
    OutboxEventFactory outboxEventFactory(JsonMapper jsonMapper, ObjectProvider<Tracer> tracer,
            ObjectProvider<Propagator> propagator, OutboxHints hints, OutboxProperties properties) {
        return new OutboxEventFactory(jsonMapper, new CurrentTraceparent(tracer, propagator), hints,
                properties.priorityTypes());
    }

    @Bean
    OutboxRelay outboxRelay(ReactiveMongoTemplate mongo, KafkaTemplate<String, String> kafka,
            OutboxProperties properties, @Value("${spring.application.name}") String source, MeterRegistry meters,
            Clock clock, OutboxHints hints, JobLease lease) {
        return new OutboxRelay(mongo, kafka, properties, source, meters, clock, hints, lease);
    }

    @Bean
    @ConditionalOnMissingBean(AuditCheckpoints.class)
    AuditCheckpoints auditCheckpoints(KafkaTemplate<String, String> kafka) {
        return new KafkaAuditCheckpoints(kafka);
    }

    @Bean
    ReadAuditLog readAuditLog(ReactiveMongoTemplate mongo, @Value("${spring.application.name}") String service,
            Clock clock, MeterRegistry meters, AuditCheckpoints checkpoints,
            @Value("${socialpsych.audit.hmac-key:}") String hmacKey,
            @Value("${SOCIALPSYCH_HOME:.}") String home,
            @Value("${socialpsych.audit.checkpoint-grace:60s}") Duration grace) {
        return new ReadAuditLog(mongo, service, clock, meters, AuditKeys.resolve(hmacKey, home), checkpoints, grace);
    }

    /** Which persons' audit entries an auditor sees; services holding persons provide an ownership-based one. */
    @Bean
    @ConditionalOnMissingBean(AuditSubjectScope.class)
    AuditSubjectScope auditSubjectScope() {
        return AuditSubjectScope.PLATFORM_WIDE_ONLY;
    }

    @Bean
    RetentionJob retentionJob(ReactiveMongoTemplate mongo, ObjectProvider<RetentionClass> classes,
            RetentionProperties properties, ReadAuditLog audit, Clock clock, MeterRegistry meters) {
        return new RetentionJob(mongo, classes.orderedStream().toList(), properties, audit, clock, meters);
    }

    @Bean
    FieldViewPolicy fieldViewPolicy(FieldViewProperties properties) {
        return new FieldViewPolicy(properties);
    }

    @Bean
    ProcessedEventLedger processedEventLedger(ReactiveMongoTemplate mongo, Clock clock) {
        return new ProcessedEventLedger(mongo, clock);
    }

    @Bean
    VersionedUpsert versionedUpsert(ReactiveMongoTemplate mongo) {
        return new VersionedUpsert(mongo);
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> template,
            @Value("${socialpsych.kafka.retry.initial-interval-ms:500}") long initial,
            @Value("${socialpsych.kafka.retry.max-elapsed-ms:10000}") long maxElapsed) {
        return KafkaErrorHandling.errorHandler(template, initial, maxElapsed);
    }

    @Bean
    StrictJsonRequests strictJsonRequests(JsonMapper jsonMapper) {
        return new StrictJsonRequests(jsonMapper);
    }

    @Bean
    UriLengthLimit uriLengthLimit(@Value("${socialpsych.web.max-uri-length:8192}") long max) {
        return new UriLengthLimit(max);
    }

    @Bean
    RequestIdFilter requestIdFilter() {
        return new RequestIdFilter();
    }

    @Bean(name = "mongoHealthContributor")
    MongoPingHealthIndicator mongoHealthContributor(ReactiveMongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
