package org.socialpsych.assessment.assessment.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.socialpsych.assessment.assessment.application.AssessmentService;
import org.socialpsych.assessment.assessment.infra.AssessmentDocument;
import org.socialpsych.assessment.campaign.domain.Consent;
import org.socialpsych.assessment.risk.domain.RiskTier;
import org.socialpsych.chassis.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.chassis.web.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Screening submissions and results, rendered in the view the chassis field-view policy gives the
 * caller (record class RESULT): CLINICAL → the full result; GOVERNANCE → tier colour and rescreen
 * date, never score, band or item scores; MINIMAL → that a result exists, its tier and area; NONE
 * → not shown (reads answer 404; a submitter with NONE gets a bare receipt).
 */
@RestController
@RequestMapping("/api/v1/assessments")
public class AssessmentController {

    public record ConsentBody(Boolean healthData, Boolean guardian, @Min(0) @Max(130) Integer ageYears) {
    }

    public record SubmitAssessmentRequest(
            @NotBlank @Size(max = 16) String instrument,
            @Size(max = 100) List<Integer> answers,
            @Size(max = 20) Map<String, Object> supplementary,
            @Size(max = 64) String subjectId,
            @NotBlank @Size(max = 32) String areaCode,
            @Size(max = 64) String campaignId,
            @Valid ConsentBody consent) {
    }

    /** The full result (health data). */
    public record AssessmentResponse(String id, String subjectId, boolean anonymous, String instrument,
            String definitionVersion, int score, int rawScore, String band, boolean positiveScreen, boolean critical,
            List<Integer> criticalItems, List<String> criticalSupplementaryKeys, boolean hasCriticalRules,
            List<Integer> itemScores, Map<String, String> supplementary, List<String> flags,
            String followUpInstrument, String tier, String tierColour, List<String> tierReasons,
            String tierRulesVersion, String rescreenInstrument, LocalDate rescreenDue, String areaCode,
            String campaignId, String administeredBy, Instant completedAt) {

        static AssessmentResponse of(AssessmentDocument d) {
            return new AssessmentResponse(d.id, d.subjectId, d.anonymous, d.instrument, d.definitionVersion, d.score,
                    d.rawScore, d.band, d.positiveScreen, d.critical, d.criticalItems, d.criticalSupplementaryKeys,
                    d.hasCriticalRules, d.itemScores, d.supplementary, d.flags, d.followUpInstrument, d.tier,
                    RiskTier.valueOf(d.tier).colour(), d.tierReasons, d.tierRulesVersion, d.rescreenInstrument,
                    d.rescreenDue, d.areaCode, d.campaignId, d.administeredBy, d.completedAt);
        }
    }

    /** The governance view: whom to attend to and when, without any score. */
    public record GovernanceResponse(String id, String subjectId, String instrument, String tier, String tierColour,
            LocalDate rescreenDue, String areaCode, String campaignId, Instant completedAt) {

        static GovernanceResponse of(AssessmentDocument d) {
            return new GovernanceResponse(d.id, d.subjectId, d.instrument, d.tier, RiskTier.valueOf(d.tier).colour(),
                    d.rescreenDue, d.areaCode, d.campaignId, d.completedAt);
        }
    }

    /** The minimal view: that a result exists, how urgent and where; nothing about the screening itself. */
    public record MinimalResponse(String id, String subjectId, String tier, String tierColour, String areaCode,
            Instant completedAt) {

        static MinimalResponse of(AssessmentDocument d) {
            return new MinimalResponse(d.id, d.subjectId, d.tier, RiskTier.valueOf(d.tier).colour(), d.areaCode,
                    d.completedAt);
        }
    }

    /** What a submitter whose view of results is NONE gets back: the stored result's id only. */
    public record ReceiptResponse(String id, Instant completedAt) {
    }

    private final AssessmentService service;

    public AssessmentController(AssessmentService service) {
        this.service = service;
    }

    @PostMapping
    public Mono<ResponseEntity<Object>> submit(@Valid @RequestBody SubmitAssessmentRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        ConsentBody c = body.consent();
        AssessmentService.Submit cmd = new AssessmentService.Submit(body.instrument(), body.answers(),
                body.supplementary(), body.subjectId(), body.areaCode(), body.campaignId(),
                c == null ? null : new Consent(c.healthData(), c.guardian(), c.ageYears()));
        return CurrentUser.get().flatMap(u -> service.submit(cmd, u, idempotencyKey))
                .map(s -> ResponseEntity.status(s.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .location(URI.create("/api/v1/assessments/" + s.result().id))
                        .body(render(s)));
    }

    @GetMapping("/{id}")
    public Mono<Object> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(u -> service.get(id, u)).map(AssessmentController::render);
    }

    /** A person's results, newest first: {@code {items, next}}; {@code limit} (≤ 500), {@code cursor}. */
    @GetMapping
    public Mono<CursorPage<Object>> list(@RequestParam(required = false) String subjectId,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            ServerWebExchange exchange) {
        QueryParameters.allowOnly(exchange, "subjectId", "limit", "cursor");
        int size = CursorPage.limit(limit);
        return CurrentUser.get().flatMap(u -> service.listBySubject(subjectId, size, cursor, u))
                .map(page -> page.map(AssessmentController::render));
    }

    private static Object render(AssessmentService.Shown s) {
        AssessmentDocument d = s.result();
        return switch (s.view()) {
            case CLINICAL -> AssessmentResponse.of(d);
            case GOVERNANCE -> GovernanceResponse.of(d);
            case MINIMAL -> MinimalResponse.of(d);
            case NONE -> new ReceiptResponse(d.id, d.completedAt);
        };
    }
}
