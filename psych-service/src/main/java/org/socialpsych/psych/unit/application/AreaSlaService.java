package org.socialpsych.psych.unit.application;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.psych.area.application.AreaTree;
import org.socialpsych.psych.crisis.domain.CrisisPolicy;
import org.socialpsych.psych.crisis.domain.RiskTier;
import org.socialpsych.psych.unit.infra.AreaSlaDocument;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * Crisis SLAs per area, like grid deadlines: an area may tighten or loosen the deployment's
 * acknowledge / first-contact / escalation-step durations per tier; the nearest area up the tree that
 * set a value wins, value by value; unset values keep the deployment's policy.
 */
@Service
public class AreaSlaService {

    public record Configure(Duration acknowledge, Duration firstContact, Duration escalationStep) {
    }

    /** The effective SLAs of a tier for an area, with the areas each value comes from (null: the deployment). */
    public record Effective(RiskTier tier, Duration acknowledge, String acknowledgeFrom, Duration firstContact,
            String firstContactFrom, Duration escalationStep, String escalationStepFrom) {
    }

    private final ReactiveMongoTemplate mongo;
    private final AreaTree areas;
    private final Clock clock;

    public AreaSlaService(ReactiveMongoTemplate mongo, AreaTree areas, Clock clock) {
        this.mongo = mongo;
        this.areas = areas;
        this.clock = clock;
    }

    /** The deployment's policy with the area path's overrides applied (deepest area first, per value). */
    public Mono<CrisisPolicy> policyFor(List<String> areaPath, CrisisPolicy base) {
        if (areaPath == null || areaPath.isEmpty()) {
            return Mono.just(base);
        }
        return mongo.find(new Query(Criteria.where("areaCode").in(areaPath)), AreaSlaDocument.class).collectList()
                .map(docs -> {
                    if (docs.isEmpty()) {
                        return base;
                    }
                    Map<RiskTier, CrisisPolicy.TierPolicy> merged = new EnumMap<>(RiskTier.class);
                    for (RiskTier t : RiskTier.values()) {
                        CrisisPolicy.TierPolicy p = base.of(t);
                        Duration ack = value(docs, areaPath, t, "acknowledge", p.acknowledge());
                        Duration contact = value(docs, areaPath, t, "firstContact", p.firstContact());
                        Duration step = value(docs, areaPath, t, "escalationStep", p.escalationStep());
                        merged.put(t, new CrisisPolicy.TierPolicy(p.assignees(), p.acknowledge() == null ? null : ack,
                                contact, step, p.initialLevel()));
                    }
                    return new CrisisPolicy(merged);
                });
    }

    private static Duration value(List<AreaSlaDocument> docs, List<String> path, RiskTier tier, String field,
            Duration fallback) {
        AreaSlaDocument best = null;
        for (AreaSlaDocument d : docs) {
            if (tier.name().equals(d.tier) && raw(d, field) != null
                    && (best == null || path.indexOf(d.areaCode) > path.indexOf(best.areaCode))) {
                best = d;
            }
        }
        return best == null ? fallback : Duration.parse(raw(best, field));
    }

    private static String raw(AreaSlaDocument d, String field) {
        return switch (field) {
            case "acknowledge" -> d.acknowledge;
            case "firstContact" -> d.firstContact;
            default -> d.escalationStep;
        };
    }

    public Mono<AreaSlaDocument> configure(String areaCode, RiskTier tier, Configure cmd, PlatformPrincipal user) {
        if (!user.hasAnyRole(Set.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN))) {
            return Mono.error(ApiException.forbidden("Only administrators configure crisis SLAs"));
        }
        List<Map<String, String>> errors = new ArrayList<>();
        check(errors, "acknowledge", cmd.acknowledge());
        check(errors, "firstContact", cmd.firstContact());
        check(errors, "escalationStep", cmd.escalationStep());
        if (cmd.acknowledge() == null && cmd.firstContact() == null && cmd.escalationStep() == null) {
            errors.add(Map.of("field", "acknowledge", "message", "set at least one SLA"));
        }
        if (!errors.isEmpty()) {
            return Mono.error(ApiException.invalid("invalid-sla", "The SLA is not valid", Map.of("errors", errors)));
        }
        return areas.get(areaCode)
                .switchIfEmpty(Mono.error(ApiException.notFound("Area", areaCode)))
                .flatMap(area -> {
                    if (!user.canCapture(area.path())) {
                        return Mono.error(ApiException.forbidden("The area is outside your capture scope"));
                    }
                    AreaSlaDocument d = new AreaSlaDocument();
                    d.id = area.code() + ":" + tier.name();
                    d.areaCode = area.code();
                    d.areaPath = new ArrayList<>(area.path());
                    d.tier = tier.name();
                    d.acknowledge = cmd.acknowledge() == null ? null : cmd.acknowledge().toString();
                    d.firstContact = cmd.firstContact() == null ? null : cmd.firstContact().toString();
                    d.escalationStep = cmd.escalationStep() == null ? null : cmd.escalationStep().toString();
                    d.updatedAt = clock.instant();
                    d.updatedBy = user.subject();
                    return mongo.save(d);
                });
    }

    private static void check(List<Map<String, String>> errors, String field, Duration d) {
        if (d != null && (d.isZero() || d.isNegative() || d.compareTo(Duration.ofDays(30)) > 0)) {
            errors.add(Map.of("field", field, "message", "a positive duration of at most 30 days"));
        }
    }

    /** Every tier's effective SLAs for an area (view scope). */
    public Mono<List<Effective>> effective(String areaCode, CrisisPolicy base, PlatformPrincipal user) {
        return areas.get(areaCode)
                .switchIfEmpty(Mono.error(ApiException.notFound("Area", areaCode)))
                .flatMap(area -> {
                    if (!user.canView(area.path())) {
                        return Mono.error(ApiException.notFound("Area", areaCode));
                    }
                    return mongo.find(new Query(Criteria.where("areaCode").in(area.path())), AreaSlaDocument.class)
                            .collectList().map(docs -> {
                                List<Effective> out = new ArrayList<>();
                                for (RiskTier t : RiskTier.values()) {
                                    CrisisPolicy.TierPolicy p = base.of(t);
                                    out.add(new Effective(t,
                                            p.acknowledge() == null ? null
                                                    : value(docs, area.path(), t, "acknowledge", p.acknowledge()),
                                            from(docs, area.path(), t, "acknowledge"),
                                            value(docs, area.path(), t, "firstContact", p.firstContact()),
                                            from(docs, area.path(), t, "firstContact"),
                                            value(docs, area.path(), t, "escalationStep", p.escalationStep()),
                                            from(docs, area.path(), t, "escalationStep")));
                                }
                                return out;
                            });
                });
    }

    private static String from(List<AreaSlaDocument> docs, List<String> path, RiskTier tier, String field) {
        AreaSlaDocument best = null;
        for (AreaSlaDocument d : docs) {
            if (tier.name().equals(d.tier) && raw(d, field) != null
                    && (best == null || path.indexOf(d.areaCode) > path.indexOf(best.areaCode))) {
                best = d;
            }
        }
        return best == null ? null : best.areaCode;
    }
}
