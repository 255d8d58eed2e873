package org.socialpsych.grid.person.api;

import java.net.URI;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.grid.person.application.AnonymousSubjects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

/** Platform-issued person ids that are not residents: anonymous screening subjects. */
@RestController
@Validated
public class PersonController {

    public record AnonymousRequest(@NotBlank @Size(max = 32) String areaCode) {
    }

    private final AnonymousSubjects anonymous;

    public PersonController(AnonymousSubjects anonymous) {
        this.anonymous = anonymous;
    }

    @PostMapping("/api/v1/persons/anonymous")
    public Mono<ResponseEntity<AnonymousSubjects.Issued>> anonymous(@Valid @RequestBody AnonymousRequest b,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return CurrentUser.get().flatMap(u -> anonymous.issue(b.areaCode(), u, key))
                .map(r -> ResponseEntity.status(r.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .location(URI.create("/api/v1/persons/anonymous/" + r.subject().personId()))
                        .body(r.subject()));
    }
}
