package org.socialpsych.psych.crisis.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.psych.crisis.application.CrisisCaseService;
import org.socialpsych.psych.crisis.domain.CaseOutcome;
import org.socialpsych.psych.crisis.domain.CaseSource;
import org.socialpsych.psych.crisis.domain.CaseStatus;
import org.socialpsych.psych.crisis.domain.CrisisCase;
import org.socialpsych.psych.crisis.domain.Escalation;
import org.socialpsych.psych.crisis.domain.EscalationLevel;
import org.socialpsych.psych.crisis.domain.PendingSignOff;
import org.socialpsych.psych.crisis.domain.ResponderUnit;
import org.socialpsych.psych.crisis.domain.Review;
import org.socialpsych.psych.crisis.domain.RiskTier;
import org.socialpsych.psych.crisis.domain.TimelineEntry;
import org.socialpsych.psych.crisis.domain.UnitAssignment;
import org.socialpsych.psych.crisis.domain.Notification;
import org.socialpsych.chassis.security.FieldView;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.chassis.web.QueryParameters;
import org.springframework.web.server.ServerWebExchange;
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
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

/** Crisis cases: open by hand, find by origin, acknowledge, contact, escalate, re-tier and close. */
@RestController
@RequestMapping("/api/v1/crisis-cases")
@Validated
public class CrisisCaseController {

    public record OpenRequest(
            @Size(max = 64) String subjectId,
            @NotNull RiskTier tier,
            CaseSource source,
            @Size(max = 128) String sourceRef,
            @NotBlank @Size(max = 32) String areaCode,
            List<@Size(max = 64) String> reasons) {
    }

    public record NoteRequest(@Size(max = 2000) String note) {
    }

    public record ResponderRequest(@NotBlank @Size(max = 64) String userId) {
    }

    public record TierRequest(@NotNull RiskTier tier, @Size(max = 2000) String reason) {
    }

    public record ReviewRequest(List<@Size(max = 2000) String> causes, List<@Size(max = 2000) String> measures) {
    }

    public record CloseRequest(@NotNull CaseOutcome outcome, Boolean seriousIncident, @Valid ReviewRequest review,
            @Size(max = 2000) String note) {
    }

    /** The clinical view (CLINICIAN, COUNSELLOR, HOTLINE_OPERATOR by default): the whole case. */
    public record CaseView(String id, String subjectId, RiskTier tier, CaseStatus status, CaseSource source,
            String sourceRef, String areaCode, List<String> areaPath, List<ResponderUnit> assignees,
            Instant openedAt, Instant acknowledgeBy, Instant firstContactBy, Instant acknowledgedAt,
            Instant firstContactAt, boolean acknowledgeBreached, boolean firstContactBreached,
            EscalationLevel escalationLevel, List<Escalation> escalations, PendingSignOff pendingSignOff,
            CaseOutcome outcome, boolean seriousIncident, Review review, Instant closedAt, List<String> reasons,
            List<TimelineEntry> timeline, List<String> responders, long version, List<UnitAssignment> units,
            List<Notification> notifications, List<String> joinedRefs) {

        static CaseView of(CrisisCase c) {
            return new CaseView(c.id(), c.subjectId(), c.tier(), c.status(), c.source(), c.sourceRef(), c.areaCode(),
                    c.areaPath(), c.assignees(), c.openedAt(), c.acknowledgeBy(), c.firstContactBy(),
                    c.acknowledgedAt(), c.firstContactAt(), c.acknowledgeBreached(), c.firstContactBreached(),
                    c.escalationLevel(), c.escalations(), c.pendingSignOff(), c.outcome(), c.seriousIncident(),
                    c.review(), c.closedAt(), c.reasons(), c.timeline(), c.responders(), c.version(), c.assignments(),
                    c.notifications(), c.joinedRefs());
        }
    }

    /** A timeline entry without its detail (which carries the notes, reasons and review text). */
    public record TimelineStep(Instant at, String actor, String action) {
    }

    /** A pending sign-off without the requester's reason and review. */
    public record PendingStep(PendingSignOff.Kind kind, String requestedBy, Instant requestedAt, RiskTier toTier) {
    }

    /**
     * The governance view (GRID_WORKER, AREA_ADMIN, SYSTEM_ADMIN by default): who, where, when, tier,
     * deadlines and the ladder; never the clinical reasons, the review, the timeline's notes or the
     * sign-off reason. A separate type, so those fields cannot appear even as nulls.
     */
    public record GovernanceCaseView(String id, String subjectId, RiskTier tier, CaseStatus status, CaseSource source,
            String sourceRef, String areaCode, List<String> areaPath, List<ResponderUnit> assignees,
            Instant openedAt, Instant acknowledgeBy, Instant firstContactBy, Instant acknowledgedAt,
            Instant firstContactAt, boolean acknowledgeBreached, boolean firstContactBreached,
            EscalationLevel escalationLevel, List<Escalation> escalations, PendingStep pendingSignOff,
            CaseOutcome outcome, boolean seriousIncident, Instant closedAt, List<TimelineStep> timeline,
            List<String> responders, long version, List<UnitAssignment> units, List<Notification> notifications,
            List<String> joinedRefs) {

        static GovernanceCaseView of(CrisisCase c) {
            PendingSignOff p = c.pendingSignOff();
            return new GovernanceCaseView(c.id(), c.subjectId(), c.tier(), c.status(), c.source(), c.sourceRef(),
                    c.areaCode(), c.areaPath(), c.assignees(), c.openedAt(), c.acknowledgeBy(), c.firstContactBy(),
                    c.acknowledgedAt(), c.firstContactAt(), c.acknowledgeBreached(), c.firstContactBreached(),
                    c.escalationLevel(), c.escalations(),
                    p == null ? null : new PendingStep(p.kind(), p.requestedBy(), p.requestedAt(), p.toTier()),
                    c.outcome(), c.seriousIncident(), c.closedAt(),
                    c.timeline().stream().map(t -> new TimelineStep(t.at(), t.actor(), t.action())).toList(),
                    c.responders(), c.version(), c.assignments(), c.notifications(), c.joinedRefs());
        }
    }

    /** A unit's task as the police (minimal view) sees it: whom, by when, done or not; never who else acted. */
    public record UnitStep(ResponderUnit unit, String organisationId, Instant acknowledgeBy, Instant contactBy,
            Instant acknowledgedAt, Instant contactedAt, boolean acknowledgeBreached, boolean contactBreached,
            boolean active) {

        static UnitStep of(UnitAssignment a) {
            return new UnitStep(a.unit(), a.organisationId(), a.acknowledgeBy(), a.contactBy(), a.acknowledgedAt(),
                    a.contactedAt(), a.acknowledgeBreached(), a.contactBreached(), a.active());
        }
    }

    /** The minimal view (POLICE_LIAISON by default): enough to respond, nothing clinical. */
    public record MinimalView(String id, String subjectId, RiskTier tier, CaseStatus status, String areaCode,
            List<ResponderUnit> assignees, Instant openedAt, Instant acknowledgeBy, Instant firstContactBy,
            EscalationLevel escalationLevel, long version, List<UnitStep> units) {

        static MinimalView of(CrisisCase c) {
            return new MinimalView(c.id(), c.subjectId(), c.tier(), c.status(), c.areaCode(), c.assignees(),
                    c.openedAt(), c.acknowledgeBy(), c.firstContactBy(), c.escalationLevel(), c.version(),
                    c.assignments().stream().map(UnitStep::of).toList());
        }
    }

    private final CrisisCaseService service;

    public CrisisCaseController(CrisisCaseService service) {
        this.service = service;
    }

    /** The case in the view the field-view policy gives the caller (NONE never gets here: 403 before). */
    Object view(CrisisCase c, PlatformPrincipal user) {
        return switch (service.view(user)) {
            case CLINICAL -> CaseView.of(c);
            case GOVERNANCE -> GovernanceCaseView.of(c);
            case MINIMAL, NONE -> MinimalView.of(c);
        };
    }

    @PostMapping
    public Mono<ResponseEntity<Object>> open(@Valid @RequestBody OpenRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return CurrentUser.get().flatMap(user -> service.openByHand(new CrisisCaseService.OpenCase(body.subjectId(),
                body.tier(), body.source(), body.sourceRef(), body.areaCode(), body.reasons()), user, idempotencyKey)
                .map(o -> ResponseEntity.status(o.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .location(URI.create("/api/v1/crisis-cases/" + o.crisisCase().id()))
                        .body(view(o.crisisCase(), user))));
    }

    /** A page of cases ({@code items}, {@code next}); unknown parameters → 400. */
    @GetMapping
    public Mono<CursorPage<Object>> list(@RequestParam(required = false) String sourceRef,
            @RequestParam(required = false) String under, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit, ServerWebExchange exchange) {
        QueryParameters.allowOnly(exchange, "sourceRef", "under", "cursor", "limit");
        int n = CursorPage.limit(limit);
        return CurrentUser.get().flatMap(user -> service.list(sourceRef, under, cursor, n, user)
                .map(p -> p.map(c -> view(c, user))));
    }

    /** A work queue with its count: {@code escalated}, {@code sign-off}, {@code mine}, {@code overdue}. */
    @GetMapping("/queues/{queue}")
    public Mono<QueueView> queue(@PathVariable String queue, @RequestParam(required = false) String area,
            @RequestParam(required = false) RiskTier tier, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit, ServerWebExchange exchange) {
        QueryParameters.allowOnly(exchange, "area", "tier", "cursor", "limit");
        int n = CursorPage.limit(limit);
        return CurrentUser.get().flatMap(user -> service.queue(queue, area, tier, cursor, n, user)
                .map(p -> new QueueView(p.items().stream().map(c -> view(c, user)).toList(), p.next(), p.count())));
    }

    public record QueueView(List<Object> items, String next, long count) {
    }

    @GetMapping("/{id}")
    public Mono<Object> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(user -> service.get(id, user).map(c -> view(c, user)));
    }

    @PostMapping("/{id}/acknowledge")
    public Mono<Object> acknowledge(@PathVariable String id,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return CurrentUser.get().flatMap(user -> service.acknowledge(id, key, user).map(c -> view(c, user)));
    }

    @PostMapping("/{id}/first-contact")
    public Mono<Object> firstContact(@PathVariable String id, @Valid @RequestBody(required = false) NoteRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        String note = body == null ? null : body.note();
        return CurrentUser.get().flatMap(user -> service.firstContact(id, note, key, user).map(c -> view(c, user)));
    }

    /** One unit's receipt, by that unit's staff (the organisation configured for the role in the case's area). */
    @PostMapping("/{id}/units/{unit}/acknowledge")
    public Mono<Object> acknowledgeUnit(@PathVariable String id, @PathVariable ResponderUnit unit,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return CurrentUser.get().flatMap(user -> service.unitAction(id, unit, false, null, key, user)
                .map(c -> unitView(c, user)));
    }

    /** One unit made contact; the first responder's contact meets the case's deadlines. */
    @PostMapping("/{id}/units/{unit}/contact")
    public Mono<Object> contactUnit(@PathVariable String id, @PathVariable ResponderUnit unit,
            @Valid @RequestBody(required = false) NoteRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        String note = body == null ? null : body.note();
        return CurrentUser.get().flatMap(user -> service.unitAction(id, unit, true, note, key, user)
                .map(c -> unitView(c, user)));
    }

    /** Unit staff without a crisis view of their own get the minimal view of the case they work. */
    Object unitView(CrisisCase c, PlatformPrincipal user) {
        return user.hasAnyRole(CrisisCaseService.VIEWERS) && service.view(user) != FieldView.NONE ? view(c, user)
                : MinimalView.of(c);
    }

    @PostMapping("/{id}/escalate")
    public Mono<Object> escalate(@PathVariable String id, @Valid @RequestBody(required = false) NoteRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        String note = body == null ? null : body.note();
        return CurrentUser.get().flatMap(user -> service.escalate(id, note, key, user).map(c -> view(c, user)));
    }

    /** Names a person (user id) as a responder: task-scoped access to the person's archive while the case is open. */
    @PostMapping("/{id}/responders")
    public Mono<Object> responder(@PathVariable String id, @Valid @RequestBody ResponderRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return CurrentUser.get().flatMap(user -> service.assignResponder(id, body.userId(), key, user)
                .map(c -> view(c, user)));
    }

    /** Raising applies at once; lowering waits for {@code /tier/sign-off} by a second person. */
    @PostMapping("/{id}/tier")
    public Mono<Object> tier(@PathVariable String id, @Valid @RequestBody TierRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return CurrentUser.get().flatMap(user -> service.requestTier(id, body.tier(), body.reason(), key, user)
                .map(c -> view(c, user)));
    }

    @PostMapping("/{id}/tier/sign-off")
    public Mono<Object> signOffTier(@PathVariable String id,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return CurrentUser.get().flatMap(user -> service.signOff(id, PendingSignOff.Kind.TIER_CHANGE, key, user)
                .map(c -> view(c, user)));
    }

    /** Closes a MEDIUM/LOW case at once; a HIGH case waits for {@code /close/sign-off} by a second person. */
    @PostMapping("/{id}/close")
    public Mono<Object> close(@PathVariable String id, @Valid @RequestBody CloseRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Review review = body.review() == null ? null : new Review(body.review().causes(), body.review().measures());
        return CurrentUser.get().flatMap(user -> service.close(id, body.outcome(),
                Boolean.TRUE.equals(body.seriousIncident()), review, body.note(), key, user).map(c -> view(c, user)));
    }

    @PostMapping("/{id}/close/sign-off")
    public Mono<Object> signOffClose(@PathVariable String id,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return CurrentUser.get().flatMap(user -> service.signOff(id, PendingSignOff.Kind.CLOSURE, key, user)
                .map(c -> view(c, user)));
    }

    public record SignOffRequest(@NotNull PendingSignOff.Kind request, @Size(max = 2000) String reason) {
    }

    /** A second person turns a pending downgrade ({@code TIER_CHANGE}) or closure ({@code CLOSURE}) down. */
    @PostMapping("/{id}/sign-off/reject")
    public Mono<Object> reject(@PathVariable String id, @Valid @RequestBody SignOffRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return CurrentUser.get().flatMap(user -> service.rejectSignOff(id, body.request(), body.reason(), key, user)
                .map(c -> view(c, user)));
    }

    /** The requester withdraws its pending downgrade or closure. */
    @PostMapping("/{id}/sign-off/withdraw")
    public Mono<Object> withdraw(@PathVariable String id, @Valid @RequestBody SignOffRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return CurrentUser.get().flatMap(user -> service.withdrawSignOff(id, body.request(), key, user)
                .map(c -> view(c, user)));
    }
}
