package org.socialpsych.grid.person.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.chassis.web.IdempotencyKeys;
import org.socialpsych.events.grid.AnonymousSubjectIssuedV1;
import org.socialpsych.events.grid.GridEvents;
import org.socialpsych.grid.area.infra.AreaRepository;
import org.socialpsych.grid.common.Problems;
import org.socialpsych.grid.person.infra.AnonymousSubjectDocument;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * The platform issues anonymous screening subjects (school or kiosk screening without identity):
 * a random {@code a-<uuid>} owned by an area, stored here and announced as AnonymousSubjectIssued.v1
 * on {@code grid.residents.v1}, so other services accept the id and know its owning area. Issued to
 * the roles that run screenings (AREA_ADMIN, COUNSELLOR, GRID_WORKER; SYSTEM_ADMIN) for an area in
 * their capture scope.
 */
@Service
public class AnonymousSubjects {

    public static final List<String> ISSUERS = List.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN, Roles.COUNSELLOR,
            Roles.GRID_WORKER);

    public record Issued(String personId, String areaCode, List<String> areaPath, Instant issuedAt) {
        static Issued of(AnonymousSubjectDocument d) {
            return new Issued(d.id, d.areaCode, d.areaPath, d.issuedAt);
        }
    }

    public record Result(Issued subject, boolean created) {
    }

    private final ReactiveMongoTemplate mongo;
    private final AreaRepository areas;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;
    private final Clock clock;

    public AnonymousSubjects(ReactiveMongoTemplate mongo, AreaRepository areas, OutboxEventFactory events,
            OutboxRelay relay, Clock clock) {
        this.mongo = mongo;
        this.areas = areas;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    public Mono<Result> issue(String areaCode, PlatformPrincipal user, String idempotencyKey) {
        if (!user.hasAnyRole(ISSUERS)) {
            return Mono.error(ApiException.forbidden("Your role does not issue screening subjects"));
        }
        String key = IdempotencyKeys.scoped(user, idempotencyKey);
        Mono<Result> replay = key == null ? Mono.empty()
                : mongo.findOne(new Query(Criteria.where("idempotencyKey").is(key)), AnonymousSubjectDocument.class)
                        .flatMap(d -> user.canCapture(d.areaPath) ? Mono.just(new Result(Issued.of(d), false))
                                : Mono.error(ApiException.forbidden("The area is outside your capture scope")));
        return replay.switchIfEmpty(Mono.defer(() -> areas.findByCode(areaCode)
                .switchIfEmpty(Mono.error(Problems.invalidField("unknown-area", "areaCode", "no such area")))
                .flatMap(area -> {
                    if (!user.canCapture(area.path)) {
                        return Mono.error(ApiException.forbidden("The area is outside your capture scope"));
                    }
                    if (area.validTo != null && !area.validTo.isAfter(LocalDate.now(clock))) {
                        return Mono.error(Problems.invalidField("area-ended", "areaCode", "the area has ended"));
                    }
                    AnonymousSubjectDocument d = new AnonymousSubjectDocument();
                    d.id = "a-" + UUID.randomUUID();
                    d.areaCode = area.code;
                    d.areaPath = area.path;
                    d.issuedAt = clock.instant();
                    d.issuedBy = user.subject();
                    d.version = 1;
                    d.idempotencyKey = key;
                    d.outbox.add(events.create(GridEvents.ANONYMOUS_SUBJECT_ISSUED, d.id,
                            new AnonymousSubjectIssuedV1(d.id, 1, d.issuedAt, d.id, d.areaCode, d.areaPath)));
                    return mongo.insert(d).map(saved -> new Result(Issued.of(saved), true))
                            .doOnNext(x -> relay.nudge())
                            .onErrorResume(DuplicateKeyException.class, e -> key == null ? Mono.error(e)
                                    : mongo.findOne(new Query(Criteria.where("idempotencyKey").is(key)),
                                            AnonymousSubjectDocument.class).map(x -> new Result(Issued.of(x), false)));
                })));
    }
}
