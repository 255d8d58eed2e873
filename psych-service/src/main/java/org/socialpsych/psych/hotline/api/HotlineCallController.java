package org.socialpsych.psych.hotline.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.socialpsych.chassis.security.CurrentUser;
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
import reactor.core.publisher.Flux;
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
            List<Linkage> linkages, String summary, String crisisCaseId, String operator) {

        static CallView of(HotlineCallDocument d) {
            return new CallView(d.id, d.line, d.channel, d.startedAt, d.durationSeconds, d.areaCode, d.anonymous,
                    d.callerSubjectId, d.tier, d.outcome, d.linkages, d.summary, d.crisisCaseId, d.operator);
        }
    }

    private final HotlineCallService service;

    public HotlineCallController(HotlineCallService service) {
        this.service = service;
    }

    @PostMapping
    public Mono<ResponseEntity<CallView>> record(@Valid @RequestBody RecordRequest b,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return CurrentUser.get().flatMap(user -> service.record(new HotlineCallService.RecordCall(b.line(),
                b.channel(), b.startedAt(), b.durationSeconds(), b.areaCode(), b.anonymous(), b.callerSubjectId(),
                b.tier(), b.outcome(), b.linkages(), b.summary()), user, idempotencyKey))
                .map(e -> ResponseEntity.status(e.getValue() ? HttpStatus.CREATED : HttpStatus.OK)
                        .location(URI.create("/api/v1/hotline-calls/" + e.getKey().id))
                        .body(CallView.of(e.getKey())));
    }

    @GetMapping("/{id}")
    public Mono<CallView> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(user -> service.get(id, user)).map(CallView::of);
    }

    @GetMapping
    public Flux<CallView> list(@RequestParam(required = false) String under,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "200") int limit) {
        return CurrentUser.get().flatMapMany(user -> service.list(under, from, to, limit, user)).map(CallView::of);
    }
}
