package org.socialpsych.grid.inspection.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.events.grid.GridEvents;
import org.socialpsych.events.grid.InspectionFindingRecordedV1;
import org.socialpsych.events.grid.RectificationVerifiedV1;
import org.socialpsych.grid.area.infra.AreaRepository;
import org.socialpsych.chassis.web.IdempotencyKeys;
import org.socialpsych.grid.common.Problems;
import org.socialpsych.grid.inspection.domain.InspectionStatus;
import org.socialpsych.grid.inspection.infra.InspectionDocument;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * Inspections and rectification: an inspector (AREA_ADMIN over the area) records a finding with a
 * deadline and a deduction; the inspected area submits evidence; someone other than the submitter
 * verifies it, or sends it back. Deductions and on-time rectification feed reporting's evaluation.
 */
@Service
public class InspectionService {

    public record Record(String areaCode, String unit, String category, String finding, double deductionPoints,
            LocalDate rectifyBy) {
    }

    private final ReactiveMongoTemplate mongo;
    private final AreaRepository areas;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;
    private final Clock clock;

    public InspectionService(ReactiveMongoTemplate mongo, AreaRepository areas, OutboxEventFactory events,
            OutboxRelay relay, Clock clock) {
        this.mongo = mongo;
        this.areas = areas;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    public Mono<InspectionDocument> record(Record cmd, PlatformPrincipal user, String idempotencyKey) {
        // the key is the caller's own; a replay is authorized again with the caller's current token
        String key = IdempotencyKeys.scoped(user, idempotencyKey);
        if (!user.hasAnyRole(List.of(Roles.AREA_ADMIN, Roles.SYSTEM_ADMIN))) {
            return Mono.error(ApiException.forbidden("Only supervisors record inspection findings"));
        }
        if (cmd.rectifyBy().isBefore(LocalDate.now(clock))) {
            return Mono.error(Problems.invalidField("invalid-deadline", "rectifyBy", "lies in the past"));
        }
        Mono<InspectionDocument> replay = key == null ? Mono.empty()
                : mongo.findOne(new Query(Criteria.where("idempotencyKey").is(key)), InspectionDocument.class)
                        .flatMap(d -> replayable(d, user));
        // an area outside the caller's capture scope is refused (403) below, never taken for a missing one
        return replay.switchIfEmpty(Mono.defer(() -> areas.findByCode(cmd.areaCode())
                .switchIfEmpty(Mono.error(Problems.invalidField("unknown-area", "areaCode", "no such area")))
                .flatMap(a -> {
                    if (!user.canCapture(a.path) || (!user.isSystemAdmin() && user.captureAreas().contains(a.code)
                            && a.path.size() > 1 && !user.canCapture(a.path.subList(0, a.path.size() - 1)))) {
                        return Mono.error(ApiException.forbidden("Findings are recorded from above the inspected area"));
                    }
                    InspectionDocument d = new InspectionDocument();
                    d.id = "in-" + UUID.randomUUID();
                    d.areaCode = a.code;
                    d.areaPath = a.path;
                    d.unit = cmd.unit();
                    d.category = cmd.category();
                    d.finding = cmd.finding();
                    d.deductionPoints = cmd.deductionPoints();
                    d.rectifyBy = cmd.rectifyBy();
                    d.status = InspectionStatus.OPEN;
                    d.inspectorId = user.subject();
                    d.recordedAt = clock.instant();
                    d.version = 1;
                    d.idempotencyKey = key;
                    d.outbox.add(events.create(GridEvents.INSPECTION_FINDING_RECORDED, null,
                            new InspectionFindingRecordedV1(d.id, 1, d.recordedAt, d.areaCode, d.areaPath, d.unit,
                                    d.category, d.deductionPoints, d.rectifyBy)));
                    return mongo.insert(d).doOnNext(x -> relay.nudge())
                            .onErrorResume(DuplicateKeyException.class, e -> key == null ? Mono.error(e)
                                    : mongo.findOne(new Query(Criteria.where("idempotencyKey").is(key)),
                                            InspectionDocument.class).flatMap(x -> replayable(x, user)));
                })));
    }

    private static Mono<InspectionDocument> replayable(InspectionDocument d, PlatformPrincipal user) {
        return user.canCapture(d.areaPath) ? Mono.just(d)
                : Mono.error(ApiException.forbidden("The area is outside your capture scope"));
    }

    public Mono<InspectionDocument> get(String id, PlatformPrincipal user) {
        return mongo.findById(id, InspectionDocument.class).filter(d -> user.canView(d.areaPath))
                .switchIfEmpty(Mono.error(ApiException.notFound("Inspection", id))).map(this::state);
    }

    /**
     * Findings under an area, one cursor page by rectification deadline ({@code rectifyBy}, then id):
     * optionally one status, or only the overdue ones (OPEN past {@code rectifyBy}). The caller's view
     * scope is part of the query: a sibling area's findings are never read, and a narrow scope never
     * gets an empty page while findings in it exist further on.
     */
    public Mono<org.socialpsych.chassis.web.CursorPage<InspectionDocument>> list(String under,
            InspectionStatus status, Boolean overdue, int limit, String cursor, PlatformPrincipal user) {
        List<Criteria> all = new java.util.ArrayList<>(List.of(Criteria.where("areaPath").is(under)));
        if (!user.isSystemAdmin()) {
            all.add(Criteria.where("areaPath").in(user.roles().isEmpty() ? java.util.Set.of() : user.viewAreas()));
        }
        if (status != null) {
            all.add(Criteria.where("status").is(status));
        }
        if (Boolean.TRUE.equals(overdue)) {
            all.add(Criteria.where("status").is(InspectionStatus.OPEN));
            all.add(Criteria.where("rectifyBy").lt(LocalDate.now(clock)));
        }
        if (cursor != null) {
            List<String> c = org.socialpsych.grid.common.Keyset.parts(cursor);
            all.add(org.socialpsych.grid.common.Keyset.after("rectifyBy",
                    org.socialpsych.grid.common.Keyset.date(c.get(0)), c.get(1), Sort.Direction.ASC));
        }
        Query q = new Query(new Criteria().andOperator(all.toArray(Criteria[]::new)))
                .with(org.socialpsych.grid.common.Keyset.sort("rectifyBy", Sort.Direction.ASC));
        return mongo.find(q, InspectionDocument.class).filter(d -> user.canView(d.areaPath)).take(limit + 1L)
                .map(this::state).collectList()
                .map(rows -> org.socialpsych.chassis.web.CursorPage.of(rows, limit,
                        d -> org.socialpsych.grid.common.Keyset.cursor(d.rectifyBy, d.id)));
    }

    /** The inspected area submits evidence of the fix (a hash of the file, and a note). */
    public Mono<InspectionDocument> rectify(String id, String evidenceHash, String note, PlatformPrincipal user) {
        if (!user.hasAnyRole(List.of(Roles.AREA_ADMIN, Roles.SYSTEM_ADMIN))) {
            return Mono.error(ApiException.forbidden("Only the inspected area's admins submit rectification"));
        }
        return get(id, user).flatMap(d -> {
            if (!user.canCapture(d.areaPath)) {
                return Mono.error(ApiException.forbidden("Outside your capture scope"));
            }
            if (d.status != InspectionStatus.OPEN) {
                return Mono.error(ApiException.conflict("invalid-transition", "The finding is " + d.status));
            }
            return apply(d, new Update().set("status", InspectionStatus.RECTIFIED).set("rectifiedAt", clock.instant())
                    .push("evidence", new InspectionDocument.Evidence(evidenceHash, note, user.subject(), clock.instant()))
                    .set("version", d.version + 1));
        });
    }

    /** Verifies the fix (or sends it back with {@code accepted=false}); not by whoever submitted the evidence. */
    public Mono<InspectionDocument> verify(String id, boolean accepted, String reason, PlatformPrincipal user) {
        if (!accepted && (reason == null || reason.isBlank())) {
            return Mono.error(Problems.invalidField("reason-required", "reason",
                    "a rectification is sent back with the reason"));
        }
        if (!user.hasAnyRole(List.of(Roles.AREA_ADMIN, Roles.SYSTEM_ADMIN))) {
            return Mono.error(ApiException.forbidden("Only supervisors verify rectification"));
        }
        return get(id, user).flatMap(d -> {
            if (d.status != InspectionStatus.RECTIFIED) {
                return Mono.error(ApiException.conflict("invalid-transition", "The finding is " + d.status));
            }
            String submitter = d.evidence.isEmpty() ? null : d.evidence.get(d.evidence.size() - 1).by();
            if (user.subject().equals(submitter)) {
                return Mono.error(ApiException.invalid("supervision-separation",
                        "Whoever submitted the evidence cannot verify it", java.util.Map.of()));
            }
            long v = d.version + 1;
            if (!accepted) {
                // sent back: OPEN again, to be rectified again by the same deadline
                return apply(d, new Update().set("status", InspectionStatus.OPEN).unset("rectifiedAt").set("version", v)
                        .push("rejections", new InspectionDocument.Rejection(reason.strip(), user.subject(),
                                clock.instant())));
            }
            var now = clock.instant();
            boolean onTime = !LocalDate.ofInstant(d.rectifiedAt, clock.getZone()).isAfter(d.rectifyBy);
            return apply(d, new Update().set("status", InspectionStatus.VERIFIED).set("verifiedBy", user.subject())
                    .set("verifiedAt", now).set("onTime", onTime).set("version", v)
                    .push("outbox", events.create(GridEvents.RECTIFICATION_VERIFIED, null, new RectificationVerifiedV1(
                            d.id, v, now, d.areaCode, d.areaPath, d.unit, d.category, d.deductionPoints, d.rectifyBy,
                            d.rectifiedAt, now, onTime))));
        });
    }

    private Mono<InspectionDocument> apply(InspectionDocument d, Update u) {
        return mongo.updateFirst(new Query(Criteria.where("_id").is(d.id).and("version").is(d.version)), u,
                InspectionDocument.class)
                .flatMap(r -> r.getModifiedCount() == 0
                        ? Mono.error(ApiException.conflict("concurrent-change", "Changed meanwhile; reload"))
                        : mongo.findById(d.id, InspectionDocument.class))
                .doOnNext(x -> relay.nudge()).map(this::state);
    }

    /** The derived overdue state: OPEN after the rectify-by day (platform zone). */
    private InspectionDocument state(InspectionDocument d) {
        d.overdue = d.status == InspectionStatus.OPEN && d.rectifyBy != null
                && LocalDate.now(clock).isAfter(d.rectifyBy);
        return d;
    }
}
