package org.socialpsych.psych.referral.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.psych.referral.application.ReferralService;
import org.socialpsych.psych.referral.domain.DeclineReason;
import org.socialpsych.psych.referral.domain.ReferralOutcome;
import org.socialpsych.psych.referral.domain.ReferralStatus;
import org.socialpsych.psych.referral.domain.ReferralTimelineEntry;
import org.socialpsych.psych.referral.domain.ReferralType;
import org.socialpsych.psych.referral.infra.ReferralDocument;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.chassis.web.QueryParameters;
import org.springframework.web.server.ServerWebExchange;
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
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Referrals (转介) as closed loops with due dates, reminders and re-routing. */
@RestController
@RequestMapping("/api/v1/referrals")
@Validated
public class ReferralController {

    public record CreateRequest(
            @NotBlank @Size(max = 64) String subjectId,
            @NotNull ReferralType type,
            @Size(max = 64) String fromServicePointId,
            @NotBlank @Size(max = 64) String toServicePointId,
            @Size(max = 10) List<@NotBlank @Size(max = 64) String> alternatives,
            @NotBlank @Size(max = 32) String areaCode,
            @Size(max = 64) String crisisCaseId) {
    }

    public record DeclineRequest(@NotNull DeclineReason reason) {
    }

    public record RedirectRequest(@NotBlank @Size(max = 64) String toServicePointId) {
    }

    public record CloseRequest(@NotNull ReferralOutcome outcome, @Size(max = 2000) String note) {
    }

    public record ReferralView(String id, String subjectId, ReferralType type, String fromServicePointId,
            String toServicePointId, List<String> tried, ReferralStatus status, int attempt, String areaCode,
            String crisisCaseId, Instant createdAt, Instant respondBy, Instant acceptedAt, Instant firstContactBy,
            Instant firstContactAt, ReferralOutcome outcome, Instant closedAt, List<ReferralTimelineEntry> timeline,
            long version) {

        static ReferralView of(ReferralDocument d) {
            return new ReferralView(d.id, d.subjectId, d.type, d.fromServicePointId, d.toServicePointId, d.tried,
                    d.status, d.attempt, d.areaCode, d.crisisCaseId, d.createdAt, d.respondBy, d.acceptedAt,
                    d.firstContactBy, d.firstContactAt, d.outcome, d.closedAt, d.timeline, d.version);
        }
    }

    /** A timeline entry without its detail (which carries the closing note). */
    public record TimelineStep(Instant at, String actor, String action) {
    }

    /** The governance view (SYSTEM_ADMIN, AREA_ADMIN by default): the loop and its dates, no notes. */
    public record GovernanceReferralView(String id, String subjectId, ReferralType type, String fromServicePointId,
            String toServicePointId, List<String> tried, ReferralStatus status, int attempt, String areaCode,
            String crisisCaseId, Instant createdAt, Instant respondBy, Instant acceptedAt, Instant firstContactBy,
            Instant firstContactAt, ReferralOutcome outcome, Instant closedAt, List<TimelineStep> timeline,
            long version) {

        static GovernanceReferralView of(ReferralDocument d) {
            return new GovernanceReferralView(d.id, d.subjectId, d.type, d.fromServicePointId, d.toServicePointId,
                    d.tried, d.status, d.attempt, d.areaCode, d.crisisCaseId, d.createdAt, d.respondBy, d.acceptedAt,
                    d.firstContactBy, d.firstContactAt, d.outcome, d.closedAt,
                    d.timeline == null ? List.of()
                            : d.timeline.stream().map(t -> new TimelineStep(t.at(), t.actor(), t.action())).toList(),
                    d.version);
        }
    }

    /** The minimal view: who is referred where, its state and due dates. */
    public record MinimalReferralView(String id, String subjectId, ReferralType type, String toServicePointId,
            ReferralStatus status, String areaCode, Instant respondBy, Instant firstContactBy, long version) {

        static MinimalReferralView of(ReferralDocument d) {
            return new MinimalReferralView(d.id, d.subjectId, d.type, d.toServicePointId, d.status, d.areaCode,
                    d.respondBy, d.firstContactBy, d.version);
        }
    }

    private final ReferralService service;

    public ReferralController(ReferralService service) {
        this.service = service;
    }

    /** The referral in the view the field-view policy gives the caller for CASE records. */
    Object view(ReferralDocument d, PlatformPrincipal user) {
        return switch (service.view(user)) {
            case CLINICAL -> ReferralView.of(d);
            case GOVERNANCE -> GovernanceReferralView.of(d);
            case MINIMAL, NONE -> MinimalReferralView.of(d);
        };
    }

    @PostMapping
    public Mono<ResponseEntity<Object>> create(@Valid @RequestBody CreateRequest b,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return CurrentUser.get().flatMap(user -> service.create(new ReferralService.Create(b.subjectId(), b.type(),
                b.fromServicePointId(), b.toServicePointId(), b.alternatives(), b.areaCode(), b.crisisCaseId()), user,
                idempotencyKey)
                .map(e -> ResponseEntity.status(e.getValue() ? HttpStatus.CREATED : HttpStatus.OK)
                        .location(URI.create("/api/v1/referrals/" + e.getKey().id))
                        .body(view(e.getKey(), user))));
    }

    @GetMapping("/{id}")
    public Mono<Object> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(user -> service.get(id, user).map(d -> view(d, user)));
    }

    @GetMapping
    public Mono<CursorPage<Object>> list(@RequestParam(required = false) String under,
            @RequestParam(required = false) String toServicePointId,
            @RequestParam(required = false) ReferralStatus status, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit, ServerWebExchange exchange) {
        QueryParameters.allowOnly(exchange, "under", "toServicePointId", "status", "cursor", "limit");
        int n = CursorPage.limit(limit);
        return CurrentUser.get().flatMap(user -> service.list(under, toServicePointId,
                status == null ? null : status.name(), cursor, n, user).map(p -> p.map(d -> view(d, user))));
    }

    @PostMapping("/{id}/accept")
    public Mono<Object> accept(@PathVariable String id) {
        return CurrentUser.get().flatMap(user -> service.accept(id, user).map(d -> view(d, user)));
    }

    @PostMapping("/{id}/decline")
    public Mono<Object> decline(@PathVariable String id, @Valid @RequestBody DeclineRequest body) {
        return CurrentUser.get().flatMap(user -> service.decline(id, body.reason(), user).map(d -> view(d, user)));
    }

    @PostMapping("/{id}/redirect")
    public Mono<Object> redirect(@PathVariable String id, @Valid @RequestBody RedirectRequest body) {
        return CurrentUser.get().flatMap(user -> service.redirect(id, body.toServicePointId(), user)
                .map(d -> view(d, user)));
    }

    @PostMapping("/{id}/first-contact")
    public Mono<Object> firstContact(@PathVariable String id) {
        return CurrentUser.get().flatMap(user -> service.firstContact(id, user).map(d -> view(d, user)));
    }

    @PostMapping("/{id}/close")
    public Mono<Object> close(@PathVariable String id, @Valid @RequestBody CloseRequest body) {
        return CurrentUser.get().flatMap(user -> service.close(id, body.outcome(), body.note(), user)
                .map(d -> view(d, user)));
    }
}
