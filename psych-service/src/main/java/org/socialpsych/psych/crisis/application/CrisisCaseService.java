package org.socialpsych.psych.crisis.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.Base64;
import java.util.ArrayList;

import org.socialpsych.chassis.audit.ReadAuditLog;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.chassis.retention.Tombstones;
import org.socialpsych.chassis.security.FieldView;
import org.socialpsych.chassis.security.FieldViewPolicy;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.RecordClass;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.person.PersonIndex;
import org.socialpsych.psych.area.application.AreaTree;
import org.socialpsych.psych.common.application.Problems;
import org.socialpsych.chassis.web.IdempotencyKeys;
import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.common.infra.AggregateWrites;
import org.socialpsych.psych.common.infra.AggregateWrites.StaleVersionException;
import org.socialpsych.psych.crisis.domain.AreaRef;
import org.socialpsych.psych.crisis.domain.CaseOutcome;
import org.socialpsych.psych.crisis.domain.CaseSource;
import org.socialpsych.psych.crisis.domain.CaseStatus;
import org.socialpsych.psych.crisis.domain.CrisisCase;
import org.socialpsych.psych.crisis.domain.CrisisPolicy;
import org.socialpsych.psych.crisis.domain.PendingSignOff;
import org.socialpsych.psych.crisis.domain.Review;
import org.socialpsych.psych.crisis.domain.RiskTier;
import org.socialpsych.psych.crisis.domain.Notification;
import org.socialpsych.psych.crisis.domain.ResponderUnit;
import org.socialpsych.psych.crisis.domain.UnitAssignment;
import org.socialpsych.psych.crisis.domain.UnitContact;
import org.socialpsych.psych.crisis.domain.UnitDirectory;
import org.socialpsych.psych.unit.application.UnitDirectoryService;
import org.socialpsych.psych.unit.application.AreaSlaService;
import org.socialpsych.chassis.web.CursorPage;
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
    private static final List<String> CLEARABLE = List.of("pendingSignOff", "nextCheckAt", "acknowledgeBy", "openKey");
    /** a grid report's reference, the only origin a caller may name (system origins are the platform's own) */
    private static final Pattern GRID_REPORT_REF = Pattern.compile("grid-report:[A-Za-z0-9._-]{1,100}");

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
    private final UnitDirectoryService units;
    private final AreaSlaService slas;
    private final PersonIndex persons;
    private final Duration escalationDebounce;

    public CrisisCaseService(CrisisCaseRepository cases, ReactiveMongoTemplate mongo, AreaTree areas,
            CrisisEventMapper mapper, CrisisMetrics metrics, OutboxRelay relay, Clock clock,
            CrisisProperties properties, ReadAuditLog audit, FieldViewPolicy views, UnitDirectoryService units,
            AreaSlaService slas, PersonIndex persons) {
        this.persons = persons;
        this.units = units;
        this.slas = slas;
        this.escalationDebounce = properties.manualEscalationDebounce();
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

    /** A random case id: nothing a caller knows in advance derives it. */
    static String newCaseId() {
        return "cc-" + UUID.randomUUID();
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
        CaseSource source = cmd.source() == null ? CaseSource.MANUAL : cmd.source();
        if (source.isSystem()) {
            return Mono.error(ApiException.invalid("system-origin", "Cases of origin " + source
                    + " are opened by the platform itself, never through the API",
                    Map.of("errors", List.of(Map.of("field", "source", "message", "MANUAL or GRID_REPORT")))));
        }
        if (source == CaseSource.GRID_REPORT
                && (cmd.sourceRef() == null || !GRID_REPORT_REF.matcher(cmd.sourceRef()).matches())) {
            return Mono.error(ApiException.invalid("invalid-origin", "A grid report names its report",
                    Map.of("errors", List.of(Map.of("field", "sourceRef", "message", "grid-report:<report id>")))));
        }
        // a manual case's origin is the server's own; what the caller sent is kept as its reference only
        String origin = source == CaseSource.MANUAL ? "manual:" + UUID.randomUUID() : cmd.sourceRef();
        String clientRef = source == CaseSource.MANUAL ? cmd.sourceRef() : null;
        String key = IdempotencyKeys.scoped(user.subject(), idempotencyKey);
        Mono<Opened> replay = key == null ? Mono.empty()
                : cases.findByIdempotencyKey(key).flatMap(d -> visible(d, user) && user.canCapture(d.areaPath)
                        ? Mono.just(new Opened(d.toDomain(), false))
                        : Mono.error(ApiException.forbidden("The case of this Idempotency-Key is outside your scope")));
        // ownership (ADR 0010): a named person is one the platform issued and the caller's capture scope
        // owns; a person in crisis whom the caller does not own is opened without a subject (the owning
        // area's team links it), so no case can be planted to reach someone else's person
        Mono<?> subject = cmd.subjectId() == null ? Mono.just(true)
                : persons.requireCaptured("subjectId", cmd.subjectId(), user);
        return replay.switchIfEmpty(Mono.defer(() -> subject.then(areas.get(cmd.areaCode()))
                .switchIfEmpty(Mono.error(ApiException.invalid("unknown-area", "Area " + cmd.areaCode()
                        + " is not known", Map.of("errors", List.of(Map.of("field", "areaCode",
                                "message", "no such area"))))))
                .flatMap(area -> {
                    if (!user.canCapture(area.path())) {
                        return Mono.error(ApiException.forbidden("The area is outside your capture scope"));
                    }
                    return open(cmd.subjectId(), cmd.tier(), source, origin, area.code(), area.path(),
                            cmd.reasons(), user.subject(), key, clientRef)
                            .flatMap(o -> o.created() || (visible(o.crisisCase(), user)
                                    && user.canCapture(o.crisisCase().areaPath())) ? Mono.just(o)
                                    : Mono.error(ApiException.conflict("duplicate",
                                            "A case for this subject and origin exists outside your scope")));
                })))
                // an existing case answered instead of a new one is a read of it: audited like any other
                .flatMap(o -> o.created() ? Mono.just(o) : audited(o.crisisCase(), user).thenReturn(o));
    }

    /** Opened by the platform itself (a RiskFlagged event, a hotline triage, a session); idempotent per origin. */
    public Mono<Opened> open(String subjectId, RiskTier tier, CaseSource source, String sourceRef, String areaCode,
            List<String> areaPath, List<String> reasons, String actor, String idempotencyKey) {
        return open(subjectId, tier, source, sourceRef, areaCode, areaPath, reasons, actor, idempotencyKey, null);
    }

    /**
     * One case per origin (a redelivery finds it, or its retention tombstone), and one open case per
     * person, origin class and tier: a later trigger of the same class whose tier is not above an open
     * case's joins that case's timeline instead of opening another. A trigger of a higher tier opens its
     * own case (its routing and deadlines are the tighter ones).
     */
    Mono<Opened> open(String subjectId, RiskTier tier, CaseSource requested, String sourceRef, String areaCode,
            List<String> areaPath, List<String> reasons, String actor, String idempotencyKey, String clientRef) {
        String ref = sourceRef == null ? "manual:" + UUID.randomUUID() : sourceRef;
        CaseSource source = requested == CaseSource.MANUAL && ref.startsWith("session:") ? CaseSource.SESSION
                : requested;
        String originKey = CrisisCaseDocument.originKey(subjectId, ref);
        Mono<Opened> attempt = Mono.defer(() -> cases.findByOriginKey(originKey)
                .flatMap(d -> d.purgedAt != null ? Mono.<Opened>error(new PurgedCaseException(d.id))
                        : Mono.just(new Opened(d.toDomain(), false)))
                .switchIfEmpty(Mono.defer(() -> joinOpenCase(subjectId, tier, source, ref, actor)))
                .switchIfEmpty(Mono.defer(() -> insert(subjectId, tier, source, ref, areaCode, areaPath, reasons,
                        actor, idempotencyKey, clientRef))));
        return attempt.retryWhen(Retry.max(3).filter(e -> e instanceof DuplicateKeyException
                || e instanceof StaleVersionException));
    }

    /** The open case of this person and origin class with the highest tier not below {@code tier}, joined. */
    private Mono<Opened> joinOpenCase(String subjectId, RiskTier tier, CaseSource source, String ref, String actor) {
        if (subjectId == null) {
            return Mono.empty();
        }
        String originClass = CaseSource.originClass(source, ref);
        return Flux.fromArray(RiskTier.values())
                .filter(t -> !t.isLowerThan(tier))
                .concatMap(t -> cases.findByOpenKey(CrisisCaseDocument.openKey(subjectId, originClass, t)))
                .next()
                .flatMap(d -> {
                    CrisisCase c = d.toDomain();
                    long read = c.version();
                    if (!c.join(source, ref, tier, actor, clock.instant())) {
                        return Mono.just(new Opened(c, false));
                    }
                    log.info("A {} trigger joined open crisis case {}", source, c.id());
                    return write(c, read).map(x -> new Opened(x, false));
                });
    }

    private Mono<Opened> insert(String subjectId, RiskTier tier, CaseSource source, String ref, String areaCode,
            List<String> areaPath, List<String> reasons, String actor, String idempotencyKey, String clientRef) {
        return Mono.zip(units.resolve(areaPath), slas.policyFor(areaPath, policy)).flatMap(t -> {
            UnitDirectory directory = t.getT1();
            CrisisCase c;
            try {
                c = CrisisCase.open(newCaseId(), subjectId, tier, source, ref, areaCode, areaPath, reasons, actor,
                        clock.instant(), t.getT2(), directory);
            } catch (RuleException e) {
                return Mono.error(Problems.of(e));
            }
            CrisisCaseDocument doc = CrisisCaseDocument.of(c);
            doc.idempotencyKey = idempotencyKey;
            doc.clientRef = clientRef;
            doc.outbox.addAll(mapper.outbox(c));
            return cases.insert(doc).map(d -> {
                relay.nudge();
                metrics.record(c);
                return new Opened(c, true);
            }).onErrorResume(DuplicateKeyException.class, e -> idempotencyKey == null ? Mono.error(e)
                    : cases.findByIdempotencyKey(idempotencyKey).map(d -> new Opened(d.toDomain(), false))
                            .switchIfEmpty(Mono.error(e)));
        });
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

    /** A page of cases, newest first; the scope filter is part of the query, so no page is emptied by it. */
    public Mono<CursorPage<CrisisCase>> list(String sourceRef, String under, String cursor, int limit,
            PlatformPrincipal user) {
        requireViewer(user);
        Criteria c = Tombstones.notPurged();
        if (sourceRef != null) {
            c = new Criteria().andOperator(c, new Criteria().orOperator(Criteria.where("sourceRef").is(sourceRef),
                    Criteria.where("joinedRefs").is(sourceRef)));
        }
        if (under != null) {
            c = c.and("areaPath").is(under);
        }
        return page(c, cursor, limit, user);
    }

    /** The queues escalation and sign-off requests land in ({@code QUEUES}), with their counts. */
    public static final Set<String> QUEUES = Set.of("escalated", "sign-off", "mine", "overdue");

    public record QueuePage(List<CrisisCase> items, String next, long count) {
    }

    /**
     * A work queue: {@code escalated} — open cases whose ladder reached {@code area} (a town or county);
     * {@code sign-off} — pending downgrades/closures in {@code area} requested by someone else;
     * {@code mine} — open cases naming the caller as responder or assigned to an organisation whose staff
     * the caller is; {@code overdue} — open cases in {@code area} with a missed deadline (the case's or a unit's).
     */
    public Mono<QueuePage> queue(String queue, String area, RiskTier tier, String cursor, int limit,
            PlatformPrincipal user) {
        requireViewer(user);
        if (!QUEUES.contains(queue)) {
            return Mono.error(ApiException.notFound("Queue", queue));
        }
        if (!"mine".equals(queue) && area == null) {
            return Mono.error(new ApiException(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid query parameter",
                    "The " + queue + " queue needs area", Map.of()));
        }
        if (area != null && !user.canView(List.of(area))) {
            return Mono.error(ApiException.forbidden("The area is outside your view scope"));
        }
        Criteria open = Tombstones.notPurged().and("status").ne(CaseStatus.CLOSED.name());
        Criteria base = tier == null ? open : open.and("tier").is(tier);
        Mono<Criteria> criteria = switch (queue) {
            case "escalated" -> Mono.just(base.and("escalatedTo").is(area).and("escalationLevel")
                    .ne(EscalationLevelNames.GRID_TEAM));
            case "sign-off" -> user.hasAnyRole(SIGNERS)
                    ? Mono.just(base.and("areaPath").is(area).and("pendingSignOff.requestedBy").ne(user.subject())
                            .and("pendingSignOff").ne(null))
                    : Mono.error(ApiException.forbidden("Your role does not sign off"));
            case "overdue" -> Mono.just(base.and("areaPath").is(area).and("overdue").is(true));
            default -> mongo.find(new Query(Criteria.where("staffIds").is(user.subject())),
                            org.socialpsych.psych.unit.infra.ResponderUnitDocument.class)
                    .map(d -> d.organisationId).collectList()
                    .map(orgs -> base.orOperator(Criteria.where("responders").is(user.subject()),
                            Criteria.where("assignments.organisationId").in(orgs)));
        };
        return criteria.flatMap(c -> {
            boolean mine = "mine".equals(queue);
            // "mine" is a task: the caller works these cases even outside its area scope
            Query counted = new Query(mine ? c : Scopes.viewable(c, user, "areaPath"));
            return mongo.count(counted, CrisisCaseDocument.class).flatMap(count -> (mine ? pageOf(c, cursor, limit)
                    .flatMap(p -> Flux.fromIterable(p.items()).concatMap(x -> audited(x, user)).collectList()
                            .map(items -> new CursorPage<>(items, p.next())))
                    : page(c, cursor, limit, user))
                    .map(p -> new QueuePage(p.items(), p.next(), count)));
        });
    }

    /** Level names as stored (the enum's names). */
    private static final class EscalationLevelNames {
        static final String GRID_TEAM = org.socialpsych.psych.crisis.domain.EscalationLevel.GRID_TEAM.name();
    }

    private Mono<CursorPage<CrisisCase>> page(Criteria criteria, String cursor, int limit, PlatformPrincipal user) {
        Criteria c = policeOnly(user) ? criteria.and("tier").is(RiskTier.HIGH) : criteria;
        return pageOf(Scopes.viewable(c, user, "areaPath"), cursor, limit)
                .flatMap(p -> Flux.fromIterable(p.items()).filter(x -> visible(x, user))
                        .concatMap(x -> audited(x, user)).collectList()
                        .map(items -> new CursorPage<>(items, p.next())));
    }

    /** Newest first by (openedAt, id); the cursor is the last row's key. */
    private Mono<CursorPage<CrisisCase>> pageOf(Criteria criteria, String cursor, int limit) {
        Criteria c = criteria;
        if (cursor != null) {
            String[] k = decodeCursor(cursor);
            Instant at = Instant.ofEpochMilli(Long.parseLong(k[0]));
            c = new Criteria().andOperator(c, new Criteria().orOperator(Criteria.where("openedAt").lt(at),
                    Criteria.where("openedAt").is(at).and("_id").lt(k[1])));
        }
        Query q = new Query(c).with(Sort.by(Sort.Direction.DESC, "openedAt").and(Sort.by(Sort.Direction.DESC, "_id")))
                .limit(limit + 1);
        return mongo.find(q, CrisisCaseDocument.class).map(CrisisCaseDocument::toDomain).collectList()
                .map(rows -> CursorPage.of(rows, limit, x -> encodeCursor(x.openedAt(), x.id())));
    }

    static String encodeCursor(Instant at, String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((at.toEpochMilli() + "|" + id)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String[] decodeCursor(String cursor) {
        try {
            String[] k = new String(Base64.getUrlDecoder().decode(cursor), java.nio.charset.StandardCharsets.UTF_8)
                    .split("\\|", 2);
            Long.parseLong(k[0]);
            if (k.length != 2) {
                throw new IllegalArgumentException();
            }
            return k;
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid query parameter",
                    "cursor is not one this list issued", Map.of());
        }
    }

    public Mono<CrisisCase> acknowledge(String id, String requestKey, PlatformPrincipal user) {
        return mutate(id, user, VIEWERS, requestKey, (c, a) -> {
            c.acknowledge(user.subject(), clock.instant(), a.policy());
            return true;
        });
    }

    public Mono<CrisisCase> firstContact(String id, String note, String requestKey, PlatformPrincipal user) {
        return mutate(id, user, VIEWERS, requestKey, (c, a) -> {
            c.recordFirstContact(user.subject(), clock.instant(), note, a.policy());
            return true;
        });
    }

    /** One rung up; the same request (key), or the same person's repeat within the debounce, climbs once. */
    public Mono<CrisisCase> escalate(String id, String note, String requestKey, PlatformPrincipal user) {
        return mutate(id, user, VIEWERS, requestKey, (c, a) -> {
            if (!c.escalateManually(user.subject(), clock.instant(), note, a.ancestors(), a.policy(), a.directory(),
                    escalationDebounce)) {
                throw new RuleException(RuleException.Kind.CONFLICT, "already-escalated",
                        "You escalated this case moments ago; it climbs one rung per request");
            }
            return true;
        });
    }

    /** Names a responder (user id) on an open case; naming the same person twice changes nothing. */
    public Mono<CrisisCase> assignResponder(String id, String userId, String requestKey, PlatformPrincipal user) {
        return mutate(id, user, SIGNERS, requestKey,
                (c, a) -> c.assignResponder(userId, user.subject(), clock.instant()));
    }

    public Mono<CrisisCase> requestTier(String id, RiskTier tier, String reason, String requestKey,
            PlatformPrincipal user) {
        return mutate(id, user, SIGNERS, requestKey, (c, a) -> {
            c.requestTierChange(tier, reason, user.subject(), clock.instant(), a.policy());
            return true;
        });
    }

    public Mono<CrisisCase> close(String id, CaseOutcome outcome, boolean serious, Review review, String note,
            String requestKey, PlatformPrincipal user) {
        return mutate(id, user, SIGNERS, requestKey, (c, a) -> {
            c.requestClose(outcome, serious, review, note, user.subject(), clock.instant(), a.policy());
            return true;
        });
    }

    public Mono<CrisisCase> signOff(String id, PendingSignOff.Kind kind, String requestKey, PlatformPrincipal user) {
        return mutate(id, user, SIGNERS, requestKey, (c, a) -> {
            c.signOff(kind, user.subject(), clock.instant(), a.policy());
            return true;
        });
    }

    /** A second person rejects a pending request; the requester withdraws it (both leave the case as it was). */
    public Mono<CrisisCase> rejectSignOff(String id, PendingSignOff.Kind kind, String reason, String requestKey,
            PlatformPrincipal user) {
        return mutate(id, user, SIGNERS, requestKey, (c, a) -> {
            c.rejectSignOff(kind, user.subject(), clock.instant(), reason);
            return true;
        });
    }

    public Mono<CrisisCase> withdrawSignOff(String id, PendingSignOff.Kind kind, String requestKey,
            PlatformPrincipal user) {
        return mutate(id, user, SIGNERS, requestKey, (c, a) -> {
            c.withdrawSignOff(kind, user.subject(), clock.instant());
            return true;
        });
    }

    /**
     * A unit's receipt or contact, by that unit's staff: the organisation configured for the unit's role
     * in the case's area (its {@code staffIds}). Where no organisation is configured for the role, the
     * case's crisis roles in capture scope act for the unit (as before units were data).
     */
    public Mono<CrisisCase> unitAction(String id, ResponderUnit unit, boolean contact, String note, String requestKey,
            PlatformPrincipal user) {
        return Mono.defer(() -> cases.findById(id))
                .filter(d -> d.purgedAt == null)
                .switchIfEmpty(Mono.error(ApiException.notFound("Crisis case", id)))
                .flatMap(d -> Mono.zip(units.resolve(d.areaPath), slas.policyFor(d.areaPath, policy)).flatMap(t -> {
                    UnitDirectory directory = t.getT1();
                    CrisisPolicy areaPolicy = t.getT2();
                    UnitContact org = directory.of(unit.name());
                    CrisisCase current = d.toDomain();
                    UnitAssignment assigned = current.assignment(unit);
                    boolean staff = org != null && org.isStaff(user.subject())
                            && (assigned == null || assigned.organisationId() == null
                                    || assigned.organisationId().equals(org.organisationId()));
                    if (!staff) {
                        if (org != null) {
                            return Mono.error(visible(d, user) ? ApiException.forbidden(
                                    "Only the staff of the unit's organisation record its receipt")
                                    : ApiException.notFound("Crisis case", id));
                        }
                        requireViewer(user);
                        if (!visible(d, user)) {
                            return Mono.error(ApiException.notFound("Crisis case", id));
                        }
                        if (!user.canCapture(d.areaPath)) {
                            return Mono.error(ApiException.forbidden("The case's area is outside your capture scope"));
                        }
                    }
                    CrisisCase c = d.toDomain().using(directory);
                    String key = IdempotencyKeys.scoped(user.subject(), requestKey);
                    if (c.handled(key)) {
                        return Mono.just(c);
                    }
                    long read = c.version();
                    boolean changed;
                    try {
                        changed = contact ? c.contactByUnit(unit, user.subject(), clock.instant(), note, areaPolicy)
                                : c.acknowledgeUnit(unit, user.subject(), clock.instant(), areaPolicy);
                    } catch (RuleException e) {
                        return Mono.error(Problems.of(e));
                    }
                    if (!changed) {
                        return Mono.error(ApiException.conflict(contact ? "unit-already-contacted"
                                : "unit-already-acknowledged", "The unit's " + (contact ? "contact" : "receipt")
                                        + " is already recorded"));
                    }
                    c.rememberRequest(key);
                    return write(c, read);
                }))
                .retryWhen(Retry.backoff(3, Duration.ofMillis(20)).filter(StaleVersionException.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> ApiException.conflict("concurrent-update",
                                "The case changed while this request ran; try again")))
                .flatMap(c -> audit.record(user, "crisis-case", c.id(), c.subjectId(), "unit-task", null)
                        .thenReturn(c));
    }

    /**
     * A delivery receipt for one of a case's notifications (the delivery adapter or the gateway). Emits
     * false when no case holds the notification.
     */
    public Mono<Boolean> recordReceipt(String notificationId, Notification.Status status, String source,
            String reference) {
        return Mono.defer(() -> mongo.findOne(new Query(Criteria.where("notifications.id").is(notificationId)),
                        CrisisCaseDocument.class))
                .flatMap(d -> {
                    CrisisCase c = d.toDomain();
                    long read = c.version();
                    try {
                        if (!c.recordReceipt(notificationId, status, source, reference, clock.instant())) {
                            return Mono.just(true);
                        }
                    } catch (RuleException e) {
                        return Mono.error(Problems.of(e));
                    }
                    return write(c, read).thenReturn(true);
                })
                .retryWhen(Retry.backoff(5, Duration.ofMillis(20)).filter(StaleVersionException.class::isInstance))
                .defaultIfEmpty(false);
    }

    /**
     * The durable timers: every case whose {@code nextCheckAt} has passed gets its deadlines (the case's
     * and each unit's) checked and, when overdue, climbs the ladder. The write is conditional on the
     * version read, so a sweep racing another writer changes a case once; the loser skips it.
     */
    public Mono<Integer> sweep(int batchSize, Instant now) {
        return cases.findByNextCheckAtLessThanEqualOrderByNextCheckAt(now, PageRequest.of(0, batchSize))
                .concatMap(d -> Mono.zip(areas.ancestors(d.areaPath), units.resolve(d.areaPath),
                        slas.policyFor(d.areaPath, policy)).flatMap(t -> {
                    CrisisCase c = d.toDomain().using(t.getT2());
                    long read = c.version();
                    if (!c.checkDeadlines(now, t.getT1(), t.getT3(), t.getT2())) {
                        return Mono.just(0);
                    }
                    return write(c, read).thenReturn(1)
                            .onErrorResume(StaleVersionException.class, e -> Mono.just(0));
                }).onErrorResume(e -> {
                    log.warn("Deadline check of crisis case {} failed: {}", d.id, e.getClass().getSimpleName());
                    return Mono.just(0);
                }))
                .reduce(0, Integer::sum);
    }

    public Mono<Integer> sweep(int batchSize) {
        return sweep(batchSize, clock.instant());
    }

    /** What a change needs besides the case: its area's ancestors and the organisations playing each role. */
    record Context(List<AreaRef> ancestors, UnitDirectory directory, CrisisPolicy policy) {
    }

    /**
     * Loads, changes and writes a case (optimistic, retried on a concurrent change). A request carrying an
     * Idempotency-Key that was already applied returns the case unchanged; a change that reports false
     * (nothing to do, e.g. a double click) is not written. The case returned is a read: audited.
     */
    private Mono<CrisisCase> mutate(String id, PlatformPrincipal user, Set<String> roles, String requestKey,
            BiFunction<CrisisCase, Context, Boolean> change) {
        requireViewer(user);
        if (!user.hasAnyRole(roles)) {
            return Mono.error(ApiException.forbidden("Your role may not do this to a crisis case"));
        }
        String key = IdempotencyKeys.scoped(user.subject(), requestKey);
        return Mono.defer(() -> cases.findById(id))
                .filter(d -> visible(d, user))
                .switchIfEmpty(Mono.error(ApiException.notFound("Crisis case", id)))
                .flatMap(d -> {
                    if (!user.canCapture(d.areaPath)) {
                        return Mono.error(ApiException.forbidden("The case's area is outside your capture scope"));
                    }
                    return Mono.zip(areas.ancestors(d.areaPath), units.resolve(d.areaPath),
                            slas.policyFor(d.areaPath, policy)).flatMap(t -> {
                        CrisisCase c = d.toDomain().using(t.getT2());
                        if (c.handled(key)) {
                            return Mono.just(c);
                        }
                        long read = c.version();
                        boolean changed;
                        try {
                            changed = change.apply(c, new Context(t.getT1(), t.getT2(), t.getT3()));
                        } catch (RuleException e) {
                            return Mono.error(Problems.of(e));
                        }
                        if (!changed) {
                            return Mono.just(c);
                        }
                        c.rememberRequest(key);
                        return write(c, read);
                    });
                })
                .retryWhen(Retry.backoff(3, Duration.ofMillis(20)).filter(StaleVersionException.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> ApiException.conflict("concurrent-update",
                                "The case changed while this request ran; try again")))
                .flatMap(c -> audited(c, user));
    }

    private Mono<CrisisCase> write(CrisisCase c, long readVersion) {
        CrisisCaseDocument doc = CrisisCaseDocument.of(c);
        return AggregateWrites.update(mongo, CrisisCaseDocument.COLLECTION, doc, c.id(), readVersion,
                mapper.outbox(c), CLEARABLE)
                .onErrorMap(DuplicateKeyException.class, e -> ApiException.conflict("open-case-exists",
                        "The person already has an open case of this origin class and tier"))
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
