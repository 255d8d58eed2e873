package org.socialpsych.psych.hotline.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.psych.hotline.application.HotlineCallService;
import org.socialpsych.psych.hotline.domain.CallChannel;
import org.socialpsych.psych.hotline.domain.CallOutcome;
import org.socialpsych.psych.hotline.domain.Linkage;
import org.socialpsych.psych.hotline.domain.TriageTier;
import org.socialpsych.psych.hotline.infra.HotlineCallDocument;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.chassis.web.QueryParameters;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Hotline call records (12356 / 96525 seats). Callers are anonymous unless they agree otherwise. */
@RestController
@RequestMapping("/api/v1/hotline-calls")
@Validated
public class HotlineCallController {

    public record RecordRequest(
            @NotBlank @Pattern(regexp = "[0-9]{3,8}") String line,
            CallChannel channel,
            Instant startedAt,
            @PositiveOrZero Integer durationSeconds,
            @NotBlank @Size(max = 32) String areaCode,
            Boolean anonymous,
            @Size(max = 64) String callerSubjectId,
            @NotNull TriageTier tier,
            CallOutcome outcome,
            @Size(max = 3) List<@NotNull Linkage> linkages,
            @Size(max = 4000) String summary) {
    }

    public record CallView(String id, String line, CallChannel channel, Instant startedAt, Integer durationSeconds,
            String areaCode, boolean anonymous, String callerSubjectId, TriageTier tier, CallOutcome outcome,
            List<Linkage> linkages, String summary, String crisisCaseId, String operator,
            List<HotlineCallDocument.Dispatch> dispatches, String followUpRef) {

        static CallView of(HotlineCallDocument d) {
            return new CallView(d.id, d.line, d.channel, d.startedAt, d.durationSeconds, d.areaCode, d.anonymous,
                    d.callerSubjectId, d.tier, d.outcome, d.linkages, d.summary, d.crisisCaseId, d.operator,
                    d.dispatches, d.followUpRef);
        }
    }

    /** The governance view (SYSTEM_ADMIN, AREA_ADMIN by default): the call without its free-text summary. */
    public record GovernanceCallView(String id, String line, CallChannel channel, Instant startedAt,
            Integer durationSeconds, String areaCode, boolean anonymous, String callerSubjectId, TriageTier tier,
            CallOutcome outcome, List<Linkage> linkages, String crisisCaseId, String operator,
            List<HotlineCallDocument.Dispatch> dispatches, String followUpRef) {

        static GovernanceCallView of(HotlineCallDocument d) {
            return new GovernanceCallView(d.id, d.line, d.channel, d.startedAt, d.durationSeconds, d.areaCode,
                    d.anonymous, d.callerSubjectId, d.tier, d.outcome, d.linkages, d.crisisCaseId, d.operator,
                    d.dispatches, d.followUpRef);
        }
    }

    /** The minimal view: that a call was taken, when, where, how urgent and which case it opened. */
    public record MinimalCallView(String id, String line, Instant startedAt, String areaCode, TriageTier tier,
            CallOutcome outcome, String crisisCaseId) {

        static MinimalCallView of(HotlineCallDocument d) {
            return new MinimalCallView(d.id, d.line, d.startedAt, d.areaCode, d.tier, d.outcome, d.crisisCaseId);
        }
    }

    private final HotlineCallService service;

    public HotlineCallController(HotlineCallService service) {
        this.service = service;
    }

    /** The call in the view the field-view policy gives the caller for CASE records. */
    Object view(HotlineCallDocument d, PlatformPrincipal user) {
        return switch (service.view(user)) {
            case CLINICAL -> CallView.of(d);
            case GOVERNANCE -> GovernanceCallView.of(d);
            case MINIMAL, NONE -> MinimalCallView.of(d);
        };
    }

    @PostMapping
    public Mono<ResponseEntity<Object>> record(@Valid @RequestBody RecordRequest b,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return CurrentUser.get().flatMap(user -> service.record(new HotlineCallService.RecordCall(b.line(),
                b.channel(), b.startedAt(), b.durationSeconds(), b.areaCode(), b.anonymous(), b.callerSubjectId(),
                b.tier(), b.outcome(), b.linkages(), b.summary()), user, idempotencyKey)
                .map(e -> ResponseEntity.status(e.getValue() ? HttpStatus.CREATED : HttpStatus.OK)
                        .location(URI.create("/api/v1/hotline-calls/" + e.getKey().id))
                        .body(view(e.getKey(), user))));
    }

    @GetMapping("/{id}")
    public Mono<Object> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(user -> service.get(id, user).map(d -> view(d, user)));
    }

    /** A page of calls, newest first ({@code items}, {@code next}); unknown parameters → 400. */
    @GetMapping
    public Mono<CursorPage<Object>> list(@RequestParam(required = false) String under,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
            ServerWebExchange exchange) {
        QueryParameters.allowOnly(exchange, "under", "from", "to", "cursor", "limit");
        int n = CursorPage.limit(limit);
        return CurrentUser.get().flatMap(user -> service.list(under, from, to, cursor, n, user)
                .map(p -> p.map(d -> view(d, user))));
    }
}
