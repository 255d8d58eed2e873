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
import java.util.regex.Pattern;

import org.socialpsych.assessment.area.application.AreaDirectory;
import org.socialpsych.assessment.assessment.infra.AccessLog;
import org.socialpsych.assessment.assessment.infra.AssessmentDocument;
import org.socialpsych.assessment.assessment.infra.AssessmentRepository;
import org.socialpsych.assessment.campaign.application.CampaignService;
import org.socialpsych.assessment.campaign.domain.Consent;
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
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
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
 * stored. An {@code Idempotency-Key} (scoped to the caller) replays the first result.
 */
@Service
public class AssessmentService {

    /** Roles that see scores, bands and item scores (in their view scope). */
    static final List<String> CLINICAL_ROLES = List.of(Roles.SYSTEM_ADMIN, Roles.COUNSELLOR, Roles.CLINICIAN);
    /** Roles that see the governance view only: tier colour, rescreen due, never scores. */
    static final List<String> GOVERNANCE_ROLES = List.of(Roles.GRID_WORKER, Roles.AREA_ADMIN);
    static final List<String> SUBMITTERS = List.of(Roles.SYSTEM_ADMIN, Roles.COUNSELLOR, Roles.CLINICIAN,
            Roles.GRID_WORKER, Roles.RESIDENT);

    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern IDENTITY_NUMBER = Pattern.compile("\\d{17}[\\dXx]|\\d{15}");
    private static final Pattern PHONE = Pattern.compile("\\+?(86)?1\\d{10}");

    /** How much of a result the caller may see. */
    public enum View {
        FULL, GOVERNANCE
    }

    public record Submit(String instrument, List<Integer> answers, Map<String, Object> supplementary,
            String subjectId, String areaCode, String campaignId, Consent consent) {
    }

    /** A stored result with the view the caller gets, and whether this call created it. */
    public record Shown(AssessmentDocument result, View view, boolean created) {
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

    public AssessmentService(AssessmentRepository assessments, InstrumentCatalog catalog, ScoringEngine engine,
            RiskTiering tiering, TierPolicy policy, AreaDirectory areas, CampaignService campaigns,
            OutboxEventFactory events, OutboxRelay relay, AccessLog accessLog, MeterRegistry meters, Clock clock,
            @Value("${socialpsych.assessment.zone:Asia/Shanghai}") String zone) {
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
        if (!anonymous && !pseudonymous(subject)) {
            return Mono.error(ApiException.invalid("subject-not-pseudonymous", "subjectId must be a pseudonymous "
                    + "id (letters, digits, . _ : -), never an identity number or phone number",
                    Map.of("errors", List.of(Map.of("field", "subjectId", "message", "not a pseudonymous id")))));
        }
        if (anonymous && cmd.campaignId() != null) {
            return Mono.error(ApiException.invalid("subject-required", "A campaign submission needs subjectId",
                    Map.of("errors", List.of(Map.of("field", "subjectId", "message", "required for a campaign")))));
        }
        String hash = requestHash(cmd, resident ? user.subject() : cmd.subjectId());
        String key = idempotencyKey == null ? null : user.subject() + "|" + idempotencyKey;
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
                        return Mono.error(AnswerProblems.of(e));
                    }
                    return areas.require(cmd.areaCode(), "areaCode").flatMap(area -> {
                        if (!isOnlyResident(user) && !user.canCapture(area.path())) {
                            return Mono.error(ApiException.forbidden("The area is outside your capture scope"));
                        }
                        Mono<Void> admitted = cmd.campaignId() == null ? Mono.empty()
                                : campaigns.admit(cmd.campaignId(), def.code(), area.path(), subject, cmd.consent(),
                                        user).then();
                        return admitted.then(priorPositive(subject, anonymous, area.path()))
                                .flatMap(prior -> store(cmd, def, result, prior, subject, anonymous, area.code(),
                                        area.path(), user, key, hash));
                    });
                });
    }

    private Mono<Boolean> priorPositive(String subject, boolean anonymous, List<String> areaPath) {
        if (anonymous) {
            return Mono.just(false);
        }
        TierRuleSet rules = policy.forArea(areaPath);
        Instant since = clock.instant().minus(Duration.ofDays(rules.priorPositiveWindowDays()));
        return assessments.existsBySubjectIdAndPositiveScreenIsTrueAndCompletedAtAfter(subject, since);
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
                    relay.nudge();
                    Counter.builder("assessment.submissions").description("Stored screening submissions")
                            .tag("instrument", saved.instrument).tag("tier", saved.tier).register(meters).increment();
                    Mono<Void> counted = saved.campaignId == null ? Mono.empty()
                            : campaigns.recordCompletion(saved.campaignId,
                                    new CampaignService.Completion(saved.positiveScreen, saved.critical));
                    return counted.thenReturn(new Shown(saved, viewOf(user, saved), true));
                })
                .onErrorResume(DuplicateKeyException.class, e -> key == null ? Mono.error(e)
                        : assessments.findByIdempotencyKey(key).flatMap(existing -> replayed(existing, hash, user)));
    }

    private Mono<Shown> replayed(AssessmentDocument existing, String hash, PlatformPrincipal user) {
        if (!existing.requestHash.equals(hash)) {
            return Mono.error(ApiException.conflict("idempotency-key-reused",
                    "This Idempotency-Key was used for a different submission"));
        }
        return Mono.just(new Shown(existing, viewOf(user, existing), false));
    }

    /** A result the caller may see; outside scope (or someone else's self-test) looks like absent. */
    public Mono<Shown> get(String id, PlatformPrincipal user) {
        return assessments.findById(id)
                .filter(d -> visible(user, d))
                .switchIfEmpty(Mono.error(ApiException.notFound("Assessment", id)))
                .flatMap(d -> {
                    View view = viewOf(user, d);
                    return accessLog.read(user, "assessment", d.id, d.subjectId, 1, view.name())
                            .thenReturn(new Shown(d, view, false));
                });
    }

    /** A person's results in the caller's scope, newest first; residents see only their own. */
    public Flux<Shown> listBySubject(String subjectId, int limit, PlatformPrincipal user) {
        String subject = subjectId == null && isOnlyResident(user) ? user.subject() : subjectId;
        if (subject == null) {
            return Flux.error(ApiException.invalid("subject-required", "Give subjectId",
                    Map.of("errors", List.of(Map.of("field", "subjectId", "message", "required")))));
        }
        PageRequest page = PageRequest.of(0, Math.min(Math.max(limit, 1), 200));
        return assessments.findBySubjectIdOrderByCompletedAtDesc(subject, page)
                .filter(d -> visible(user, d))
                .map(d -> new Shown(d, viewOf(user, d), false))
                .collectList()
                .flatMapMany(list -> list.isEmpty() ? Flux.empty()
                        : accessLog.read(user, "assessment", null, subject, list.size(),
                                list.get(0).view().name()).thenMany(Flux.fromIterable(list)));
    }

    static boolean visible(PlatformPrincipal user, AssessmentDocument d) {
        if (user.hasAnyRole(CLINICAL_ROLES) || user.hasAnyRole(GOVERNANCE_ROLES)) {
            if (user.canView(d.areaPath)) {
                return true;
            }
        }
        return user.hasRole(Roles.RESIDENT) && user.subject().equals(d.subjectId);
    }

    static View viewOf(PlatformPrincipal user, AssessmentDocument d) {
        if (user.hasAnyRole(CLINICAL_ROLES) && user.canView(d.areaPath)) {
            return View.FULL;
        }
        if (user.hasRole(Roles.RESIDENT) && user.subject().equals(d.subjectId) && !user.hasAnyRole(GOVERNANCE_ROLES)) {
            return View.FULL;
        }
        return View.GOVERNANCE;
    }

    private static boolean isOnlyResident(PlatformPrincipal user) {
        return user.hasRole(Roles.RESIDENT) && !user.hasAnyRole(CLINICAL_ROLES) && !user.hasAnyRole(GOVERNANCE_ROLES);
    }

    static boolean pseudonymous(String subject) {
        return SUBJECT.matcher(subject).matches() && !IDENTITY_NUMBER.matcher(subject).matches()
                && !PHONE.matcher(subject).matches();
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
