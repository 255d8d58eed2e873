package org.socialpsych.psych.hotline.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.socialpsych.events.psych.HotlineCallRecordedV1;
import org.socialpsych.events.psych.PsychEvents;
import org.socialpsych.psych.area.application.AreaTree;
import org.socialpsych.chassis.web.IdempotencyKeys;
import org.socialpsych.psych.crisis.application.CrisisCaseService;
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

    public HotlineCallService(HotlineCallRepository calls, ReactiveMongoTemplate mongo, AreaTree areas,
            CrisisCaseService crisis, OutboxEventFactory events, OutboxRelay relay, Clock clock, ReadAuditLog audit,
            FieldViewPolicy views) {
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
        String key = IdempotencyKeys.scoped(user.subject(), idempotencyKey);
        Mono<Map.Entry<HotlineCallDocument, Boolean>> replay = key == null ? Mono.empty()
                : calls.findByIdempotencyKey(key).flatMap(d -> replayed(d, user));
        return replay.switchIfEmpty(Mono.defer(() -> areas.get(cmd.areaCode())
                .switchIfEmpty(Mono.error(ApiException.invalid("unknown-area", "Area " + cmd.areaCode()
                        + " is not known", Map.of("errors", List.of(Map.of("field", "areaCode",
                                "message", "no such area"))))))
                .flatMap(area -> {
                    if (!user.canCapture(area.path())) {
                        return Mono.error(ApiException.forbidden("The area is outside your capture scope"));
                    }
                    String id = key == null ? "hc-" + UUID.randomUUID()
                            : "hc-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
                    boolean anonymous = HotlineCalls.anonymous(cmd.anonymous(), cmd.callerSubjectId());
                    String subject = anonymous ? null : cmd.callerSubjectId();
                    Mono<String> caseId = cmd.tier().opensCrisisCase()
                            ? crisis.open(subject, RiskTier.valueOf(cmd.tier().name()), CaseSource.HOTLINE,
                                    "hotline:" + id, area.code(), area.path(), List.of(), user.subject(), null)
                                    .map(o -> o.crisisCase().id())
                            : Mono.just("");
                    return caseId.flatMap(cid -> {
                        HotlineCallDocument d = new HotlineCallDocument();
                        d.id = id;
                        d.line = cmd.line();
                        d.channel = cmd.channel() == null ? CallChannel.PHONE : cmd.channel();
                        d.startedAt = cmd.startedAt() == null ? clock.instant() : cmd.startedAt();
                        d.durationSeconds = cmd.durationSeconds();
                        d.areaCode = area.code();
                        d.areaPath = new ArrayList<>(area.path());
                        d.anonymous = anonymous;
                        d.callerSubjectId = subject;
                        d.tier = cmd.tier();
                        d.outcome = HotlineCalls.outcome(cmd.tier(), cmd.outcome());
                        d.linkages = cmd.linkages() == null ? new ArrayList<>() : new ArrayList<>(cmd.linkages());
                        d.summary = cmd.summary();
                        d.crisisCaseId = cid.isEmpty() ? null : cid;
                        d.operator = user.subject();
                        d.version = 1;
                        d.idempotencyKey = key;
                        d.outbox.add(events.create(PsychEvents.HOTLINE_CALL_RECORDED, subject,
                                new HotlineCallRecordedV1(d.id, 1, d.startedAt, d.line, d.channel.name(),
                                        d.tier.name(), d.outcome.name(),
                                        d.linkages.stream().map(Linkage::number).toList(), d.anonymous, d.areaCode,
                                        d.areaPath, d.crisisCaseId)));
                        return calls.insert(d).doOnSuccess(x -> relay.nudge()).map(x -> Map.entry(x, true))
                                .onErrorResume(DuplicateKeyException.class, e -> calls.findById(id)
                                        .flatMap(x -> replayed(x, user)));
                    });
                })));
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

    public Flux<HotlineCallDocument> list(String under, Instant from, Instant to, int limit, PlatformPrincipal user) {
        requireReader(user);
        Criteria c = new Criteria();
        if (under != null) {
            c = c.and("areaPath").is(under);
        }
        if (from != null || to != null) {
            Criteria t = Criteria.where("startedAt");
            if (from != null) {
                t = t.gte(from);
            }
            if (to != null) {
                t = t.lt(to);
            }
            c = new Criteria().andOperator(c, t);
        }
        return mongo.find(new Query(Scopes.viewable(c, user, "areaPath")).with(Sort.by(Sort.Direction.DESC, "startedAt")), HotlineCallDocument.class)
                .filter(d -> user.canView(d.areaPath)).take(Math.min(Math.max(limit, 1), 1000))
                .concatMap(d -> audited(d, user));
    }
}
