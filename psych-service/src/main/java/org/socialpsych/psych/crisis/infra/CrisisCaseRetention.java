package org.socialpsych.psych.crisis.infra;

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
import org.socialpsych.events.psych.CrisisCasePurgedV1;
import org.socialpsych.events.psych.PsychEvents;
import org.socialpsych.psych.crisis.domain.CaseStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Retention class {@code crisis-case}: a <em>closed</em> crisis case is kept for 15 years after it
 * was closed (the medical-record analogue; {@code socialpsych.retention.classes.crisis-case}
 * overrides it), then replaced by a tombstone and {@code CrisisCasePurged.v1} goes out through the
 * outbox. An open case is never purged, however old.
 * <p>
 * The tombstone keeps only what is not personal and what the platform needs to stay consistent:
 * the id, the origin key (a late or replayed RiskFlagged computes the same SHA-256 of subject and
 * origin and finds the tombstone instead of opening the case again), area code and path, tier, status, source channel, and the months (not
 * the days) it was opened and closed; {@code sourceRef} becomes {@code purged:<id>} so the unique
 * (subject, origin) index still holds with the subject gone. Everything else goes: subject,
 * reasons, timeline and notes, review, responders, escalations, outcome, who acted, the
 * Idempotency-Key.
 */
@Component
public class CrisisCaseRetention implements RetentionClass {

    public static final String NAME = "crisis-case";
    /** 15 years, counted generously (15 × 365 days plus the most leap days 15 years can hold). */
    public static final Duration DEFAULT_KEEP = Duration.ofDays(15 * 365 + 4);
    static final List<String> KEEP = List.of("areaCode", "areaPath", "tier", "status", "source", "openedAt",
            "closedAt", "sourceRef", "originKey");

    static final Spec SPEC = new Spec(NAME, "crisis-case", DEFAULT_KEEP, CrisisCaseDocument.COLLECTION, "closedAt",
            "closedAt: the case was closed (open cases are never purged)", "subjectId");

    private final ReactiveMongoTemplate mongo;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;
    private final ZoneId zone;

    public CrisisCaseRetention(ReactiveMongoTemplate mongo, OutboxEventFactory events, OutboxRelay relay,
            @Value("${socialpsych.psych.zone:Asia/Shanghai}") String zone) {
        this.mongo = mongo;
        this.events = events;
        this.relay = relay;
        this.zone = ZoneId.of(zone);
    }

    @Override
    public Criteria expired(Instant cutoff) {
        return Criteria.where("status").is(CaseStatus.CLOSED.name()).andOperator(RetentionClass.super.expired(cutoff));
    }

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public Mono<Boolean> purge(Document expired, Instant now) {
        if (!CaseStatus.CLOSED.name().equals(expired.getString("status"))) {
            return Mono.just(false);
        }
        String id = String.valueOf(expired.get("_id"));
        String areaCode = expired.getString("areaCode");
        List<String> areaPath = expired.getList("areaPath", String.class, List.of());
        Document kept = new Document(expired);
        kept.put("sourceRef", "purged:" + id);
        for (String date : List.of("openedAt", "closedAt")) {
            Date month = month(expired.get(date));
            if (month == null) {
                kept.remove(date);
            } else {
                kept.put(date, month);
            }
        }
        return Tombstones.replace(mongo, collection(), kept, KEEP, NAME, now,
                        version -> List.of(events.create(PsychEvents.CRISIS_CASE_PURGED, null,
                                new CrisisCasePurgedV1(id, version, now, NAME, areaCode, areaPath))))
                .doOnNext(purged -> {
                    if (purged) {
                        relay.nudge();
                    }
                });
    }

    /** The first instant of the month (in the service's zone) the date fell in. */
    private Date month(Object date) {
        if (!(date instanceof Date d)) {
            return null;
        }
        return Date.from(YearMonth.from(d.toInstant().atZone(zone)).atDay(1).atStartOfDay(zone).toInstant());
    }
}
