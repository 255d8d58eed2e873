package org.socialpsych.grid.gridevent.application;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.grid.area.infra.AreaRepository;
import org.socialpsych.grid.common.GridProperties;
import org.socialpsych.grid.common.Problems;
import org.socialpsych.grid.gridevent.domain.Deadlines;
import org.socialpsych.grid.gridevent.infra.DeadlineDocument;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * Grid event deadlines per area: admins set overrides per category on any area; at dispatch the
 * event's grid resolves them along its path (grid → village → town → county → configured default).
 */
@Service
public class DeadlineService {

    /** What an area sets itself and what applies there. */
    public record AreaDeadlines(String areaCode, List<String> areaPath, Map<String, Deadlines.Override> own,
            Map<String, Deadlines.Resolved> effective) {
    }

    private final ReactiveMongoTemplate mongo;
    private final AreaRepository areas;
    private final GridProperties properties;
    private final Clock clock;

    public DeadlineService(ReactiveMongoTemplate mongo, AreaRepository areas, GridProperties properties, Clock clock) {
        this.mongo = mongo;
        this.areas = areas;
        this.properties = properties;
        this.clock = clock;
    }

    Map<String, Deadlines.Override> defaults() {
        Map<String, Deadlines.Override> out = new LinkedHashMap<>();
        properties.events().categories().forEach((k, c) -> out.put(k, new Deadlines.Override(c.deadline(),
                c.escalateEvery())));
        return out;
    }

    /** Every category's deadline for an area with this path (root first). One read by {@code _id}. */
    public Mono<Map<String, Deadlines.Resolved>> effective(List<String> path) {
        return mongo.find(new Query(Criteria.where("_id").in(path)), DeadlineDocument.class)
                .collectMap(d -> d.areaCode, DeadlineService::toDomain)
                .map(byArea -> Deadlines.resolve(defaults(), path, byArea));
    }

    /** The deadline of one category in the grid with this path. */
    public Mono<Deadlines.Resolved> forCategory(List<String> gridPath, String category) {
        GridProperties.Category fallback = new GridProperties.Category(null, null, null, null);
        return effective(gridPath).map(m -> m.getOrDefault(category,
                new Deadlines.Resolved(fallback.deadline(), fallback.escalateEvery(), null, null)));
    }

    public Mono<AreaDeadlines> get(String areaCode, PlatformPrincipal user) {
        return areas.findByCode(areaCode).filter(a -> user.canView(a.path))
                .switchIfEmpty(Mono.error(ApiException.notFound("Area", areaCode)))
                .flatMap(a -> Mono.zip(own(a.code), effective(a.path))
                        .map(t -> new AreaDeadlines(a.code, a.path, t.getT1(), t.getT2())));
    }

    /**
     * Replaces the overrides of an area (an empty map removes them). SYSTEM_ADMIN, or AREA_ADMIN
     * with capture scope over the area. Events already dispatched keep their deadline.
     */
    public Mono<AreaDeadlines> put(String areaCode, Map<String, Deadlines.Override> wanted, PlatformPrincipal user) {
        if (!user.hasAnyRole(List.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN))) {
            return Mono.error(ApiException.forbidden("Only SYSTEM_ADMIN or AREA_ADMIN set grid event deadlines"));
        }
        Map<String, Deadlines.Override> body = wanted == null ? Map.of() : wanted;
        String bad = Deadlines.invalidField(body, properties.events().categories().keySet());
        if (bad != null) {
            return Mono.error(Problems.invalidField("invalid-deadline", bad, "a known category with a deadline "
                    + "and/or escalateEvery between 1 second and " + Deadlines.MAX.toDays() + " days"));
        }
        return areas.findByCode(areaCode).filter(a -> user.canView(a.path))
                .switchIfEmpty(Mono.error(ApiException.notFound("Area", areaCode)))
                .flatMap(a -> {
                    if (!user.canCapture(a.path)) {
                        return Mono.error(ApiException.forbidden("The area is outside your capture scope"));
                    }
                    if (body.isEmpty()) {
                        return mongo.remove(new Query(Criteria.where("_id").is(a.code)), DeadlineDocument.class)
                                .then(get(a.code, user));
                    }
                    DeadlineDocument d = new DeadlineDocument();
                    d.areaCode = a.code;
                    d.areaPath = a.path;
                    body.forEach((k, o) -> {
                        DeadlineDocument.Setting s = new DeadlineDocument.Setting();
                        s.deadlineSeconds = o.deadline() == null ? null : o.deadline().toSeconds();
                        s.escalateEverySeconds = o.escalateEvery() == null ? null : o.escalateEvery().toSeconds();
                        d.categories.put(k, s);
                    });
                    d.updatedAt = clock.instant();
                    d.updatedBy = user.subject();
                    return mongo.save(d).then(get(a.code, user));
                });
    }

    private Mono<Map<String, Deadlines.Override>> own(String areaCode) {
        return mongo.findById(areaCode, DeadlineDocument.class).map(d -> toDomain(d).categories())
                .defaultIfEmpty(Map.of());
    }

    private static Deadlines.AreaOverrides toDomain(DeadlineDocument d) {
        Map<String, Deadlines.Override> c = d.categories == null ? Map.of()
                : d.categories.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> new Deadlines.Override(seconds(e.getValue().deadlineSeconds),
                                seconds(e.getValue().escalateEverySeconds)),
                        (x, y) -> x, LinkedHashMap::new));
        return new Deadlines.AreaOverrides(d.areaCode, c);
    }

    private static Duration seconds(Long s) {
        return s == null ? null : Duration.ofSeconds(s);
    }
}
