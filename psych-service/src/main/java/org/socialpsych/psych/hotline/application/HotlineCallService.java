package org.socialpsych.psych.hotline.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.socialpsych.chassis.audit.ReadAuditLog;
import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.chassis.security.FieldView;
import org.socialpsych.chassis.security.FieldViewPolicy;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.RecordClass;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.person.PersonIndex;
import org.socialpsych.person.PersonOwner;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.psych.crisis.application.Cursors;
import org.socialpsych.events.psych.HotlineCallRecordedV1;
import org.socialpsych.events.psych.PsychEvents;
import org.socialpsych.psych.area.application.AreaTree;
import org.socialpsych.chassis.web.IdempotencyKeys;
import org.socialpsych.psych.crisis.application.CrisisCaseService;
import org.socialpsych.psych.crisis.application.RiskIntake;
import org.socialpsych.events.psych.NotificationRequestedV1;
import java.util.LinkedHashSet;
import org.socialpsych.psych.crisis.domain.CaseSource;
import org.socialpsych.psych.crisis.domain.RiskTier;
import org.socialpsych.psych.hotline.domain.CallChannel;
import org.socialpsych.psych.hotline.domain.CallOutcome;
import org.socialpsych.psych.hotline.domain.HotlineCalls;
import org.socialpsych.psych.hotline.domain.Linkage;
import org.socialpsych.psych.hotline.domain.TriageTier;
import org.socialpsych.psych.hotline.infra.HotlineCallDocument;
import org.socialpsych.psych.hotline.infra.HotlineCallRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.socialpsych.psych.common.infra.Scopes;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Hotline call records. A HIGH or MEDIUM triage opens a crisis case first (idempotent on
 * {@code hotline:<callId>}), then the call is stored with the case id; a retry with the same
 * Idempotency-Key derives the same call id and therefore finds the same case.
 */
@Service
public class HotlineCallService {

    public static final List<String> OPERATORS = List.of(Roles.HOTLINE_OPERATOR, Roles.SYSTEM_ADMIN);
    public static final List<String> READERS = List.of(Roles.HOTLINE_OPERATOR, Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN,
            Roles.COUNSELLOR, Roles.CLINICIAN);

    public record RecordCall(String line, CallChannel channel, Instant startedAt, Integer durationSeconds,
            String areaCode, Boolean anonymous, String callerSubjectId, TriageTier tier, CallOutcome outcome,
            List<Linkage> linkages, String summary) {
    }

    private final HotlineCallRepository calls;
    private final ReactiveMongoTemplate mongo;
    private final AreaTree areas;
    private final CrisisCaseService crisis;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;
    private final Clock clock;
    private final ReadAuditLog audit;
    private final FieldViewPolicy views;
    private final RiskIntake intake;
    private final PersonIndex persons;

    public HotlineCallService(HotlineCallRepository calls, ReactiveMongoTemplate mongo, AreaTree areas,
            CrisisCaseService crisis, OutboxEventFactory events, OutboxRelay relay, Clock clock, ReadAuditLog audit,
            FieldViewPolicy views, RiskIntake intake, PersonIndex persons) {
        this.persons = persons;
        this.intake = intake;
        this.audit = audit;
        this.views = views;
        this.calls = calls;
        this.mongo = mongo;
        this.areas = areas;
        this.crisis = crisis;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    public Mono<Map.Entry<HotlineCallDocument, Boolean>> record(RecordCall cmd, PlatformPrincipal user,
            String idempotencyKey) {
        if (!user.hasAnyRole(OPERATORS)) {
            return Mono.error(ApiException.forbidden("Only hotline operators record calls"));
        }
        // a known caller is a person the platform issued (422 otherwise); the hotline serves callers
        // from every area, so no ownership is asked, and the call grants nothing (reads go by ownership);
        // the call's crisis case and LOW follow-up go to the caller's owning area (their own responders)
        boolean named = cmd.callerSubjectId() != null
                && !HotlineCalls.anonymous(cmd.anonymous(), cmd.callerSubjectId());
        Mono<Optional<PersonOwner>> caller = named
                ? persons.require("callerSubjectId", cmd.callerSubjectId()).map(Optional::of)
                : Mono.just(Optional.empty());
        String key = IdempotencyKeys.scoped(user.subject(), idempotencyKey);
        Mono<Map.Entry<HotlineCallDocument, Boolean>> replay = key == null ? Mono.empty()
                : calls.findByIdempotencyKey(key).flatMap(d -> replayed(d, user));
        return replay.switchIfEmpty(Mono.defer(() -> caller.flatMap(owner -> areas.get(cmd.areaCode())
                .switchIfEmpty(Mono.error(ApiException.invalid("unknown-area", "Area " + cmd.areaCode()
                        + " is not known", Map.of("errors", List.of(Map.of("field", "areaCode",
                                "message", "no such area"))))))
                .flatMap(area -> {
                    if (!user.canCapture(area.path())) {
                        return Mono.error(ApiException.forbidden("The area is outside your capture scope"));
                    }
                    Instant now = clock.instant();
                    if (cmd.startedAt() != null && cmd.startedAt().isAfter(now.plus(HotlineCalls.START_TOLERANCE))) {
                        return Mono.error(ApiException.invalid("start-in-future", "A call cannot start in the future",
                                Map.of("errors", List.of(Map.of("field", "startedAt", "message",
                                        "not after now")))));
                    }
                    // random: no caller can know a call's id (or its case's origin) in advance
                    String id = "hc-" + UUID.randomUUID();
                    boolean anonymous = HotlineCalls.anonymous(cmd.anonymous(), cmd.callerSubjectId());
                    String subject = anonymous ? null : cmd.callerSubjectId();
                    String natural = cmd.startedAt() == null ? null
                            : naturalKey(user.subject(), cmd.line(), cmd.startedAt(), subject);
                    Mono<Map.Entry<HotlineCallDocument, Boolean>> saved = natural == null ? Mono.empty()
                            : calls.findByNaturalKey(natural).flatMap(d -> replayed(d, user));
                    return saved.switchIfEmpty(Mono.defer(() -> store(cmd, user, key, area, id, anonymous, subject,
                            natural, now, owner.orElse(null))));
                }))));
    }

    private Mono<Map.Entry<HotlineCallDocument, Boolean>> store(RecordCall cmd, PlatformPrincipal user, String key,
            AreaTree.AreaNode area, String id, boolean anonymous, String subject, String natural, Instant now,
            PersonOwner owner) {
        // routed by the caller's owning area when the caller is known, else by the hotline's own area
        String routeCode = owner != null && subject != null ? owner.areaCode() : area.code();
        List<String> routePath = owner != null && subject != null ? owner.areaPath() : area.path();
        Mono<String> caseId = cmd.tier().opensCrisisCase()
                ? crisis.open(subject, RiskTier.valueOf(cmd.tier().name()), CaseSource.HOTLINE, "hotline:" + id,
                        routeCode, routePath, List.of(), user.subject(), null).map(o -> o.crisisCase().id())
                : Mono.just("");
        // a LOW triage of a known caller asks the person's grid team for a first contact (grid-service's task)
        Mono<Boolean> followUp = cmd.tier() == TriageTier.LOW && subject != null
                ? intake.lowFollowUp(subject, "HOTLINE", "hotline:" + id, routeCode, routePath)
                : Mono.just(false);
        return caseId.zipWith(followUp).flatMap(t -> {
            String cid = t.getT1();
            HotlineCallDocument d = new HotlineCallDocument();
            d.id = id;
            d.line = cmd.line();
            d.channel = cmd.channel() == null ? CallChannel.PHONE : cmd.channel();
            d.startedAt = cmd.startedAt() == null ? now : cmd.startedAt();
            d.durationSeconds = cmd.durationSeconds();
            d.areaCode = area.code();
            d.areaPath = new ArrayList<>(area.path());
            d.anonymous = anonymous;
            d.callerSubjectId = subject;
            d.tier = cmd.tier();
            d.outcome = HotlineCalls.outcome(cmd.tier(), cmd.outcome());
            d.linkages = cmd.linkages() == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(cmd.linkages()));
            d.summary = cmd.summary();
            d.crisisCaseId = cid.isEmpty() ? null : cid;
            d.operator = user.subject();
            d.version = 1;
            d.idempotencyKey = key;
            d.naturalKey = natural;
            d.followUpRef = t.getT2() ? "hotline:" + id : null;
            d.outbox.add(events.create(PsychEvents.HOTLINE_CALL_RECORDED, subject,
                    new HotlineCallRecordedV1(d.id, 1, d.startedAt, d.line, d.channel.name(),
                            d.tier.name(), d.outcome.name(),
                            d.linkages.stream().map(Linkage::number).toList(), d.anonymous, d.areaCode,
                            d.areaPath, d.crisisCaseId)));
            for (Linkage l : d.linkages) {
                HotlineCallDocument.Dispatch x = new HotlineCallDocument.Dispatch();
                x.id = "dp-" + UUID.randomUUID();
                x.linkage = l;
                x.requestedAt = now;
                x.status = "REQUESTED";
                d.dispatches.add(x);
                // the hand-over goes out like every other notification; no subject, the call id only
                d.outbox.add(events.create(PsychEvents.NOTIFICATION_REQUESTED, null,
                        new NotificationRequestedV1(d.id, 1, now, "hotline-call", x.id, "DISPATCH", l.name(), null,
                                null, d.areaCode, d.areaPath, d.tier == TriageTier.NONE ? null : d.tier.name(),
                                null)));
            }
            return calls.insert(d).doOnSuccess(x -> relay.nudge()).map(x -> Map.entry(x, true))
                    .onErrorResume(DuplicateKeyException.class, e -> (key != null ? calls.findByIdempotencyKey(key)
                            : Mono.<HotlineCallDocument>empty())
                            .switchIfEmpty(Mono.defer(() -> natural == null ? Mono.empty()
                                    : calls.findByNaturalKey(natural)))
                            .flatMap(x -> replayed(x, user)));
        });
    }

    static String naturalKey(String operator, String line, Instant startedAt, String subject) {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest((operator + "|" + line + "|"
                    + startedAt.toEpochMilli() + "|" + (subject == null ? "" : subject))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "n1:" + java.util.HexFormat.of().formatHex(h);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A delivery receipt for one of a call's dispatches (110/120/12345). Emits false when no call holds
     * it. Receipts only move a dispatch forward.
     */
    public Mono<Boolean> recordDispatchReceipt(String dispatchId, String status, String reference) {
        List<String> order = List.of("REQUESTED", "FAILED", "SENT", "DELIVERED", "READ");
        return mongo.findOne(new Query(Criteria.where("dispatches.id").is(dispatchId)), HotlineCallDocument.class)
                .flatMap(d -> {
                    HotlineCallDocument.Dispatch x = d.dispatches.stream().filter(y -> y.id.equals(dispatchId))
                            .findFirst().orElseThrow();
                    if (order.indexOf(status) <= order.indexOf(x.status)) {
                        return Mono.just(true);
                    }
                    x.status = status;
                    x.receiptAt = clock.instant();
                    x.receiptRef = reference;
                    // the whole list under the version read: a concurrent receipt makes this one retry
                    Query q = new Query(Criteria.where("_id").is(d.id).and("version").is(d.version));
                    return mongo.updateFirst(q, new org.springframework.data.mongodb.core.query.Update()
                                    .set("dispatches", d.dispatches).inc("version", 1), HotlineCallDocument.class)
                            .flatMap(r -> r.getModifiedCount() == 1 ? Mono.just(true)
                                    : Mono.error(new IllegalStateException("concurrent receipt")));
                })
                .retryWhen(reactor.util.retry.Retry.backoff(5, java.time.Duration.ofMillis(20))
                        .filter(IllegalStateException.class::isInstance))
                .defaultIfEmpty(false);
    }

    /** A replay of the caller's own key, answered only while the call is still in the caller's capture scope. */
    private static Mono<Map.Entry<HotlineCallDocument, Boolean>> replayed(HotlineCallDocument d,
            PlatformPrincipal user) {
        return user.canCapture(d.areaPath) ? Mono.just(Map.entry(d, false))
                : Mono.error(ApiException.forbidden("The call of this Idempotency-Key is outside your scope"));
    }

    /**
     * The view of a call the caller gets, from the chassis field-view policy (CASE records): the
     * free-text {@code summary} only in the CLINICAL view.
     */
    public FieldView view(PlatformPrincipal user) {
        return views.viewOf(user, RecordClass.CASE);
    }

    private void requireReader(PlatformPrincipal user) {
        if (!user.hasAnyRole(READERS) || view(user) == FieldView.NONE) {
            throw ApiException.forbidden("Your role has no access to hotline calls");
        }
    }

    public Mono<HotlineCallDocument> get(String id, PlatformPrincipal user) {
        requireReader(user);
        return calls.findById(id).filter(d -> user.canView(d.areaPath))
                .switchIfEmpty(Mono.error(ApiException.notFound("Hotline call", id)))
                .flatMap(d -> audited(d, user));
    }

    private Mono<HotlineCallDocument> audited(HotlineCallDocument d, PlatformPrincipal user) {
        return audit.record(user, "hotline-call", d.id, d.callerSubjectId, view(user).name().toLowerCase(Locale.ROOT),
                null).thenReturn(d);
    }

    /** Newest first by (startedAt, id); the scope filter is part of the query. */
    public Mono<CursorPage<HotlineCallDocument>> list(String under, Instant from, Instant to, String cursor, int limit,
            PlatformPrincipal user) {
        requireReader(user);
        List<Criteria> all = new ArrayList<>();
        if (under != null) {
            all.add(Criteria.where("areaPath").is(under));
        }
        if (from != null) {
            all.add(Criteria.where("startedAt").gte(from));
        }
        if (to != null) {
            all.add(Criteria.where("startedAt").lt(to));
        }
        if (cursor != null) {
            String[] k = Cursors.decode(cursor);
            Instant at = Instant.ofEpochMilli(Cursors.millis(k[0]));
            all.add(new Criteria().orOperator(Criteria.where("startedAt").lt(at),
                    Criteria.where("startedAt").is(at).and("_id").lt(k[1])));
        }
        Criteria c = all.isEmpty() ? new Criteria() : new Criteria().andOperator(all.toArray(new Criteria[0]));
        Query q = new Query(Scopes.viewable(c, user, "areaPath"))
                .with(Sort.by(Sort.Direction.DESC, "startedAt").and(Sort.by(Sort.Direction.DESC, "_id")))
                .limit(limit + 1);
        return mongo.find(q, HotlineCallDocument.class).collectList()
                .map(rows -> CursorPage.of(rows, limit, d -> Cursors.encode(d.startedAt, d.id)))
                .flatMap(p -> Flux.fromIterable(p.items()).filter(d -> user.canView(d.areaPath))
                        .concatMap(d -> audited(d, user)).collectList().map(items -> new CursorPage<>(items, p.next())));
    }
}
