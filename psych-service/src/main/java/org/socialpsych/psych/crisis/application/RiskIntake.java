package org.socialpsych.psych.crisis.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.socialpsych.chassis.messaging.InvalidEventException;
import org.socialpsych.psych.crisis.domain.CaseSource;
import org.socialpsych.psych.crisis.domain.RiskTier;
import org.socialpsych.psych.crisis.infra.GridFollowUpDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.dao.DuplicateKeyException;
import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.events.psych.LowRiskFollowUpRequestedV1;
import org.socialpsych.events.psych.PsychEvents;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * What a risk flag becomes (docs/domain.md §4.2/§4.3): HIGH and MEDIUM open a crisis case (or join the
 * person's open one of the same origin class); LOW becomes a follow-up task for the person's grid team
 * in grid-service (first contact within the LOW SLA), not a crisis case.
 */
@Service
public class RiskIntake {

    private static final Logger log = LoggerFactory.getLogger(RiskIntake.class);

    public record RiskFlag(String subjectId, String tier, String sourceRef, String areaCode, List<String> areaPath,
            List<String> reasons, String instrument) {
    }

    private final CrisisCaseService crisis;
    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;

    public RiskIntake(CrisisCaseService crisis, ReactiveMongoTemplate mongo, Clock clock, OutboxEventFactory events,
            OutboxRelay relay) {
        this.events = events;
        this.relay = relay;
        this.crisis = crisis;
        this.mongo = mongo;
        this.clock = clock;
    }

    public Mono<Object> accept(RiskFlag flag) {
        RiskTier tier;
        try {
            tier = RiskTier.valueOf(flag.tier());
        } catch (IllegalArgumentException e) {
            if ("NONE".equals(flag.tier())) {
                return Mono.empty();
            }
            throw new InvalidEventException("Unknown risk tier " + flag.tier());
        }
        List<String> reasons = new ArrayList<>(flag.reasons() == null ? List.of() : flag.reasons());
        if (flag.instrument() != null) {
            reasons.add(0, "instrument:" + flag.instrument());
        }
        if (tier == RiskTier.LOW) {
            return lowFollowUp(flag.subjectId(), "RISK_FLAG", flag.sourceRef(), flag.areaCode(), flag.areaPath())
                    .cast(Object.class);
        }
        return crisis.open(flag.subjectId(), tier, CaseSource.RISK_FLAG, flag.sourceRef(), flag.areaCode(),
                flag.areaPath(), reasons, "system", null)
                .doOnNext(o -> {
                    if (!o.created()) {
                        log.info("RiskFlagged for an origin already handled: case {}", o.crisisCase().id());
                    }
                })
                .cast(Object.class)
                // a late or replayed flag whose case was purged under the retention policy stays purged
                .onErrorResume(CrisisCaseService.PurgedCaseException.class, e -> {
                    log.info("RiskFlagged for an origin whose case was purged; skipped");
                    return Mono.empty();
                });
    }

    /**
     * One grid follow-up per person and origin: the link is inserted with its
     * {@code LowRiskFollowUpRequested.v1} in its outbox (grid-service makes the task, due in the LOW
     * contact SLA); a redelivery collides on (subject, origin) and changes nothing. Emits whether a new
     * follow-up was requested.
     */
    public Mono<Boolean> lowFollowUp(String subjectId, String origin, String sourceRef, String areaCode,
            List<String> areaPath) {
        if (subjectId == null) {
            return Mono.just(false);
        }
        Instant now = clock.instant();
        GridFollowUpDocument d = new GridFollowUpDocument();
        d.id = "gf-" + UUID.randomUUID();
        d.subjectId = subjectId;
        d.sourceRef = sourceRef;
        d.origin = origin;
        d.areaCode = areaCode;
        d.areaPath = List.copyOf(areaPath);
        d.tier = RiskTier.LOW.name();
        d.status = "REQUESTED";
        d.createdAt = now;
        d.dueBy = now.plus(crisis.policy().of(RiskTier.LOW).firstContact());
        d.version = 1;
        d.outbox.add(events.create(PsychEvents.LOW_RISK_FOLLOW_UP_REQUESTED, subjectId,
                new LowRiskFollowUpRequestedV1(d.id, 1, now, subjectId, origin, sourceRef, areaCode, d.areaPath,
                        d.dueBy)));
        return mongo.insert(d).map(x -> {
            relay.nudge();
            return true;
        }).onErrorResume(DuplicateKeyException.class, e -> Mono.just(false));
    }
}
