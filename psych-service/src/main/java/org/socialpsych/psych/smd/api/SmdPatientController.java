package org.socialpsych.psych.smd.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.psych.smd.application.SmdService;
import org.socialpsych.psych.smd.domain.SmdClassification;
import org.socialpsych.psych.smd.domain.SmdFollowUp;
import org.socialpsych.psych.smd.domain.SmdPatient;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SMD registry: confirmed patients only; follow-ups with risk 0–5; due and overdue lists per worker. */
@RestController
@RequestMapping("/api/v1/smd-patients")
@Validated
public class SmdPatientController {

    public record RegisterRequest(
            @NotBlank @Size(max = 64) String subjectId,
            @NotNull Boolean confirmed,
            LocalDate confirmedOn,
            @Size(max = 32) String diagnosisGroup,
            @NotBlank @Size(max = 32) String areaCode,
            @Size(max = 64) String responsibleWorker,
            @Size(max = 20) List<@Size(max = 64) String> caseTeam) {
    }

    public record FollowUpRequest(LocalDate date, @NotNull @Min(0) @Max(5) Integer risk, Boolean markedSymptoms,
            @Size(max = 4000) String note) {
    }

    /** The clinical view (CLINICIAN by default): diagnosis group, last risk and the follow-ups with notes. */
    public record PatientView(String id, String subjectId, String areaCode, String responsibleWorker,
            List<String> caseTeam, SmdClassification classification, LocalDate nextDue, boolean overdue,
            boolean caseTeamRequired, int followUpsThisYear, String diagnosisGroup, Integer lastRisk,
            List<SmdFollowUp> followUps, long version, List<String> prompts) {
    }

    /**
     * The governance view (GRID_WORKER, AREA_ADMIN, SYSTEM_ADMIN by default): the due list, whom to
     * call, the stability class; never the diagnosis group, a risk grade or a follow-up note.
     */
    public record GovernancePatientView(String id, String subjectId, String areaCode, String responsibleWorker,
            List<String> caseTeam, SmdClassification classification, LocalDate nextDue, boolean overdue,
            boolean caseTeamRequired, int followUpsThisYear, long version, List<String> prompts) {
    }

    /** The minimal view: that the person is followed up, by whom and when next. */
    public record MinimalPatientView(String id, String subjectId, String areaCode, String responsibleWorker,
            LocalDate nextDue, boolean overdue, long version) {
    }

    private final SmdService service;

    public SmdPatientController(SmdService service) {
        this.service = service;
    }

    /** The patient in the view the field-view policy gives the caller for CASE records. */
    Object view(SmdPatient p, PlatformPrincipal user) {
        return switch (service.view(user)) {
            case CLINICAL -> new PatientView(p.id(), p.subjectId(), p.areaCode(), p.responsibleWorker(), p.caseTeam(),
                    p.classification(), p.nextDue(), service.overdue(p), p.caseTeamRequired(),
                    service.followUpsThisYear(p), p.diagnosisGroup(), p.lastRisk(), p.followUps(), p.version(),
                    p.prompts());
            case GOVERNANCE -> new GovernancePatientView(p.id(), p.subjectId(), p.areaCode(), p.responsibleWorker(),
                    p.caseTeam(), p.classification(), p.nextDue(), service.overdue(p), p.caseTeamRequired(),
                    service.followUpsThisYear(p), p.version(), p.prompts());
            case MINIMAL, NONE -> new MinimalPatientView(p.id(), p.subjectId(), p.areaCode(), p.responsibleWorker(),
                    p.nextDue(), service.overdue(p), p.version());
        };
    }

    @PostMapping
    public Mono<ResponseEntity<Object>> register(@Valid @RequestBody RegisterRequest b) {
        return CurrentUser.get().flatMap(user -> service.register(new SmdService.Register(b.subjectId(),
                b.confirmed(), b.confirmedOn(), b.diagnosisGroup(), b.areaCode(), b.responsibleWorker(),
                b.caseTeam()), user).map(p -> ResponseEntity.status(HttpStatus.CREATED)
                        .location(URI.create("/api/v1/smd-patients/" + p.id())).body(view(p, user))));
    }

    @GetMapping("/{id}")
    public Mono<Object> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(user -> service.get(id, user).map(p -> view(p, user)));
    }

    /** {@code due=DUE} (with {@code withinDays}, default 0) or {@code due=OVERDUE}; {@code worker} for one worker's list. */
    @GetMapping
    public Mono<CursorPage<Object>> list(@RequestParam(required = false) String under,
            @RequestParam(required = false) String worker, @RequestParam(required = false) SmdService.DueFilter due,
            @RequestParam(defaultValue = "0") int withinDays, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit, ServerWebExchange exchange) {
        QueryParameters.allowOnly(exchange, "under", "worker", "due", "withinDays", "cursor", "limit");
        int n = CursorPage.limit(limit);
        return CurrentUser.get().flatMap(user -> service.list(under, worker, due, withinDays, cursor, n, user)
                .map(p -> p.map(x -> view(x, user))));
    }

    public record CaseTeamRequest(@Size(max = 64) String responsibleWorker,
            @NotNull @Size(max = 20) List<@NotBlank @Size(max = 64) String> caseTeam) {
    }

    /** Changes the responsible worker and the multi-agency case team. */
    @PostMapping("/{id}/case-team")
    public Mono<Object> caseTeam(@PathVariable String id, @Valid @RequestBody CaseTeamRequest b) {
        return CurrentUser.get().flatMap(user -> service.changeCaseTeam(id, b.responsibleWorker(), b.caseTeam(), user)
                .map(p -> view(p, user)));
    }

    @PostMapping("/{id}/follow-ups")
    public Mono<Object> followUp(@PathVariable String id, @Valid @RequestBody FollowUpRequest b) {
        return CurrentUser.get().flatMap(user -> service.recordFollowUp(id, new SmdService.FollowUp(b.date(),
                b.risk(), Boolean.TRUE.equals(b.markedSymptoms()), b.note()), user).map(p -> view(p, user)));
    }
}
