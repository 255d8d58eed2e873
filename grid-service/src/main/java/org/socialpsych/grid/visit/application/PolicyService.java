package org.socialpsych.grid.visit.application;

import java.time.Clock;
import java.util.List;

import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.grid.area.infra.AreaRepository;
import org.socialpsych.grid.common.GridProperties;
import org.socialpsych.grid.visit.domain.VisitPolicy;
import org.socialpsych.grid.visit.infra.PolicyDocument;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/** Visit intervals per area: the configured defaults, overridden by the most specific area policy on a grid's path. */
@Service
public class PolicyService {

    private final ReactiveMongoTemplate mongo;
    private final AreaRepository areas;
    private final GridProperties properties;
    private final Clock clock;

    public PolicyService(ReactiveMongoTemplate mongo, AreaRepository areas, GridProperties properties, Clock clock) {
        this.mongo = mongo;
        this.areas = areas;
        this.properties = properties;
        this.clock = clock;
    }

    public VisitPolicy defaults() {
        GridProperties.Visits v = properties.visits();
        return new VisitPolicy(v.tagIntervalDays(), v.riskIntervalDays(), v.initialDays(), v.leadDays(),
                v.expireDays());
    }

    public Mono<VisitPolicy> effective(List<String> gridPath) {
        return mongo.find(new Query(Criteria.where("_id").in(gridPath)), PolicyDocument.class).collectList()
                .map(docs -> {
                    VisitPolicy p = defaults();
                    for (String code : gridPath) { // root first: the most specific override wins
                        for (PolicyDocument d : docs) {
                            if (d.areaCode.equals(code)) {
                                p = p.overriddenBy(d.tagIntervalDays, d.riskIntervalDays, d.initialDays, d.leadDays,
                                        d.expireDays).withRules(d.earlyVisits, d.photoRequiredTags);
                            }
                        }
                    }
                    return p;
                });
    }

    public Mono<PolicyDocument> put(String areaCode, PolicyDocument body, PlatformPrincipal user) {
        if (!user.hasAnyRole(List.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN))) {
            return Mono.error(ApiException.forbidden("Only SYSTEM_ADMIN or AREA_ADMIN set visit policies"));
        }
        return areas.findByCode(areaCode).filter(a -> user.canView(a.path))
                .switchIfEmpty(Mono.error(ApiException.notFound("Area", areaCode)))
                .flatMap(a -> {
                    if (!user.canCapture(a.path)) {
                        return Mono.error(ApiException.forbidden("The area is outside your capture scope"));
                    }
                    body.areaCode = a.code;
                    body.areaPath = a.path;
                    body.updatedAt = clock.instant();
                    body.updatedBy = user.subject();
                    // schedules below the area are recomputed by the poller
                    return mongo.save(body).flatMap(saved -> mongo.updateMulti(
                            new Query(Criteria.where("gridPath").is(a.code).and("purgedAt").exists(false)),
                            new org.springframework.data.mongodb.core.query.Update().set("scheduleDirty", true),
                            org.socialpsych.grid.resident.infra.ResidentDocument.class).thenReturn(saved));
                });
    }

    public Mono<VisitPolicy> get(String areaCode, PlatformPrincipal user) {
        return areas.findByCode(areaCode).filter(a -> user.canView(a.path))
                .switchIfEmpty(Mono.error(ApiException.notFound("Area", areaCode)))
                .flatMap(a -> effective(a.path));
    }
}
