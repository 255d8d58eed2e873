package org.socialpsych.psych.crisis.application;

import java.nio.charset.StandardCharsets;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * What a risk flag becomes (DOMAIN.md §4.2/§4.3): HIGH and MEDIUM open a crisis case; LOW becomes
 * a follow-up for the person's grid team (first contact within the LOW SLA), not a crisis case.
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

    public RiskIntake(CrisisCaseService crisis, ReactiveMongoTemplate mongo, Clock clock) {
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
            return gridFollowUp(flag, reasons).cast(Object.class);
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

    /** One follow-up per person and origin: an upsert that only inserts, so redelivery changes nothing. */
    private Mono<Boolean> gridFollowUp(RiskFlag flag, List<String> reasons) {
        Instant now = clock.instant();
        String id = "gf-" + UUID.nameUUIDFromBytes((flag.subjectId() + "|" + flag.sourceRef())
                .getBytes(StandardCharsets.UTF_8));
        Update update = new Update().setOnInsert("subjectId", flag.subjectId())
                .setOnInsert("sourceRef", flag.sourceRef()).setOnInsert("areaCode", flag.areaCode())
                .setOnInsert("areaPath", flag.areaPath()).setOnInsert("tier", RiskTier.LOW.name())
                .setOnInsert("reasons", reasons).setOnInsert("status", "DUE").setOnInsert("createdAt", now)
                .setOnInsert("dueBy", now.plus(crisis.policy().of(RiskTier.LOW).firstContact()));
        return mongo.upsert(new Query(Criteria.where("_id").is(id)), update, GridFollowUpDocument.class)
                .map(r -> r.getUpsertedId() != null);
    }
}
