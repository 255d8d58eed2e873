package org.socialpsych.psych.crisis.api;

import java.time.Instant;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.psych.crisis.infra.GridFollowUpDocument;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.socialpsych.psych.common.infra.Scopes;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;

/** Grid-team follow-ups from LOW risk flags, due first, in the caller's view scope (no clinical reasons). */
@RestController
@RequestMapping("/api/v1/grid-follow-ups")
public class GridFollowUpController {

    public record FollowUpView(String id, String subjectId, String sourceRef, String areaCode, String status,
            Instant createdAt, Instant dueBy) {
    }

    private final ReactiveMongoTemplate mongo;

    public GridFollowUpController(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping
    public Flux<FollowUpView> list(@RequestParam(required = false) String under,
            @RequestParam(required = false) String sourceRef) {
        return CurrentUser.requireAnyRole(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN, Roles.GRID_WORKER, Roles.COUNSELLOR,
                Roles.CLINICIAN).flatMapMany(user -> {
                    Criteria c = new Criteria();
                    if (under != null) {
                        c = c.and("areaPath").is(under);
                    }
                    if (sourceRef != null) {
                        c = c.and("sourceRef").is(sourceRef);
                    }
                    return mongo.find(new Query(Scopes.viewable(c, user, "areaPath")).with(Sort.by("dueBy")).limit(500), GridFollowUpDocument.class)
                            .filter(d -> user.canView(d.areaPath))
                            .map(d -> new FollowUpView(d.id, d.subjectId, d.sourceRef, d.areaCode, d.status,
                                    d.createdAt, d.dueBy));
                });
    }
}
