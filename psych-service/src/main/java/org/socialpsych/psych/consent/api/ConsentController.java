package org.socialpsych.psych.consent.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.psych.consent.application.ConsentService;
import org.socialpsych.psych.consent.domain.ConsentAction;
import org.socialpsych.psych.consent.domain.ConsentActor;
import org.socialpsych.psych.consent.domain.ConsentEntry;
import org.socialpsych.psych.consent.domain.ConsentPurpose;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

/** The consent ledger: give or revoke per purpose (append-only), read current state and history. */
@RestController
@RequestMapping("/api/v1/consents")
@Validated
public class ConsentController {

    /** {@code action} defaults to GIVEN; {@code birthDate} or {@code age} is required; under 14 a guardian acts. */
    public record ConsentRequest(
            @NotBlank @Size(max = 64) String personId,
            @NotNull ConsentPurpose purpose,
            ConsentAction action,
            ConsentActor givenBy,
            @Size(max = 64) String guardianId,
            LocalDate birthDate,
            @Min(0) @Max(150) Integer age,
            @NotBlank @Size(max = 32) String areaCode) {
    }

    public record EntryView(String id, String personId, long seq, ConsentPurpose purpose, ConsentAction action,
            ConsentActor by, String guardianId, boolean minor, String areaCode, Instant at, String recordedBy) {

        public static EntryView of(ConsentEntry e) {
            return new EntryView(e.id(), e.personId(), e.seq(), e.purpose(), e.action(), e.by(), e.guardianId(),
                    e.minor(), e.areaCode(), e.at(), e.recordedBy());
        }
    }

    /** Current state per purpose (latest entry) and the full history. */
    public record LedgerView(String personId, List<EntryView> current, List<EntryView> history) {
    }

    private final ConsentService service;

    public ConsentController(ConsentService service) {
        this.service = service;
    }

    @PostMapping
    public Mono<ResponseEntity<EntryView>> record(@Valid @RequestBody ConsentRequest b,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        ConsentAction action = b.action() == null ? ConsentAction.GIVEN : b.action();
        return CurrentUser.get().flatMap(user -> service.record(new ConsentService.Record(b.personId(), b.purpose(),
                action, b.givenBy(), b.guardianId(), b.birthDate(), b.age(), b.areaCode()), user, idempotencyKey)
                .map(r -> ResponseEntity.status(r.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .location(URI.create("/api/v1/consents?personId=" + r.entry().personId()))
                        .body(EntryView.of(r.entry()))));
    }

    @GetMapping
    public Mono<LedgerView> ledger(@RequestParam String personId) {
        return CurrentUser.get().flatMap(user -> service.ledger(personId, user)
                .map(l -> new LedgerView(l.personId(), l.current().values().stream().map(EntryView::of).toList(),
                        l.history().stream().map(EntryView::of).toList())));
    }
}
