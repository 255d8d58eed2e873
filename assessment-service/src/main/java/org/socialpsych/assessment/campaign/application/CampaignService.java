package org.socialpsych.assessment.campaign.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.socialpsych.assessment.area.application.AreaDirectory;
import org.socialpsych.assessment.campaign.domain.Campaign;
import org.socialpsych.assessment.campaign.domain.CampaignRuleException;
import org.socialpsych.assessment.campaign.domain.Consent;
import org.socialpsych.assessment.campaign.domain.ConsentRule;
import org.socialpsych.assessment.campaign.domain.TargetPopulation;
import org.socialpsych.assessment.campaign.infra.CampaignConsentDocument;
import org.socialpsych.assessment.campaign.infra.CampaignDocument;
import org.socialpsych.assessment.campaign.infra.CampaignRepository;
import org.socialpsych.chassis.web.IdempotencyKeys;
import org.socialpsych.assessment.instrument.application.InstrumentCatalog;
import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.events.assessment.AssessmentEvents;
import org.socialpsych.events.assessment.CampaignClosedV1;
import org.socialpsych.events.assessment.CampaignOpenedV1;
import org.socialpsych.events.assessment.CampaignProgressedV1;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Campaign lifecycle, consent recording and progress counts. A state change and its event are
 * one document update (version-checked). Progress counters change with one atomic
 * {@code findAndModify $inc} that also bumps the version; the CampaignProgressed snapshot of that
 * version is then appended to the outbox. Snapshots carry the full counts, so a consumer that
 * keeps the newest version is right even if a process died between the two updates.
 */
@Service
public class CampaignService {

    static final List<String> MANAGERS = List.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN, Roles.COUNSELLOR,
            Roles.CLINICIAN);
    static final List<String> CAPTURERS = List.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN, Roles.COUNSELLOR,
            Roles.CLINICIAN, Roles.GRID_WORKER);

    public record CreateCampaign(String name, String areaCode, TargetPopulation population, List<String> battery,
            Instant opensAt, Instant closesAt, ConsentRule consentRule, Long targetSize) {
    }

    public record Created(Campaign campaign, boolean created) {
    }


    private final CampaignRepository campaigns;
    private final ReactiveMongoTemplate mongo;
    private final AreaDirectory areas;
    private final InstrumentCatalog instruments;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;
    private final Clock clock;

    public CampaignService(CampaignRepository campaigns, ReactiveMongoTemplate mongo, AreaDirectory areas,
            InstrumentCatalog instruments, OutboxEventFactory events, OutboxRelay relay, Clock clock) {
        this.campaigns = campaigns;
        this.mongo = mongo;
        this.areas = areas;
        this.instruments = instruments;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    public Mono<Created> create(CreateCampaign cmd, PlatformPrincipal user, String idempotencyKey) {
        if (!user.hasAnyRole(MANAGERS)) {
            return Mono.error(ApiException.forbidden("This operation needs one of the roles " + MANAGERS));
        }
        String key = IdempotencyKeys.scoped(user.subject(), idempotencyKey);
        Mono<Created> replay = key == null ? Mono.empty()
                : campaigns.findByIdempotencyKey(key).flatMap(d -> replayed(d, user));
        return replay.switchIfEmpty(Mono.defer(() -> areas.require(cmd.areaCode(), "areaCode")
                .flatMap(area -> instruments.all().map(d -> d.code()).collectList().flatMap(codes -> {
                    if (!user.canCapture(area.path())) {
                        return Mono.error(ApiException.forbidden("The area is outside your capture scope"));
                    }
                    Campaign c = Campaign.draft("cp-" + UUID.randomUUID(), cmd.name(), area.code(), area.path(),
                            cmd.population(), cmd.battery(), cmd.opensAt(), cmd.closesAt(), cmd.consentRule(),
                            cmd.targetSize(), Set.copyOf(codes));
                    CampaignDocument doc = CampaignDocument.of(c);
                    doc.createdAt = clock.instant();
                    doc.createdBy = user.subject();
                    doc.idempotencyKey = key;
                    return campaigns.insert(doc).map(d -> new Created(d.toDomain(), true))
                            .onErrorResume(DuplicateKeyException.class, e -> key == null ? Mono.error(e)
                                    : campaigns.findByIdempotencyKey(key).flatMap(d -> replayed(d, user)));
                }))).onErrorMap(CampaignRuleException.class, CampaignService::problem));
    }

    /**
     * The caller's own earlier create under the same (caller-scoped) key: returned only while the
     * caller may still create in that area, as a new create would require.
     */
    private static Mono<Created> replayed(CampaignDocument d, PlatformPrincipal user) {
        Campaign c = d.toDomain();
        if (!user.canCapture(c.areaPath())) {
            return Mono.error(ApiException.forbidden("The area is outside your capture scope"));
        }
        return Mono.just(new Created(c, false));
    }

    /** A campaign in the caller's view scope; outside scope looks like absent. */
    public Mono<Campaign> get(String id, PlatformPrincipal user) {
        return campaigns.findById(id).map(CampaignDocument::toDomain)
                .filter(c -> user.canView(c.areaPath()) && !onlyResident(user))
                .switchIfEmpty(Mono.error(ApiException.notFound("Campaign", id)));
    }

    /**
     * Campaigns in the caller's view scope (optionally under an area), oldest id first, one cursor
     * page at a time; the scope is part of the query, so a narrow scope never gets an empty page while
     * campaigns in it exist.
     */
    public Mono<CursorPage<Campaign>> list(String under, int limit, String cursor, PlatformPrincipal user) {
        if (onlyResident(user)) {
            return Mono.error(ApiException.forbidden("Residents cannot list campaigns"));
        }
        if (user.roles().isEmpty()) {
            return Mono.just(new CursorPage<>(List.of(), null));
        }
        List<Criteria> all = new java.util.ArrayList<>();
        if (!user.isSystemAdmin()) {
            all.add(Criteria.where("areaPath").in(user.viewAreas()));
        }
        if (under != null) {
            all.add(Criteria.where("areaPath").is(under));
        }
        if (cursor != null) {
            all.add(Criteria.where("_id").gt(CursorPage.parts(cursor, 1).get(0)));
        }
        Query query = new Query(all.isEmpty() ? new Criteria() : new Criteria().andOperator(all))
                .with(org.springframework.data.domain.Sort.by("_id")).limit(limit + 1);
        return mongo.find(query, CampaignDocument.class).map(CampaignDocument::toDomain).collectList()
                .map(rows -> CursorPage.of(rows, limit, c -> CursorPage.cursor(c.id())));
    }

    public Mono<Campaign> open(String id, PlatformPrincipal user) {
        return transition(id, user, true);
    }

    public Mono<Campaign> close(String id, PlatformPrincipal user) {
        return transition(id, user, false);
    }

    /**
     * Status change and its event in one version-guarded update (atomic: the event cannot be lost).
     * Concurrent counter increments bump the version, so a clash is re-read and retried.
     */
    private Mono<Campaign> transition(String id, PlatformPrincipal user, boolean open) {
        return managed(id, user).flatMap(c -> transition(c, open, 8))
                .doOnSuccess(c -> relay.nudge())
                .onErrorMap(CampaignRuleException.class, CampaignService::problem);
    }

    private Mono<Campaign> transition(Campaign current, boolean open, int attemptsLeft) {
        Campaign next = open ? current.open() : current.close();
        Instant now = clock.instant();
        org.socialpsych.assessment.campaign.domain.Progress p = next.progress();
        OutboxEvent event = open
                ? events.create(AssessmentEvents.CAMPAIGN_OPENED, null, new CampaignOpenedV1(next.id(),
                        next.version(), now, next.name(), next.areaCode(), next.areaPath(),
                        next.population().type().name(), next.battery(), next.opensAt(), next.closesAt(),
                        next.targetSize()))
                : events.create(AssessmentEvents.CAMPAIGN_CLOSED, null, new CampaignClosedV1(next.id(),
                        next.version(), now, next.areaCode(), next.areaPath(), p.invited(), p.consented(),
                        p.completed(), p.positive(), p.critical()));
        Query q = new Query(Criteria.where("_id").is(current.id()).and("version").is(current.version()));
        Update u = new Update().set("status", next.status()).set("version", next.version()).push("outbox", event);
        return mongo.updateFirst(q, u, CampaignDocument.class).flatMap(r -> {
            if (r.getModifiedCount() == 1) {
                return Mono.just(next);
            }
            if (attemptsLeft <= 1) {
                return Mono.error(ApiException.conflict("concurrent-update",
                        "The campaign changed meanwhile; retry"));
            }
            return campaigns.findById(current.id()).map(CampaignDocument::toDomain)
                    .flatMap(reloaded -> transition(reloaded, open, attemptsLeft - 1));
        });
    }

    /** Adds {@code count} invitations (the number of people asked to take part). */
    public Mono<Campaign> invite(String id, long count, PlatformPrincipal user) {
        if (count < 1 || count > 1_000_000) {
            return Mono.error(ApiException.invalid("invalid-count", "count must be 1..1000000", Map.of()));
        }
        return managed(id, user).flatMap(c -> increment(id, new Update().inc("invited", count)));
    }

    /**
     * Records a person's consent to a campaign (once; a repeat changes nothing) after checking it
     * against the campaign's consent rule, and counts it. Emits whether it was newly recorded.
     */
    public Mono<Boolean> recordConsent(Campaign c, String subjectId, Consent consent, PlatformPrincipal user) {
        try {
            c.consentRule().check(consent, c.population().type());
        } catch (CampaignRuleException e) {
            return Mono.error(problem(e));
        }
        CampaignConsentDocument doc = new CampaignConsentDocument();
        doc.id = CampaignConsentDocument.idOf(c.id(), subjectId);
        doc.campaignId = c.id();
        doc.subjectId = subjectId;
        doc.healthData = Boolean.TRUE.equals(consent.healthData());
        doc.guardian = consent.guardian();
        doc.ageYears = consent.ageYears();
        doc.recordedAt = clock.instant();
        doc.recordedBy = user.subject();
        return mongo.insert(doc)
                .flatMap(d -> increment(c.id(), new Update().inc("consented", 1)).thenReturn(true))
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(false));
    }

    /** Consent endpoint: the campaign must be accepting and in the caller's capture scope. */
    public Mono<Boolean> consent(String id, String subjectId, Consent consent, PlatformPrincipal user) {
        if (!user.hasAnyRole(CAPTURERS)) {
            return Mono.error(ApiException.forbidden("This operation needs one of the roles " + CAPTURERS));
        }
        return get(id, user).flatMap(c -> {
            if (!user.canCapture(c.areaPath())) {
                return Mono.error(ApiException.forbidden("The campaign's area is outside your capture scope"));
            }
            try {
                c.checkAccepting(clock.instant());
            } catch (CampaignRuleException e) {
                return Mono.error(problem(e));
            }
            return recordConsent(c, subjectId, consent, user);
        });
    }

    /**
     * Checks a submission for a campaign (status, window, battery, area, consent: a recorded
     * consent, or the one given with the submission, which is then recorded). Emits the campaign.
     */
    public Mono<Campaign> admit(String campaignId, String instrument, List<String> areaPath, String subjectId,
            Consent consent, PlatformPrincipal user) {
        return campaigns.findById(campaignId).map(CampaignDocument::toDomain)
                .switchIfEmpty(Mono.error(ApiException.invalid("unknown-campaign", "Campaign " + campaignId
                        + " is not known", Map.of("errors", List.of(Map.of("field", "campaignId",
                                "message", "no such campaign"))))))
                .flatMap(c -> {
                    try {
                        c.checkSubmission(instrument, areaPath, clock.instant());
                    } catch (CampaignRuleException e) {
                        return Mono.error(problem(e));
                    }
                    return mongo.exists(new Query(Criteria.where("_id")
                            .is(CampaignConsentDocument.idOf(c.id(), subjectId))), CampaignConsentDocument.class)
                            .flatMap(recorded -> recorded ? Mono.just(c)
                                    : recordConsent(c, subjectId, consent, user).thenReturn(c));
                });
    }

    /**
     * Counts a completed submission of the campaign from its {@code AssessmentCompleted} event
     * ({@link org.socialpsych.assessment.campaign.infra.CampaignProgressListener}), not on the request
     * path: the submission and its event are one document insert, so a crash after the insert can no
     * longer leave the counter behind. The record's partition offset is stored with the counts in the
     * same update ({@code countedOffsets.<partition>}); the consumer handles a partition in order, so a
     * redelivered record (offset not above the mark) changes nothing: exactly once in effect.
     */
    public Mono<Boolean> countCompletion(String campaignId, boolean positive, boolean critical, int partition,
            long offset) {
        Update inc = new Update().inc("completed", 1).inc("positive", positive ? 1 : 0)
                .inc("critical", critical ? 1 : 0).set("countedOffsets." + partition, offset);
        Criteria notCounted = new Criteria().orOperator(
                Criteria.where("countedOffsets." + partition).exists(false),
                Criteria.where("countedOffsets." + partition).lt(offset));
        return increment(campaignId, inc, notCounted).hasElement();
    }

    private Mono<Campaign> increment(String id, Update inc) {
        return increment(id, inc, null);
    }

    /**
     * One conditional single-document update carrying the counters, the version and the
     * {@code CampaignProgressed} event computed from them (optimistic on {@code version}, retried on a
     * concurrent change): no second write that a crash could separate from the first. Empty when the
     * campaign is unknown or {@code guard} no longer holds.
     */
    private Mono<Campaign> increment(String id, Update inc, Criteria guard) {
        return Mono.defer(() -> mongo.findById(id, CampaignDocument.class)).flatMap(d -> {
            long seen = d.version;
            Query current = new Query(Criteria.where("_id").is(id).and("version").is(seen));
            if (guard != null) {
                current.addCriteria(guard);
            }
            CampaignDocument next = applied(d, inc);
            OutboxEvent event = events.create(AssessmentEvents.CAMPAIGN_PROGRESSED, null,
                    new CampaignProgressedV1(next.id, next.version, clock.instant(), next.areaCode, next.areaPath,
                            next.status.name(), next.invited, next.consented, next.completed, next.positive,
                            next.critical));
            Update update = Update.fromDocument(new org.bson.Document(inc.getUpdateObject()));
            update.set("version", next.version).push("outbox", event);
            return mongo.updateFirst(current, update, CampaignDocument.class).flatMap(r -> {
                if (r.getModifiedCount() == 1) {
                    relay.nudge();
                    return Mono.just(next.toDomain());
                }
                // changed meanwhile (retry) or the guard says it is already counted (empty)
                return guard == null ? Mono.error(new ConcurrentChange())
                        : mongo.exists(new Query(Criteria.where("_id").is(id).and("version").is(seen)),
                                CampaignDocument.class).flatMap(same -> same ? Mono.empty()
                                        : Mono.error(new ConcurrentChange()));
            });
        }).retryWhen(reactor.util.retry.Retry.max(20).filter(ConcurrentChange.class::isInstance));
    }

    /** Another writer changed the campaign between read and conditional update. */
    static final class ConcurrentChange extends RuntimeException {
        ConcurrentChange() {
            super("concurrent campaign change", null, false, false);
        }
    }

    /** The document as it will be after {@code inc} ($inc of counters only), with the next version. */
    private static CampaignDocument applied(CampaignDocument d, Update inc) {
        org.bson.Document incs = (org.bson.Document) inc.getUpdateObject().get("$inc");
        CampaignDocument n = d;
        long add;
        add = incs == null ? 0 : ((Number) incs.getOrDefault("invited", 0)).longValue();
        n.invited += add;
        add = incs == null ? 0 : ((Number) incs.getOrDefault("consented", 0)).longValue();
        n.consented += add;
        add = incs == null ? 0 : ((Number) incs.getOrDefault("completed", 0)).longValue();
        n.completed += add;
        add = incs == null ? 0 : ((Number) incs.getOrDefault("positive", 0)).longValue();
        n.positive += add;
        add = incs == null ? 0 : ((Number) incs.getOrDefault("critical", 0)).longValue();
        n.critical += add;
        n.version = d.version + 1;
        return n;
    }

    private Mono<Campaign> managed(String id, PlatformPrincipal user) {
        if (!user.hasAnyRole(MANAGERS)) {
            return Mono.error(ApiException.forbidden("This operation needs one of the roles " + MANAGERS));
        }
        return get(id, user).flatMap(c -> user.canCapture(c.areaPath()) ? Mono.just(c)
                : Mono.error(ApiException.forbidden("The campaign's area is outside your capture scope")));
    }

    private static boolean onlyResident(PlatformPrincipal user) {
        return user.roles().size() == 1 && user.hasRole(Roles.RESIDENT);
    }

    private static Throwable problem(Throwable t) {
        if (t instanceof CampaignRuleException e) {
            return e.conflict() ? ApiException.conflict(e.code(), e.getMessage())
                    : new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, e.code(), "Unprocessable request",
                            e.getMessage(), Map.of());
        }
        return t;
    }
}
