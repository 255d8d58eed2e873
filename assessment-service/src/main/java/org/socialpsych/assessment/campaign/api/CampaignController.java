package org.socialpsych.assessment.campaign.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.socialpsych.assessment.campaign.application.CampaignService;
import org.socialpsych.assessment.campaign.domain.Campaign;
import org.socialpsych.assessment.campaign.domain.Consent;
import org.socialpsych.assessment.campaign.domain.ConsentRule;
import org.socialpsych.assessment.campaign.domain.PopulationType;
import org.socialpsych.assessment.campaign.domain.Progress;
import org.socialpsych.assessment.campaign.domain.TargetPopulation;
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
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Screening campaigns (筛查批次): create, open, close, invitations, consents, progress. */
@RestController
@RequestMapping("/api/v1/campaigns")
public class CampaignController {

    public record PopulationBody(@NotNull PopulationType type, @Size(max = 64) String unit,
            @Size(max = 200) List<@Size(max = 64) String> groups, @Size(max = 64) String tag) {
    }

    public record ConsentRuleBody(Boolean healthDataConsentRequired, @Min(0) @Max(18) Integer guardianConsentUnderAge) {
    }

    public record CreateCampaignRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 32) String areaCode,
            @NotNull @Valid PopulationBody population,
            @NotEmpty @Size(max = 10) List<@NotBlank String> battery,
            @NotNull Instant opensAt,
            @NotNull Instant closesAt,
            @Valid ConsentRuleBody consentRule,
            @Min(0) Long targetSize) {
    }

    public record InvitationsRequest(@NotNull @Min(1) @Max(1_000_000) Long count) {
    }

    public record ConsentRequest(@NotBlank @Size(max = 64) String subjectId, @NotNull Boolean healthData,
            Boolean guardian, @Min(0) @Max(130) Integer ageYears) {
    }

    public record CampaignResponse(String id, String name, String areaCode, List<String> areaPath,
            TargetPopulation population, List<String> battery, Instant opensAt, Instant closesAt,
            ConsentRule consentRule, String status, Long targetSize, Progress progress, long version) {

        static CampaignResponse of(Campaign c) {
            return new CampaignResponse(c.id(), c.name(), c.areaCode(), c.areaPath(), c.population(), c.battery(),
                    c.opensAt(), c.closesAt(), c.consentRule(), c.status().name(), c.targetSize(), c.progress(),
                    c.version());
        }
    }

    public record ConsentResponse(String campaignId, String subjectId, boolean newlyRecorded) {
    }

    private final CampaignService service;

    public CampaignController(CampaignService service) {
        this.service = service;
    }

    @PostMapping
    public Mono<ResponseEntity<CampaignResponse>> create(@Valid @RequestBody CreateCampaignRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        ConsentRule rule = body.consentRule() == null ? ConsentRule.defaults()
                : new ConsentRule(!Boolean.FALSE.equals(body.consentRule().healthDataConsentRequired()),
                        body.consentRule().guardianConsentUnderAge() == null ? ConsentRule.DEFAULT_GUARDIAN_AGE
                                : body.consentRule().guardianConsentUnderAge());
        PopulationBody p = body.population();
        CampaignService.CreateCampaign cmd = new CampaignService.CreateCampaign(body.name(), body.areaCode(),
                new TargetPopulation(p.type(), p.unit(), p.groups(), p.tag()), body.battery(), body.opensAt(),
                body.closesAt(), rule, body.targetSize());
        return CurrentUser.get().flatMap(u -> service.create(cmd, u, idempotencyKey))
                .map(c -> ResponseEntity.status(c.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .location(URI.create("/api/v1/campaigns/" + c.campaign().id()))
                        .body(CampaignResponse.of(c.campaign())));
    }

    @GetMapping("/{id}")
    public Mono<CampaignResponse> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(u -> service.get(id, u)).map(CampaignResponse::of);
    }

    /** Campaigns in scope: {@code {items, next}}; {@code under}, {@code limit} (≤ 500), {@code cursor}. */
    @GetMapping
    public Mono<CursorPage<CampaignResponse>> list(@RequestParam(required = false) String under,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            ServerWebExchange exchange) {
        QueryParameters.allowOnly(exchange, "under", "limit", "cursor");
        int size = CursorPage.limit(limit);
        return CurrentUser.get().flatMap(u -> service.list(under, size, cursor, u))
                .map(page -> page.map(CampaignResponse::of));
    }

    @PostMapping("/{id}/open")
    public Mono<CampaignResponse> open(@PathVariable String id) {
        return CurrentUser.get().flatMap(u -> service.open(id, u)).map(CampaignResponse::of);
    }

    @PostMapping("/{id}/close")
    public Mono<CampaignResponse> close(@PathVariable String id) {
        return CurrentUser.get().flatMap(u -> service.close(id, u)).map(CampaignResponse::of);
    }

    @PostMapping("/{id}/invitations")
    public Mono<CampaignResponse> invite(@PathVariable String id, @Valid @RequestBody InvitationsRequest body) {
        return CurrentUser.get().flatMap(u -> service.invite(id, body.count(), u)).map(CampaignResponse::of);
    }

    @PostMapping("/{id}/consents")
    public Mono<ResponseEntity<ConsentResponse>> consent(@PathVariable String id,
            @Valid @RequestBody ConsentRequest body) {
        return CurrentUser.get()
                .flatMap(u -> service.consent(id, body.subjectId(),
                        new Consent(body.healthData(), body.guardian(), body.ageYears()), u))
                .map(created -> ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(new ConsentResponse(id, body.subjectId(), created)));
    }
}
