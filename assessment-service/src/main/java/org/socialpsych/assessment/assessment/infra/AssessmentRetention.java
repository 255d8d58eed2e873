package org.socialpsych.assessment.assessment.infra;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.chassis.retention.RetentionClass;
import org.socialpsych.chassis.retention.Tombstones;
import org.socialpsych.events.assessment.AssessmentEvents;
import org.socialpsych.events.assessment.AssessmentPurgedV1;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Retention class {@code assessment-result}: a screening result is kept for five years after its
 * completion ({@code socialpsych.retention.classes.assessment-result} overrides it, e.g.
 * {@code P3650D}), then replaced by a tombstone. The tombstone keeps only what carries no person:
 * the id (so a replayed event cannot bring the result back), the area code and path, the
 * instrument and the completion month (yyyy-MM, not the day); subject id, answers, item scores,
 * score, band, flags, tier and its reasons, rescreen date, campaign, who administered it, request
 * hash and idempotency key are gone. Its outbox carries {@code AssessmentPurged.v1} (no
 * {@code ce_subject}) so psych-service removes its archive copy. Campaign counters are aggregates
 * and stay as they are.
 */
@Component
public class AssessmentRetention implements RetentionClass {

    public static final String NAME = "assessment-result";
    /** Five calendar years are 1826 or 1827 days: never purge before five years have passed. */
    public static final Duration DEFAULT_KEEP = Duration.ofDays(5 * 365 + 2);
    /** The fields a tombstone keeps (besides {@code _id}, {@code version}, {@code outbox} and the purge marks). */
    public static final List<String> TOMBSTONE_FIELDS = List.of("areaCode", "areaPath", "instrument",
            "completedMonth");

    static final Spec SPEC = new Spec(NAME, "assessment", DEFAULT_KEEP, "assessments", "completedAt",
            "completedAt: when the screening was completed and stored", "subjectId");

    private final ReactiveMongoTemplate mongo;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;
    private final ZoneId zone;

    public AssessmentRetention(ReactiveMongoTemplate mongo, OutboxEventFactory events, OutboxRelay relay,
            @Value("${socialpsych.assessment.zone:Asia/Shanghai}") String zone) {
        this.mongo = mongo;
        this.events = events;
        this.relay = relay;
        this.zone = ZoneId.of(zone);
    }

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public Mono<Boolean> purge(Document expired, Instant now) {
        Document current = new Document(expired);
        if (expired.get("completedAt") instanceof Date completed) {
            current.put("completedMonth", YearMonth.from(completed.toInstant().atZone(zone)).toString());
        }
        String id = String.valueOf(expired.get("_id"));
        String areaCode = expired.getString("areaCode");
        List<String> areaPath = expired.getList("areaPath", String.class, List.of());
        return Tombstones.replace(mongo, collection(), current, TOMBSTONE_FIELDS, NAME, now,
                        version -> List.of(events.create(AssessmentEvents.ASSESSMENT_PURGED, null,
                                new AssessmentPurgedV1(id, version, now, NAME, areaCode, List.copyOf(areaPath)))))
                .doOnNext(purged -> {
                    if (purged) {
                        relay.nudge();
                    }
                });
    }
}
