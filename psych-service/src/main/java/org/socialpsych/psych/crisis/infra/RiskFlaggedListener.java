package org.socialpsych.psych.crisis.infra;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.socialpsych.chassis.messaging.ListenerRetry;
import org.socialpsych.chassis.messaging.IncomingEvent;
import org.socialpsych.chassis.messaging.InvalidEventException;
import org.socialpsych.chassis.messaging.OrderedListener;
import org.socialpsych.events.Topics;
import org.socialpsych.psych.archive.application.AssessmentResults;
import org.socialpsych.psych.crisis.application.RiskIntake;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes {@code RiskFlagged} from {@code assessment.assessments.v1} (group
 * {@code psych-service.risk}); other types on the topic ({@code AssessmentCompleted},
 * {@code AssessmentPurged}, …) are skipped, never dead-lettered. Idempotent: the origin key
 * (SHA-256 of {@code subjectId, sourceRef}) is unique, so a redelivery finds the case it already
 * opened (or its retention tombstone); a second flag of the same person joins the open case. A late or replayed flag of an assessment that
 * was purged meanwhile (the archive holds its tombstone) is skipped: it must not bring back a case
 * or a grid follow-up.
 */
@Component
public class RiskFlaggedListener {

    public static final String GROUP = "psych-service.risk";
    private final RiskIntake intake;
    private final AssessmentResults results;
    private final JsonMapper json;

    public RiskFlaggedListener(RiskIntake intake, AssessmentResults results, JsonMapper json) {
        this.intake = intake;
        this.results = results;
        this.json = json;
    }

    /**
     * Records of a partition one after another on the consumer thread, acknowledged after the effect
     * (ADR 0009). One consumer thread per partition of the topic (3 here): a screening-day burst floods
     * the topic with LOW flags, each of which opens a grid follow-up, and with one thread a HIGH flag
     * of another partition had waited behind all of them (the crisis tail of issue 17). The intake is
     * already safe for concurrent flags of one person, as several replicas need: the open-case key is
     * unique and a collision joins the case that won.
     */
    @KafkaListener(id = GROUP, groupId = GROUP, topics = Topics.ASSESSMENT_ASSESSMENTS,
            concurrency = "${socialpsych.crisis.intake-consumers:3}")
    public void on(ConsumerRecord<String, String> record) {
        OrderedListener.await(handle(record));
    }

    Mono<Void> handle(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (!RiskFlaggedMessage.TYPE.equals(event.type())) {
            return Mono.empty();
        }
        RiskFlaggedMessage m;
        try {
            m = json.readValue(event.payload(), RiskFlaggedMessage.class);
        } catch (JacksonException e) {
            throw new InvalidEventException("Unreadable RiskFlagged payload " + event.id(), e);
        }
        if (blank(m.aggregateId()) || blank(m.subjectId()) || blank(m.tier()) || blank(m.areaCode())
                || m.areaPath() == null || m.areaPath().isEmpty()) {
            throw new InvalidEventException("RiskFlagged " + event.id() + " lacks aggregateId, subjectId, tier or area");
        }
        String sourceRef = blank(m.sourceRef()) ? "assessment:" + m.aggregateId() : m.sourceRef();
        RiskIntake.RiskFlag flag = new RiskIntake.RiskFlag(m.subjectId(), m.tier(), sourceRef, m.areaCode(),
                m.areaPath(), m.reasons(), m.instrument());
        return results.purged(m.aggregateId())
                .flatMap(purged -> purged ? Mono.empty() : intake.accept(flag))
                .then().retryWhen(ListenerRetry.transientFailures());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
