package org.socialpsych.psych.crisis.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.socialpsych.chassis.audit.ReadAuditLog;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.chassis.retention.Tombstones;
import org.socialpsych.chassis.security.FieldView;
import org.socialpsych.chassis.security.FieldViewPolicy;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.RecordClass;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.psych.area.application.AreaTree;
import org.socialpsych.psych.common.application.Problems;
import org.socialpsych.chassis.web.IdempotencyKeys;
import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.common.infra.AggregateWrites;
import org.socialpsych.psych.common.infra.AggregateWrites.StaleVersionException;
import org.socialpsych.psych.crisis.domain.AreaRef;
import org.socialpsych.psych.crisis.domain.CaseOutcome;
import org.socialpsych.psych.crisis.domain.CaseSource;
import org.socialpsych.psych.crisis.domain.CrisisCase;
import org.socialpsych.psych.crisis.domain.CrisisPolicy;
import org.socialpsych.psych.crisis.domain.PendingSignOff;
import org.socialpsych.psych.crisis.domain.Review;
import org.socialpsych.psych.crisis.domain.RiskTier;
import org.socialpsych.psych.crisis.infra.CrisisCaseDocument;
import org.socialpsych.psych.crisis.infra.CrisisCaseRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.socialpsych.psych.common.infra.Scopes;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Opening, reading and working crisis cases. Each change and the events it causes are one
 * optimistic single-document update; the same person and origin ({@code subjectId, sourceRef}) is
 * one case, whatever the number of deliveries or clicks.
 */
@Service
public class CrisisCaseService {

    private static final Logger log = LoggerFactory.getLogger(CrisisCaseService.class);

    /** Who sees crisis cases at all (POLICE_LIAISON only HIGH ones, with minimum data). */
    public static final Set<String> VIEWERS = Set.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN, Roles.COUNSELLOR,
            Roles.CLINICIAN, Roles.HOTLINE_OPERATOR, Roles.GRID_WORKER, Roles.POLICE_LIAISON);
    /** Who may open a case by hand. */
    public static final Set<String> OPENERS = Set.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN, Roles.COUNSELLOR,
            Roles.CLINICIAN, Roles.HOTLINE_OPERATOR, Roles.GRID_WORKER);
    /** Who may request and sign off tier downgrades and closures. */
    /** Fields a change can take away (a signed-off request, a deadline or timer that no longer applies). */
    private static final List<String> CLEARABLE = List.of("pendingSignOff", "nextCheckAt", "acknowledgeBy");

    public static final Set<String> SIGNERS = Set.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN, Roles.COUNSELLOR,
            Roles.CLINICIAN);

    public record OpenCase(String subjectId, RiskTier tier, CaseSource source, String sourceRef, String areaCode,
            List<String> reasons) {
    }

    /** The case, and whether this call created it (false: the same origin was already a case). */
    public record Opened(CrisisCase crisisCase, boolean created) {
    }

    private final CrisisCaseRepository cases;
    private final ReactiveMongoTemplate mongo;
    private final AreaTree areas;
    private final CrisisEventMapper mapper;
    private final CrisisMetrics metrics;
    private final OutboxRelay relay;
    private final Clock clock;
    private final CrisisPolicy policy;
    private final ReadAuditLog audit;
    private final FieldViewPolicy views;

    public CrisisCaseService(CrisisCaseRepository cases, ReactiveMongoTemplate mongo, AreaTree areas,
            CrisisEventMapper mapper, CrisisMetrics metrics, OutboxRelay relay, Clock clock,
            CrisisProperties properties, ReadAuditLog audit, FieldViewPolicy views) {
        this.audit = audit;
        this.views = views;
        this.cases = cases;
        this.mongo = mongo;
        this.areas = areas;
        this.mapper = mapper;
        this.metrics = metrics;
        this.relay = relay;
        this.clock = clock;
        this.policy = properties.toPolicy();
    }

    public CrisisPolicy policy() {
        return policy;
    }

    /**
     * The view of a case the caller gets, from the chassis field-view policy (CASE records): CLINICAL
     * with reasons, review and the timeline's notes; GOVERNANCE without them; MINIMAL for police.
     */
    public FieldView view(PlatformPrincipal user) {
        return views.viewOf(user, RecordClass.CASE);
    }

    /** A deterministic id for a case from an origin, so a redelivered event collides on {@code _id} too. */
    static String caseId(String subjectId, String sourceRef) {
        return "cc-" + UUID.nameUUIDFromBytes((subjectId + "|" + sourceRef).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Opened by a person through the API; the area must be known and in the caller's capture scope.
     * The Idempotency-Key is the caller's own ({@link IdempotencyKeys}); a replay, and a case that
     * already exists for the same origin, is answered only when the caller may still see and work
     * it (403 for a replay now outside the caller's scope, 409 without content for someone else's
     * case of the same origin).
     */
    public Mono<Opened> openByHand(OpenCase cmd, PlatformPrincipal user, String idempotencyKey) {
        if (!user.hasAnyRole(OPENERS)) {
            return Mono.error(ApiException.forbidden("Your role may not open crisis cases"));
        }
        requireViewer(user);
        String key = IdempotencyKeys.scoped(user.subject(), idempotencyKey);
        Mono<Opened> replay = key == null ? Mono.empty()
                : cases.findByIdempotencyKey(key).flatMap(d -> visible(d, user) && user.canCapture(d.areaPath)
                        ? Mono.just(new Opened(d.toDomain(), false))
                        : Mono.error(ApiException.forbidden("The case of this Idempotency-Key is outside your scope")));
        return replay.switchIfEmpty(Mono.defer(() -> areas.get(cmd.areaCode())
                .switchIfEmpty(Mono.error(ApiException.invalid("unknown-area", "Area " + cmd.areaCode()
                        + " is not known", Map.of("errors", List.of(Map.of("field", "areaCode",
                                "message", "no such area"))))))
                .flatMap(area -> {
                    if (!user.canCapture(area.path())) {
                        return Mono.error(ApiException.forbidden("The area is outside your capture scope"));
                    }
                    CaseSource source = cmd.source() == null ? CaseSource.MANUAL : cmd.source();
                    return open(cmd.subjectId(), cmd.tier(), source, cmd.sourceRef(), area.code(), area.path(),
                            cmd.reasons(), user.subject(), key)
                            .flatMap(o -> o.created() || (visible(o.crisisCase(), user)
                                    && user.canCapture(o.crisisCase().areaPath())) ? Mono.just(o)
                                    : Mono.error(ApiException.conflict("duplicate",
                                            "A case for this subject and origin exists outside your scope")));
                })));
    }

    /** Opened by the platform itself (a RiskFlagged event, a hotline triage); idempotent per origin. */
    public Mono<Opened> open(String subjectId, RiskTier tier, CaseSource source, String sourceRef, String areaCode,
            List<String> areaPath, List<String> reasons, String actor, String idempotencyKey) {
        String id = sourceRef == null ? "cc-" + UUID.randomUUID() : caseId(subjectId, sourceRef);
        String ref = sourceRef == null ? "manual:" + id : sourceRef;
        CrisisCase c;
        try {
            c = CrisisCase.open(id, subjectId, tier, source, ref, areaCode, areaPath, reasons, actor,
                    clock.instant(), policy);
        } catch (RuleException e) {
            return Mono.error(Problems.of(e));
        }
        CrisisCaseDocument doc = CrisisCaseDocument.of(c);
        doc.idempotencyKey = idempotencyKey;
        doc.outbox.addAll(mapper.outbox(c));
        return cases.insert(doc)
                .map(d -> {
                    relay.nudge();
                    metrics.record(c);
                    return new Opened(c, true);
                })
                .onErrorResume(DuplicateKeyException.class, e -> existing(subjectId, ref, idempotencyKey, id));
    }

    /**
     * The case that made the insert collide. A tombstone (the case of this origin was purged under
     * the retention policy) is not brought back: a late or replayed event for it ends in
     * {@link PurgedCaseException}, which the platform's own intake skips.
     */
    private Mono<Opened> existing(String subjectId, String sourceRef, String idempotencyKey, String id) {
        Mono<CrisisCaseDocument> byKey = idempotencyKey == null ? Mono.empty()
                : cases.findByIdempotencyKey(idempotencyKey);
        return byKey.switchIfEmpty(cases.findBySubjectIdAndSourceRef(subjectId, sourceRef))
                .switchIfEmpty(cases.findById(id))
                .flatMap(d -> d.purgedAt != null ? Mono.<Opened>error(new PurgedCaseException(d.id))
                        : Mono.just(new Opened(d.toDomain(), false)))
                .switchIfEmpty(Mono.error(ApiException.conflict("duplicate", "A conflicting case exists")));
    }

    /** The origin's case was purged under the retention policy; it is not opened again. */
    public static final class PurgedCaseException extends ApiException {
        public PurgedCaseException(String id) {
            super(HttpStatus.CONFLICT, "purged", "Purged",
                    "The case of this origin (" + id + ") was purged under the retention policy", null);
        }
    }

    public Mono<CrisisCase> get(String id, PlatformPrincipal user) {
        requireViewer(user);
        return cases.findById(id).filter(d -> visible(d, user)).map(CrisisCaseDocument::toDomain)
                .switchIfEmpty(Mono.error(ApiException.notFound("Crisis case", id)))
                .flatMap(c -> audited(c, user));
    }

    /** Every read of a case is audit-logged (who, which case, whose data, which view) before it is served. */
    private Mono<CrisisCase> audited(CrisisCase c, PlatformPrincipal user) {
        return audit.record(user, "crisis-case", c.id(), c.subjectId(), view(user).name().toLowerCase(Locale.ROOT),
                null).thenReturn(c);
    }

    public Flux<CrisisCase> list(String sourceRef, String under, int limit, PlatformPrincipal user) {
        requireViewer(user);
        PageRequest page = PageRequest.of(0, Math.min(Math.max(limit, 1), 500));
        Criteria c = Tombstones.notPurged();
        if (sourceRef != null) {
            c = c.and("sourceRef").is(sourceRef);
        }
        if (under != null) {
            c = c.and("areaPath").is(under);
        }
        if (policeOnly(user)) {
            c = c.and("tier").is(RiskTier.HIGH);
        }
        Flux<CrisisCaseDocument> docs = mongo.find(new Query(Scopes.viewable(c, user, "areaPath"))
                .with(Sort.by(Sort.Direction.DESC, "openedAt")).limit(page.getPageSize()), CrisisCaseDocument.class);
        return docs.filter(d -> visible(d, user)).take(page.getPageSize()).map(CrisisCaseDocument::toDomain)
                .concatMap(found -> audited(found, user));
    }

    public Mono<CrisisCase> acknowledge(String id, PlatformPrincipal user) {
        return mutate(id, user, VIEWERS, false, (c, a) -> c.acknowledge(user.subject(), clock.instant(), policy));
    }

    public Mono<CrisisCase> firstContact(String id, String note, PlatformPrincipal user) {
        return mutate(id, user, VIEWERS, false,
                (c, a) -> c.recordFirstContact(user.subject(), clock.instant(), note, policy));
    }

    public Mono<CrisisCase> escalate(String id, String note, PlatformPrincipal user) {
        return mutate(id, user, VIEWERS, true,
                (c, a) -> c.escalateManually(user.subject(), clock.instant(), note, a, policy));
    }

    /** Names a responder (user id) on an open case; naming the same person twice changes nothing. */
    public Mono<CrisisCase> assignResponder(String id, String userId, PlatformPrincipal user) {
        return mutate(id, user, SIGNERS, false, (c, a) -> c.assignResponder(userId, user.subject(), clock.instant()));
    }

    public Mono<CrisisCase> requestTier(String id, RiskTier tier, String reason, PlatformPrincipal user) {
        return mutate(id, user, SIGNERS, false,
                (c, a) -> c.requestTierChange(tier, reason, user.subject(), clock.instant(), policy));
    }

    public Mono<CrisisCase> close(String id, CaseOutcome outcome, boolean serious, Review review, String note,
            PlatformPrincipal user) {
        return mutate(id, user, SIGNERS, false,
                (c, a) -> c.requestClose(outcome, serious, review, note, user.subject(), clock.instant(), policy));
    }

    public Mono<CrisisCase> signOff(String id, PendingSignOff.Kind kind, PlatformPrincipal user) {
        return mutate(id, user, SIGNERS, false, (c, a) -> c.signOff(kind, user.subject(), clock.instant(), policy));
    }

    /**
     * The durable timers: every case whose {@code nextCheckAt} has passed gets its deadlines checked
     * and, when overdue, climbs the ladder. The write is conditional on the version read, so two
     * replicas sweeping at once escalate a case once; the loser simply skips it.
     */
    public Mono<Integer> sweep(int batchSize) {
        Instant now = clock.instant();
        return cases.findByNextCheckAtLessThanEqualOrderByNextCheckAt(now, PageRequest.of(0, batchSize))
                .concatMap(d -> areas.ancestors(d.areaPath).flatMap(ancestors -> {
                    CrisisCase c = d.toDomain();
                    long read = c.version();
                    if (!c.checkDeadlines(now, ancestors, policy)) {
                        return Mono.just(0);
                    }
                    return write(c, read).thenReturn(1)
                            .onErrorResume(StaleVersionException.class, e -> Mono.just(0));
                }).onErrorResume(e -> {
                    log.warn("Deadline check of crisis case {} failed: {}", d.id, e.toString());
                    return Mono.just(0);
                }))
                .reduce(0, Integer::sum);
    }

    private Mono<CrisisCase> mutate(String id, PlatformPrincipal user, Set<String> roles, boolean needsAncestors,
            BiConsumer<CrisisCase, List<AreaRef>> change) {
        requireViewer(user);
        if (!user.hasAnyRole(roles)) {
            return Mono.error(ApiException.forbidden("Your role may not do this to a crisis case"));
        }
        return Mono.defer(() -> cases.findById(id))
                .filter(d -> visible(d, user))
                .switchIfEmpty(Mono.error(ApiException.notFound("Crisis case", id)))
                .flatMap(d -> {
                    if (!user.canCapture(d.areaPath)) {
                        return Mono.error(ApiException.forbidden("The case's area is outside your capture scope"));
                    }
                    Mono<List<AreaRef>> ancestors = needsAncestors ? areas.ancestors(d.areaPath)
                            : Mono.just(List.of());
                    return ancestors.flatMap(a -> {
                        CrisisCase c = d.toDomain();
                        long read = c.version();
                        try {
                            change.accept(c, a);
                        } catch (RuleException e) {
                            return Mono.error(Problems.of(e));
                        }
                        return write(c, read);
                    });
                })
                .retryWhen(Retry.backoff(3, Duration.ofMillis(20)).filter(StaleVersionException.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> ApiException.conflict("concurrent-update",
                                "The case changed while this request ran; try again")));
    }

    private Mono<CrisisCase> write(CrisisCase c, long readVersion) {
        CrisisCaseDocument doc = CrisisCaseDocument.of(c);
        return AggregateWrites.update(mongo, CrisisCaseDocument.COLLECTION, doc, c.id(), readVersion,
                mapper.outbox(c), CLEARABLE)
                .flatMap(ok -> {
                    if (!ok) {
                        return Mono.error(new StaleVersionException(c.id()));
                    }
                    relay.nudge();
                    metrics.record(c);
                    return Mono.just(c);
                });
    }

    /** A crisis role, and a view of cases other than NONE under the field-view policy. */
    private void requireViewer(PlatformPrincipal user) {
        if (!user.hasAnyRole(VIEWERS) || view(user) == FieldView.NONE) {
            throw ApiException.forbidden("Your role has no access to crisis cases");
        }
    }

    /**
     * Not purged, in the caller's view scope; a police liaison sees HIGH cases only. Outside looks
     * like absent.
     */
    static boolean visible(CrisisCaseDocument d, PlatformPrincipal user) {
        if (d.purgedAt != null || !user.canView(d.areaPath)) {
            return false;
        }
        return !policeOnly(user) || d.tier == RiskTier.HIGH;
    }

    static boolean visible(CrisisCase c, PlatformPrincipal user) {
        return user.canView(c.areaPath()) && (!policeOnly(user) || c.tier() == RiskTier.HIGH);
    }

    /** A police liaison without any other crisis role: HIGH cases, minimum data. */
    public static boolean policeOnly(PlatformPrincipal user) {
        return user.hasRole(Roles.POLICE_LIAISON) && !user.hasAnyRole(OPENERS);
    }
}
