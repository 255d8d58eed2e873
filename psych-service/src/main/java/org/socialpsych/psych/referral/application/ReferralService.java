package org.socialpsych.psych.referral.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialpsych.chassis.audit.ReadAuditLog;
import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.chassis.security.FieldView;
import org.socialpsych.chassis.security.FieldViewPolicy;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.RecordClass;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.person.PersonIndex;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.psych.crisis.application.Cursors;
import org.socialpsych.events.psych.PsychEvents;
import org.socialpsych.events.psych.ReferralAcceptedV1;
import org.socialpsych.events.psych.ReferralClosedV1;
import org.socialpsych.events.psych.ReferralDeclinedV1;
import org.socialpsych.events.psych.ReferralOfferedV1;
import org.socialpsych.psych.area.application.AreaTree;
import org.socialpsych.psych.common.application.Problems;
import org.socialpsych.chassis.web.IdempotencyKeys;
import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.common.infra.AggregateWrites;
import org.socialpsych.psych.common.infra.AggregateWrites.StaleVersionException;
import org.socialpsych.psych.referral.domain.DeclineReason;
import org.socialpsych.psych.referral.domain.Referral;
import org.socialpsych.psych.referral.domain.ReferralEvent;
import org.socialpsych.psych.referral.domain.ReferralOutcome;
import org.socialpsych.psych.referral.domain.ReferralPolicy;
import org.socialpsych.psych.referral.domain.ReferralType;
import org.socialpsych.psych.referral.infra.ReferralDocument;
import org.socialpsych.psych.referral.infra.ReferralRepository;
import org.socialpsych.psych.servicepoint.domain.ServicePointStatus;
import org.socialpsych.psych.servicepoint.infra.ServicePointDocument;
import org.socialpsych.psych.servicepoint.infra.ServicePointRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.socialpsych.psych.common.infra.Scopes;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Referrals as closed loops. Re-routing picks the sender's listed alternatives first, then the
 * nearest open service point of the same kind as the first receiver up the person's area path.
 */
@Service
public class ReferralService {

    private static final Logger log = LoggerFactory.getLogger(ReferralService.class);

    public static final Set<String> SENDERS = Set.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN, Roles.COUNSELLOR,
            Roles.CLINICIAN, Roles.HOTLINE_OPERATOR);
    public static final Set<String> RECEIVERS = Set.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN, Roles.COUNSELLOR,
            Roles.CLINICIAN);

    public record Create(String subjectId, ReferralType type, String fromServicePointId, String toServicePointId,
            List<String> alternatives, String areaCode, String crisisCaseId) {
    }

    private final ReferralRepository referrals;
    private final ServicePointRepository points;
    private final ReactiveMongoTemplate mongo;
    private final AreaTree areas;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;
    private final Clock clock;
    private final ReferralPolicy policy;
    private final ReadAuditLog audit;
    private final FieldViewPolicy views;
    private final PersonIndex persons;

    public ReferralService(ReferralRepository referrals, ServicePointRepository points, ReactiveMongoTemplate mongo,
            AreaTree areas, OutboxEventFactory events, OutboxRelay relay, Clock clock, ReferralProperties properties,
            ReadAuditLog audit, FieldViewPolicy views, PersonIndex persons) {
        this.persons = persons;
        this.audit = audit;
        this.views = views;
        this.referrals = referrals;
        this.points = points;
        this.mongo = mongo;
        this.areas = areas;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
        this.policy = properties.toPolicy();
    }

    public Mono<Map.Entry<ReferralDocument, Boolean>> create(Create cmd, PlatformPrincipal user,
            String idempotencyKey) {
        if (!user.hasAnyRole(SENDERS)) {
            return Mono.error(ApiException.forbidden("Your role may not send referrals"));
        }
        if (view(user) == FieldView.NONE) {
            return Mono.error(ApiException.forbidden("Your role has no access to referrals"));
        }
        String key = IdempotencyKeys.scoped(user.subject(), idempotencyKey);
        Mono<Map.Entry<ReferralDocument, Boolean>> replay = key == null ? Mono.empty()
                : referrals.findByIdempotencyKey(key).flatMap(d -> replayed(d, user));
        // ownership (ADR 0010): an issued person whose owning area the sender captures, never planted
        return replay.switchIfEmpty(Mono.defer(() -> persons.requireCaptured("subjectId", cmd.subjectId(), user)
                .then(Mono.zip(
                areas.get(cmd.areaCode()).switchIfEmpty(Mono.error(unknown("unknown-area", "areaCode",
                        "Area " + cmd.areaCode() + " is not known"))),
                points.findById(cmd.toServicePointId()).switchIfEmpty(Mono.error(unknown("unknown-service-point",
                        "toServicePointId", "Service point " + cmd.toServicePointId() + " is not known"))))
                .flatMap(t -> {
                    if (!user.canCapture(t.getT1().path())) {
                        return Mono.error(ApiException.forbidden("The area is outside your capture scope"));
                    }
                    Referral r;
                    try {
                        r = Referral.offer("rf-" + UUID.randomUUID(), cmd.subjectId(), cmd.type(),
                                cmd.fromServicePointId(), cmd.toServicePointId(), cmd.alternatives(),
                                t.getT1().code(), t.getT1().path(), cmd.crisisCaseId(), user.subject(),
                                clock.instant(), policy);
                    } catch (RuleException e) {
                        return Mono.error(Problems.of(e));
                    }
                    ReferralDocument d = ReferralDocument.of(r, t.getT2().areaPath);
                    d.idempotencyKey = key;
                    d.outbox.addAll(outbox(r, d));
                    return referrals.insert(d).doOnSuccess(x -> relay.nudge()).map(x -> Map.entry(x, true))
                            .onErrorResume(DuplicateKeyException.class, e -> key == null ? Mono.error(e)
                                    : referrals.findByIdempotencyKey(key).flatMap(x -> replayed(x, user)));
                }))));
    }

    /** A replay of the caller's own key, answered only while the referral is still in the caller's capture scope. */
    private static Mono<Map.Entry<ReferralDocument, Boolean>> replayed(ReferralDocument d, PlatformPrincipal user) {
        return user.canCapture(d.areaPath) ? Mono.just(Map.entry(d, false))
                : Mono.error(ApiException.forbidden("The referral of this Idempotency-Key is outside your scope"));
    }

    /**
     * The view of a referral the caller gets, from the chassis field-view policy (CASE records): the
     * timeline's notes in the CLINICAL view only.
     */
    public FieldView view(PlatformPrincipal user) {
        return views.viewOf(user, RecordClass.CASE);
    }

    private boolean reader(PlatformPrincipal user) {
        return user.hasAnyRole(SENDERS) && view(user) != FieldView.NONE;
    }

    private static ApiException unknown(String slug, String field, String detail) {
        return ApiException.invalid(slug, detail, Map.of("errors", List.of(Map.of("field", field,
                "message", "not known"))));
    }

    public Mono<ReferralDocument> get(String id, PlatformPrincipal user) {
        if (!reader(user)) {
            return Mono.error(ApiException.forbidden("Your role has no access to referrals"));
        }
        return referrals.findById(id).filter(d -> user.canView(d.areaPath) || user.canView(d.receiverAreaPath))
                .switchIfEmpty(Mono.error(ApiException.notFound("Referral", id)))
                .flatMap(d -> audited(d, user));
    }

    private Mono<ReferralDocument> audited(ReferralDocument d, PlatformPrincipal user) {
        return audit.record(user, "referral", d.id, d.subjectId, view(user).name().toLowerCase(Locale.ROOT), null)
                .thenReturn(d);
    }

    /** Oldest first by (createdAt, id); the scope filter (sender's or receiver's area) is in the query. */
    public Mono<CursorPage<ReferralDocument>> list(String under, String toServicePointId, String status, String cursor,
            int limit, PlatformPrincipal user) {
        if (!reader(user)) {
            return Mono.error(ApiException.forbidden("Your role has no access to referrals"));
        }
        Criteria c = new Criteria();
        if (under != null) {
            c = new Criteria().orOperator(Criteria.where("areaPath").is(under),
                    Criteria.where("receiverAreaPath").is(under));
        }
        if (toServicePointId != null) {
            c = c.and("toServicePointId").is(toServicePointId);
        }
        if (status != null) {
            c = c.and("status").is(status);
        }
        return Cursors.page(mongo, Scopes.viewable(c, user, "areaPath", "receiverAreaPath"), ReferralDocument.class,
                        "createdAt", k -> Instant.ofEpochMilli(Cursors.millis(k)),
                        d -> d.createdAt == null ? null : d.createdAt.toEpochMilli(), d -> d.id, cursor, limit)
                .flatMap(p -> Flux.fromIterable(p.items())
                        .filter(d -> user.canView(d.areaPath) || user.canView(d.receiverAreaPath))
                        .concatMap(d -> audited(d, user)).collectList().map(items -> new CursorPage<>(items, p.next())));
    }

    public Mono<ReferralDocument> accept(String id, PlatformPrincipal user) {
        return mutate(id, user, RECEIVERS, true, r -> {
            r.accept(user.subject(), clock.instant(), policy);
            return Mono.just(r);
        });
    }

    public Mono<ReferralDocument> decline(String id, DeclineReason reason, PlatformPrincipal user) {
        return mutate(id, user, RECEIVERS, true, r -> nextReceiver(r).map(java.util.Optional::of)
                .defaultIfEmpty(java.util.Optional.empty())
                .map(next -> {
                    r.decline(reason, user.subject(), clock.instant(), next.orElse(null), policy);
                    return r;
                }));
    }

    public Mono<ReferralDocument> redirect(String id, String toServicePointId, PlatformPrincipal user) {
        return mutate(id, user, SENDERS, false, r -> points.findById(toServicePointId)
                .switchIfEmpty(Mono.error(unknown("unknown-service-point", "toServicePointId",
                        "Service point " + toServicePointId + " is not known")))
                .map(p -> {
                    r.redirect(p.id, user.subject(), clock.instant(), policy);
                    return r;
                }));
    }

    public Mono<ReferralDocument> firstContact(String id, PlatformPrincipal user) {
        return mutate(id, user, RECEIVERS, true, r -> {
            r.recordFirstContact(user.subject(), clock.instant());
            return Mono.just(r);
        });
    }

    public Mono<ReferralDocument> close(String id, ReferralOutcome outcome, String note, PlatformPrincipal user) {
        return mutate(id, user, RECEIVERS, true, r -> {
            r.close(outcome, user.subject(), clock.instant(), note);
            return Mono.just(r);
        });
    }

    /** Due offers time out into a re-route; accepted referrals without first contact get a reminder. */
    public Mono<Integer> sweep(int batchSize) {
        Instant now = clock.instant();
        return referrals.findByNextCheckAtLessThanEqualOrderByNextCheckAt(now, PageRequest.of(0, batchSize))
                .concatMap(d -> {
                    Referral r = d.toDomain();
                    long read = r.version();
                    return nextReceiver(r).map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                            .flatMap(next -> r.checkDeadlines(now, next.orElse(null), policy)
                                    ? write(r, read).thenReturn(1) : Mono.just(0))
                            .onErrorResume(e -> {
                                if (!(e instanceof StaleVersionException)) {
                                    log.warn("Deadline check of referral {} failed: {}", d.id, e.toString());
                                }
                                return Mono.just(0);
                            });
                })
                .reduce(0, Integer::sum);
    }

    /** The sender's untried alternatives first, then the nearest open point of the first receiver's kind. */
    Mono<String> nextReceiver(Referral r) {
        Mono<String> alternative = Flux.fromIterable(r.untriedAlternatives()).concatMap(points::findById)
                .filter(p -> p.status != ServicePointStatus.PLANNED).next().map(p -> p.id);
        return alternative.switchIfEmpty(Mono.defer(() -> points.findById(r.tried().get(0))
                .flatMap(first -> mongo.find(new Query(Criteria.where("type").is(first.type)
                        .and("status").ne(ServicePointStatus.PLANNED).and("areaPath").in(r.areaPath())),
                        ServicePointDocument.class)
                        .filter(p -> !r.tried().contains(p.id))
                        .collectList()
                        .flatMap(list -> Mono.justOrEmpty(list.stream()
                                .max(Comparator.comparingInt((ServicePointDocument p) -> proximity(p, r.areaPath()))
                                        .thenComparing(p -> -p.tier))
                                .map(p -> p.id))))));
    }

    /** How deep the nearest shared ancestor lies: a point in the person's own village beats the county's. */
    static int proximity(ServicePointDocument p, List<String> areaPath) {
        for (int i = areaPath.size() - 1; i >= 0; i--) {
            if (p.areaPath.contains(areaPath.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Loads, changes and writes a referral. {@code receiverOnly}: the step belongs to the receiving
     * institution — staff of the service point the referral is offered to (its {@code staffIds}), or an
     * administrator (SYSTEM_ADMIN, AREA_ADMIN) whose capture scope covers that service point; the sender
     * and other receivers' staff are refused (403).
     */
    private Mono<ReferralDocument> mutate(String id, PlatformPrincipal user, Set<String> roles, boolean receiverOnly,
            Function<Referral, Mono<Referral>> change) {
        if (!user.hasAnyRole(roles) || view(user) == FieldView.NONE) {
            return Mono.error(ApiException.forbidden("Your role may not do this to a referral"));
        }
        return Mono.defer(() -> referrals.findById(id))
                .filter(d -> user.canView(d.areaPath) || user.canView(d.receiverAreaPath))
                .switchIfEmpty(Mono.error(ApiException.notFound("Referral", id)))
                .flatMap(d -> {
                    if (!user.canCapture(d.areaPath) && !user.canCapture(d.receiverAreaPath)) {
                        return Mono.error(ApiException.forbidden("The referral is outside your capture scope"));
                    }
                    Referral r = d.toDomain();
                    long read = r.version();
                    Mono<Boolean> allowed = !receiverOnly ? Mono.just(true)
                            : points.findById(r.toServicePointId()).map(p -> receivingStaff(p, user))
                                    .defaultIfEmpty(false);
                    return allowed.flatMap(ok -> ok ? Mono.just(r) : Mono.error(ApiException.forbidden(
                                    "Only the receiving institution's staff (or its area's administrators) work this referral")))
                            .flatMap(change)
                            .onErrorMap(RuleException.class, Problems::of)
                            .flatMap(x -> write(x, read));
                })
                .retryWhen(Retry.backoff(3, Duration.ofMillis(20)).filter(StaleVersionException.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> ApiException.conflict("concurrent-update",
                                "The referral changed while this request ran; try again")));
    }

    /** Staff of the receiving service point, or an administrator whose capture scope covers it. */
    static boolean receivingStaff(ServicePointDocument p, PlatformPrincipal user) {
        if (p.staffIds != null && p.staffIds.contains(user.subject())) {
            return true;
        }
        return user.hasAnyRole(Set.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN)) && p.areaPath != null
                && user.canCapture(p.areaPath);
    }

    private Mono<ReferralDocument> write(Referral r, long read) {
        return points.findById(r.toServicePointId()).map(p -> p.areaPath).defaultIfEmpty(List.of())
                .flatMap(receiverPath -> {
                    ReferralDocument d = ReferralDocument.of(r, receiverPath);
                    return AggregateWrites.update(mongo, ReferralDocument.COLLECTION, d, d.id, read, outbox(r, d),
                                    List.of("nextCheckAt"))
                            .flatMap(ok -> ok ? Mono.just(d).doOnNext(x -> relay.nudge())
                                    : Mono.error(new StaleVersionException(r.id())));
                });
    }

    private List<OutboxEvent> outbox(Referral r, ReferralDocument d) {
        List<OutboxEvent> out = new ArrayList<>();
        String type = r.type().name();
        for (ReferralEvent e : r.changes()) {
            if (e instanceof ReferralEvent.Offered o) {
                out.add(events.create(PsychEvents.REFERRAL_OFFERED, r.subjectId(), new ReferralOfferedV1(r.id(),
                        o.version(), o.at(), r.subjectId(), type, r.fromServicePointId(), o.to(), r.areaCode(),
                        r.areaPath(), o.attempt(), o.at().plus(policy.of(r.type()).respond()), r.crisisCaseId())));
            } else if (e instanceof ReferralEvent.Accepted a) {
                out.add(events.create(PsychEvents.REFERRAL_ACCEPTED, r.subjectId(), new ReferralAcceptedV1(r.id(),
                        a.version(), a.at(), type, a.to(), r.areaCode(), r.areaPath(), a.attempt(), a.onTime(),
                        r.firstContactBy())));
            } else if (e instanceof ReferralEvent.Declined x) {
                out.add(events.create(PsychEvents.REFERRAL_DECLINED, r.subjectId(), new ReferralDeclinedV1(r.id(),
                        x.version(), x.at(), type, x.to(), r.areaCode(), r.areaPath(), x.attempt(),
                        x.reason().name(), x.rerouted())));
            } else if (e instanceof ReferralEvent.Closed c) {
                out.add(events.create(PsychEvents.REFERRAL_CLOSED, r.subjectId(), new ReferralClosedV1(r.id(),
                        c.version(), c.at(), type, r.toServicePointId(), r.areaCode(), r.areaPath(),
                        c.outcome().name(), r.attempt(), r.firstContactAt(), r.firstContactOnTime())));
            }
        }
        return out;
    }
}
