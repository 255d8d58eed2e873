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

    /** What a submission contributes to the counts. */
    public record Completion(boolean positive, boolean critical) {
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

    public Flux<Campaign> list(String under, int limit, PlatformPrincipal user) {
        if (onlyResident(user)) {
            return Flux.error(ApiException.forbidden("Residents cannot list campaigns"));
        }
        PageRequest page = PageRequest.of(0, Math.min(Math.max(limit, 1), 500));
        Flux<CampaignDocument> docs = under == null ? campaigns.findAll().take(page.getPageSize())
                : campaigns.findByAreaPathOrderByOpensAtDesc(under, page);
        return docs.map(CampaignDocument::toDomain).filter(c -> user.canView(c.areaPath()));
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

    /** Counts a stored submission: completed, and positive/critical where they apply. */
    public Mono<Void> recordCompletion(String campaignId, Completion completion) {
        Update inc = new Update().inc("completed", 1).inc("positive", completion.positive() ? 1 : 0)
                .inc("critical", completion.critical() ? 1 : 0);
        return increment(campaignId, inc).then();
    }

    private Mono<Campaign> increment(String id, Update inc) {
        inc.inc("version", 1);
        return mongo.findAndModify(new Query(Criteria.where("_id").is(id)), inc,
                        FindAndModifyOptions.options().returnNew(true), CampaignDocument.class)
                .flatMap(d -> {
                    OutboxEvent event = events.create(AssessmentEvents.CAMPAIGN_PROGRESSED, null,
                            new CampaignProgressedV1(d.id, d.version, clock.instant(), d.areaCode, d.areaPath,
                                    d.status.name(), d.invited, d.consented, d.completed, d.positive, d.critical));
                    return mongo.updateFirst(new Query(Criteria.where("_id").is(id)),
                            new Update().push("outbox", event), CampaignDocument.class)
                            .doOnSuccess(r -> relay.nudge())
                            .thenReturn(d.toDomain());
                });
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
