package org.socialpsych.assessment.assessment.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.Optional;

import org.socialpsych.assessment.area.application.AreaDirectory;
import org.socialpsych.assessment.assessment.infra.AccessLog;
import org.socialpsych.assessment.assessment.infra.AssessmentDocument;
import org.socialpsych.assessment.assessment.infra.AssessmentRepository;
import org.socialpsych.assessment.campaign.application.CampaignService;
import org.socialpsych.assessment.campaign.domain.Consent;
import org.socialpsych.assessment.disclosure.CriticalDisclosures;
import org.socialpsych.chassis.web.IdempotencyKeys;
import org.socialpsych.assessment.instrument.application.AnswerProblems;
import org.socialpsych.assessment.instrument.application.InstrumentCatalog;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition;
import org.socialpsych.assessment.instrument.domain.InvalidAnswersException;
import org.socialpsych.assessment.instrument.domain.ScoreResult;
import org.socialpsych.assessment.instrument.domain.ScoringEngine;
import org.socialpsych.assessment.risk.domain.RiskTier;
import org.socialpsych.assessment.risk.domain.RiskTiering;
import org.socialpsych.assessment.risk.domain.TierDecision;
import org.socialpsych.assessment.risk.domain.TierPolicy;
import org.socialpsych.assessment.risk.domain.TierRuleSet;
import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.chassis.security.FieldView;
import org.socialpsych.chassis.security.FieldViewPolicy;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.RecordClass;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.chassis.web.CursorPage;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.socialpsych.person.PersonIds;
import org.socialpsych.person.PersonIndex;
import org.socialpsych.person.PersonOwner;
import org.springframework.http.HttpStatus;
import org.socialpsych.events.assessment.AssessmentCompletedV1;
import org.socialpsych.events.assessment.AssessmentEvents;
import org.socialpsych.events.assessment.RiskFlaggedV1;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Submitting and reading screening results. A submission is scored, tiered with its area's rules
 * and stored together with its AssessmentCompleted (and, from tier LOW, RiskFlagged) events in one
 * document insert; the outbox relay publishes them. Bad input is rejected before anything is
 * stored. An {@code Idempotency-Key} is scoped to the caller ({@link IdempotencyKeys}) and replays
 * the first result with the view the caller has now.
 * <p>
 * Which view of a result a caller gets comes from the chassis {@link FieldViewPolicy} (record class
 * RESULT), never from role lists here: CLINICAL (score, band, item scores…) for clinicians and
 * counsellors, GOVERNANCE (tier colour, rescreen date) for grid workers, area admins, hotline seats
 * and platform operators, NONE (not shown: 404, left out of lists) for police, external systems,
 * analysts and auditors. Area view scope comes on top; a resident's own results get the policy's
 * {@link FieldViewPolicy#selfView self view}. Tombstones of purged results are never shown.
 */
@Service
public class AssessmentService {

    /** Roles that may submit a screening (what they see of it is the policy's business). */
    static final List<String> SUBMITTERS = List.of(Roles.SYSTEM_ADMIN, Roles.COUNSELLOR, Roles.CLINICIAN,
            Roles.GRID_WORKER, Roles.RESIDENT);
    /** Submitters who capture for others, in their capture scope. */
    static final List<String> STAFF_SUBMITTERS = List.of(Roles.SYSTEM_ADMIN, Roles.COUNSELLOR, Roles.CLINICIAN,
            Roles.GRID_WORKER);


    public record Submit(String instrument, List<Integer> answers, Map<String, Object> supplementary,
            String subjectId, String areaCode, String campaignId, Consent consent) {
    }

    /** A stored result with the view the caller gets (never NONE from a read), and whether this call created it. */
    public record Shown(AssessmentDocument result, FieldView view, boolean created) {
    }

    private final AssessmentRepository assessments;
    private final InstrumentCatalog catalog;
    private final ScoringEngine engine;
    private final RiskTiering tiering;
    private final TierPolicy policy;
    private final AreaDirectory areas;
    private final CampaignService campaigns;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;
    private final AccessLog accessLog;
    private final MeterRegistry meters;
    private final Clock clock;
    private final ZoneId zone;
    private final FieldViewPolicy views;
    private final PersonIndex persons;
    private final CriticalDisclosures disclosures;
    private final ReactiveMongoTemplate mongo;

    public AssessmentService(AssessmentRepository assessments, InstrumentCatalog catalog, ScoringEngine engine,
            RiskTiering tiering, TierPolicy policy, AreaDirectory areas, CampaignService campaigns,
            OutboxEventFactory events, OutboxRelay relay, AccessLog accessLog, MeterRegistry meters, Clock clock,
            @Value("${socialpsych.assessment.zone:Asia/Shanghai}") String zone, FieldViewPolicy views,
            PersonIndex persons, CriticalDisclosures disclosures, ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
        this.persons = persons;
        this.disclosures = disclosures;
        this.assessments = assessments;
        this.catalog = catalog;
        this.engine = engine;
        this.tiering = tiering;
        this.policy = policy;
        this.areas = areas;
        this.campaigns = campaigns;
        this.events = events;
        this.relay = relay;
        this.accessLog = accessLog;
        this.meters = meters;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.views = views;
    }

    public Mono<Shown> submit(Submit cmd, PlatformPrincipal user, String idempotencyKey) {
        if (!user.hasAnyRole(SUBMITTERS)) {
            return Mono.error(ApiException.forbidden("This operation needs one of the roles " + SUBMITTERS));
        }
        boolean resident = isOnlyResident(user);
        String subject;
        boolean anonymous = false;
        if (resident) {
            if (cmd.subjectId() != null && !cmd.subjectId().equals(user.subject())) {
                return Mono.error(ApiException.forbidden("A resident may only submit a self-test for themselves"));
            }
            subject = user.subject();
        } else if (cmd.subjectId() == null) {
            subject = "anon-" + UUID.randomUUID();
            anonymous = true;
        } else {
            subject = cmd.subjectId();
        }
        if (!anonymous) {
            try {
                PersonIds.require("subjectId", subject);
            } catch (ApiException e) {
                return Mono.error(e);
            }
        }
        if (anonymous && cmd.campaignId() != null) {
            return Mono.error(ApiException.invalid("subject-required", "A campaign submission needs subjectId",
                    Map.of("errors", List.of(Map.of("field", "subjectId", "message", "required for a campaign")))));
        }
        String hash = requestHash(cmd, resident ? user.subject() : cmd.subjectId());
        String key = IdempotencyKeys.scoped(user.subject(), idempotencyKey);
        Mono<Shown> replay = key == null ? Mono.empty() : assessments.findByIdempotencyKey(key)
                .flatMap(existing -> replayed(existing, hash, user));
        boolean anon = anonymous;
        return replay.switchIfEmpty(Mono.defer(() -> create(cmd, subject, anon, user, key, hash)));
    }

    private Mono<Shown> create(Submit cmd, String subject, boolean anonymous, PlatformPrincipal user, String key,
            String hash) {
        return catalog.current(cmd.instrument())
                .switchIfEmpty(Mono.error(ApiException.invalid("unknown-instrument", "Instrument " + cmd.instrument()
                        + " is not known", Map.of("errors", List.of(Map.of("field", "instrument",
                                "message", "no such instrument"))))))
                .flatMap(def -> {
                    ScoreResult result;
                    try {
                        result = engine.score(def, cmd.answers(), cmd.supplementary());
                    } catch (InvalidAnswersException e) {
                        return refusedWithDisclosure(e, cmd, subject, anonymous, user);
                    }
                    return areas.require(cmd.areaCode(), "areaCode").flatMap(area -> {
                        if (!isOnlyResident(user) && !user.canCapture(area.path())) {
                            return Mono.error(ApiException.forbidden("The area is outside your capture scope"));
                        }
                        Mono<Void> owned = anonymous ? Mono.empty() : persons.require("subjectId", subject)
                                .flatMap(owner -> ownership(user, owner, area.code())).then();
                        Mono<Void> admitted = cmd.campaignId() == null ? Mono.empty()
                                : campaigns.admit(cmd.campaignId(), def.code(), area.path(), subject, cmd.consent(),
                                        user).then();
                        return owned.then(admitted
                                        .onErrorResume(ApiException.class, e -> disclosures.disclose(
                                                engine.evaluateCritical(def, cmd.answers(), cmd.supplementary()),
                                                "consent", subject, anonymous, area.code(), area.path(), user)
                                                .flatMap(id -> Mono.<Void>error(disclosed(e, id)))
                                                .switchIfEmpty(Mono.error(e))))
                                .then(priorPositive(subject, anonymous, area.path()))
                                .flatMap(prior -> store(cmd, def, result, prior, subject, anonymous, area.code(),
                                        area.path(), user, key, hash));
                    });
                });
    }

    /**
     * A refused submission whose answers fire a critical rule is not lost: the disclosure alone (which
     * rule, when, where, by whom) is recorded and routed as a HIGH risk flag (PIPL Art. 13(4)), then
     * the 422 carries the critical check and the disclosure id. Only when the area and the person
     * check out: a disclosure is never a way to plant a case outside one's scope.
     */
    private Mono<Shown> refusedWithDisclosure(InvalidAnswersException e, Submit cmd, String subject,
            boolean anonymous, PlatformPrincipal user) {
        ApiException problem = AnswerProblems.of(e);
        if (!e.criticalCheck().critical() || cmd.areaCode() == null) {
            return Mono.error(problem);
        }
        return areas.find(cmd.areaCode())
                .filter(area -> isOnlyResident(user) || user.canCapture(area.path()))
                .flatMap(area -> (anonymous ? Mono.just(true) : persons.find(subject)
                        .map(owner -> allowedOwner(user, owner, area.code())))
                        .filter(Boolean::booleanValue)
                        .flatMap(ok -> disclosures.disclose(e.criticalCheck(), "incomplete", subject, anonymous,
                                area.code(), area.path(), user)))
                .flatMap(id -> Mono.<Shown>error(disclosed(problem, id)))
                .switchIfEmpty(Mono.error(problem));
    }

    private static ApiException disclosed(ApiException e, String disclosureId) {
        Map<String, Object> props = new LinkedHashMap<>(e.properties());
        props.put("criticalDisclosureId", disclosureId);
        props.put("crisisRoute", "opened");
        return new ApiException(e.status(), e.slug(), e.title(), e.getMessage()
                + "; the critical answer was recorded and the crisis route opened", props);
    }

    /**
     * Ownership (ADR 0010): staff create results only about persons whose owning area their capture
     * scope covers; a resident only about themselves and only in an area on their own owning path.
     */
    private static Mono<Void> ownership(PlatformPrincipal user, PersonOwner owner, String areaCode) {
        return allowedOwner(user, owner, areaCode) ? Mono.empty()
                : Mono.error(new ApiException(HttpStatus.FORBIDDEN, "person-not-owned", "Forbidden",
                        "The person is owned by an area outside your capture scope", Map.of()));
    }

    private static boolean allowedOwner(PlatformPrincipal user, PersonOwner owner, String areaCode) {
        if (isOnlyResident(user)) {
            return owner.areaPath().contains(areaCode);
        }
        return PersonIndex.captures(user, owner);
    }

    private Mono<Boolean> priorPositive(String subject, boolean anonymous, List<String> areaPath) {
        if (anonymous) {
            return Mono.just(false);
        }
        TierRuleSet rules = policy.forArea(areaPath);
        Instant since = clock.instant().minus(Duration.ofDays(rules.priorPositiveWindowDays()));
        // which instruments count is data (tier rules); without a list, every positive screen counts
        return rules.priorPositiveInstruments() == null
                ? assessments.existsBySubjectIdAndPositiveScreenIsTrueAndCompletedAtAfterAndPurgedAtIsNull(subject,
                        since)
                : rules.priorPositiveInstruments().isEmpty() ? Mono.just(false)
                        : assessments.existsBySubjectIdAndInstrumentInAndPositiveScreenIsTrueAndCompletedAtAfterAndPurgedAtIsNull(
                                subject, rules.priorPositiveInstruments(), since);
    }

    private Mono<Shown> store(Submit cmd, InstrumentDefinition def, ScoreResult r, boolean priorPositive,
            String subject, boolean anonymous, String areaCode, List<String> areaPath, PlatformPrincipal user,
            String key, String hash) {
        TierDecision decision = tiering.decide(new RiskTiering.Input(def.code(), r.bandId(), r.positiveScreen(),
                r.criticalItems(), r.criticalSupplementaryKeys(), def.requiresFullFormOnPositive(), priorPositive),
                policy.forArea(areaPath));
        Instant now = clock.instant();
        AssessmentDocument doc = new AssessmentDocument();
        doc.id = "as-" + UUID.randomUUID();
        doc.subjectId = subject;
        doc.anonymous = anonymous;
        doc.instrument = def.code();
        doc.definitionVersion = def.version();
        doc.score = r.score();
        doc.rawScore = r.rawScore();
        doc.band = r.bandId();
        doc.positiveScreen = r.positiveScreen();
        doc.critical = r.critical();
        doc.criticalItems = r.criticalItems();
        doc.criticalSupplementaryKeys = r.criticalSupplementaryKeys();
        doc.hasCriticalRules = r.hasCriticalRules();
        doc.answers = new ArrayList<>(cmd.answers());
        doc.itemScores = new ArrayList<>(r.itemScores());
        doc.supplementary = new LinkedHashMap<>(r.supplementaryAnswers());
        doc.flags = r.flags();
        doc.followUpInstrument = r.followUpInstrument();
        doc.tier = decision.tier().name();
        doc.tierReasons = decision.reasons();
        doc.tierRulesVersion = policy.version();
        doc.tierRulesArea = policy.overridingArea(areaPath);
        doc.rescreenInstrument = decision.rescreenInstrument();
        doc.rescreenDue = decision.rescreenAfterDays() == null ? null
                : LocalDate.ofInstant(now, zone).plusDays(decision.rescreenAfterDays());
        doc.areaCode = areaCode;
        doc.areaPath = new ArrayList<>(areaPath);
        doc.campaignId = cmd.campaignId();
        doc.administeredBy = user.subject();
        doc.administeredByRoles = user.roles().stream().sorted().toList();
        doc.completedAt = now;
        doc.idempotencyKey = key;
        doc.requestHash = hash;
        doc.version = 1;
        doc.outbox.add(events.create(AssessmentEvents.ASSESSMENT_COMPLETED, subject, new AssessmentCompletedV1(doc.id,
                doc.version, now, subject, def.code(), def.version(), r.bandId(), r.positiveScreen(), r.critical(),
                doc.tier, areaCode, areaPath, cmd.campaignId())));
        if (decision.tier().atLeast(RiskTier.LOW)) {
            doc.outbox.add(events.create(AssessmentEvents.RISK_FLAGGED, subject, new RiskFlaggedV1(doc.id,
                    doc.version, now, subject, doc.tier, "assessment:" + doc.id, def.code(), areaCode, areaPath,
                    decision.reasons(), cmd.campaignId())));
        }
        return assessments.insert(doc)
                .flatMap(saved -> {
                    relay.nudge(saved.id);
                    Counter.builder("assessment.submissions").description("Stored screening submissions")
                            .tag("instrument", saved.instrument).tag("tier", saved.tier).register(meters).increment();
                    // campaign progress follows from the AssessmentCompleted event in this same insert
                    // (CampaignProgressListener): no second write on the request path
                    return Mono.just(new Shown(saved, submitterView(user, saved), true));
                })
                .onErrorResume(DuplicateKeyException.class, e -> key == null ? Mono.error(e)
                        : assessments.findByIdempotencyKey(key).flatMap(existing -> replayed(existing, hash, user)));
    }

    /**
     * The caller's own earlier submission under the same (caller-scoped) key. The key only proves
     * who sent it; what the replay shows is decided again now: the capture scope must still hold
     * (as for a new submission) and the view is the caller's current one.
     */
    private Mono<Shown> replayed(AssessmentDocument existing, String hash, PlatformPrincipal user) {
        if (existing.purged() || !hash.equals(existing.requestHash)) {
            return Mono.error(ApiException.conflict("idempotency-key-reused",
                    "This Idempotency-Key was used for a different submission"));
        }
        if (!isOnlyResident(user) && !user.canCapture(existing.areaPath)) {
            return Mono.error(ApiException.forbidden("The area is outside your capture scope"));
        }
        return Mono.just(new Shown(existing, submitterView(user, existing), false));
    }

    /** A result the caller may see; outside scope, a NONE view or someone else's self-test looks like absent. */
    public Mono<Shown> get(String id, PlatformPrincipal user) {
        return assessments.findById(id)
                .flatMap(d -> ownerPath(d).map(path -> new Shown(d, viewOf(user, d, path), false)))
                .filter(s -> s.view() != FieldView.NONE)
                .switchIfEmpty(Mono.error(ApiException.notFound("Assessment", id)))
                .flatMap(s -> accessLog.read(user, "assessment", s.result().id, s.result().subjectId, 1,
                        s.view().name()).thenReturn(s));
    }

    /**
     * A person's results the caller may see, newest first, one cursor page at a time; residents see
     * only their own. Whether the caller sees the person at all is decided once, by ownership, before
     * the query, so a page is never emptied by filtering after the limit.
     */
    public Mono<CursorPage<Shown>> listBySubject(String subjectId, int limit, String cursor, PlatformPrincipal user) {
        String subject = subjectId == null && isOnlyResident(user) ? user.subject() : subjectId;
        if (subject == null) {
            return Mono.error(ApiException.invalid("subject-required", "Give subjectId",
                    Map.of("errors", List.of(Map.of("field", "subjectId", "message", "required")))));
        }
        if (!subject.startsWith("anon-")) {
            try {
                PersonIds.require("subjectId", subject);
            } catch (ApiException e) {
                return Mono.error(e);
            }
        }
        Criteria criteria = Criteria.where("subjectId").is(subject).and("purgedAt").is(null);
        if (cursor != null) {
            List<String> at = CursorPage.parts(cursor, 2);
            Instant t = Instant.ofEpochMilli(Long.parseLong(at.get(0)));
            criteria = new Criteria().andOperator(criteria, new Criteria().orOperator(
                    Criteria.where("completedAt").lt(t),
                    Criteria.where("completedAt").is(t).and("_id").lt(at.get(1))));
        }
        Query query = new Query(criteria).with(Sort.by(Sort.Direction.DESC, "completedAt", "_id")).limit(limit + 1);
        return persons.find(subject).map(PersonOwner::areaPath).map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(owner -> mongo.find(query, AssessmentDocument.class)
                        .map(d -> new Shown(d, viewOf(user, d, owner.orElse(d.anonymous ? d.areaPath : List.of())),
                                false))
                        .filter(s -> s.view() != FieldView.NONE)
                        .collectList())
                .flatMap(list -> {
                    CursorPage<Shown> page = CursorPage.of(list, limit, s -> CursorPage.cursor(
                            String.valueOf(s.result().completedAt.toEpochMilli()), s.result().id));
                    return page.items().isEmpty() ? Mono.just(page)
                            : accessLog.read(user, "assessment", null, subject, page.items().size(),
                                    page.items().get(0).view().name()).thenReturn(page);
                });
    }

    /**
     * The view of a stored result for a reader: the policy's RESULT view when the result's area is
     * in the caller's view scope, nothing outside it; a resident's own result gets the self view
     * (inside scope {@link FieldViewPolicy#selfView}, outside it the self view alone, so scope is
     * never widened by a role). A tombstone is never shown.
     */
    FieldView viewOf(PlatformPrincipal user, AssessmentDocument d, List<String> ownerPath) {
        if (d.purged()) {
            return FieldView.NONE;
        }
        boolean inScope = !ownerPath.isEmpty() && user.canView(ownerPath);
        if (own(user, d)) {
            return inScope ? views.selfView(user, RecordClass.RESULT) : views.self();
        }
        return inScope ? views.viewOf(user, RecordClass.RESULT) : FieldView.NONE;
    }

    /**
     * The view of a result for the caller who submitted it (capture scope was checked): the self
     * view for a resident's self-test, otherwise the policy's RESULT view for the caller's roles.
     * NONE (only where a county configures it for a submitting role) returns a bare receipt.
     */
    FieldView submitterView(PlatformPrincipal user, AssessmentDocument d) {
        return own(user, d) ? views.selfView(user, RecordClass.RESULT) : views.viewOf(user, RecordClass.RESULT);
    }

    private static boolean own(PlatformPrincipal user, AssessmentDocument d) {
        return user.hasRole(Roles.RESIDENT) && !d.anonymous && user.subject().equals(d.subjectId);
    }

    /** A resident acting for themselves only: no role that captures screenings for others. */
    private static boolean isOnlyResident(PlatformPrincipal user) {
        return user.hasRole(Roles.RESIDENT) && !user.hasAnyRole(STAFF_SUBMITTERS);
    }

    /**
     * Whose scope decides access to a result: the owning area of its person (ADR 0010), never the
     * area the result was captured in; an anonymous result has no person, so its capture area.
     */
    private Mono<List<String>> ownerPath(AssessmentDocument d) {
        if (d.anonymous) {
            return Mono.just(d.areaPath == null ? List.of() : d.areaPath);
        }
        return persons.find(d.subjectId).map(PersonOwner::areaPath).defaultIfEmpty(List.of());
    }

    private static String requestHash(Submit cmd, String subjectId) {
        String canonical = String.join("|", String.valueOf(cmd.instrument()), String.valueOf(cmd.answers()),
                String.valueOf(cmd.supplementary() == null ? null : new TreeMap<>(cmd.supplementary())),
                String.valueOf(subjectId), String.valueOf(cmd.areaCode()), String.valueOf(cmd.campaignId()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
