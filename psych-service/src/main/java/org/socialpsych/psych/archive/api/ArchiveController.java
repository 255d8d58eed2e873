package org.socialpsych.psych.archive.api;

import java.time.Instant;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.psych.archive.application.ArchiveService;
import org.socialpsych.psych.archive.application.BreakGlassService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

/** The person-centred psychological archive, by role view; break-glass access. */
@RestController
@RequestMapping("/api/v1/archives")
@Validated
public class ArchiveController {

    public record BreakGlassRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    public record GrantView(String id, String personId, String requester, String reason, Instant grantedAt,
            Instant expiresAt) {
    }

    private final ArchiveService archives;
    private final BreakGlassService breakGlass;

    public ArchiveController(ArchiveService archives, BreakGlassService breakGlass) {
        this.archives = archives;
        this.breakGlass = breakGlass;
    }

    /** The archive in the caller's view (clinical, governance or minimal); declare why in {@code X-Purpose}. */
    @GetMapping("/{personId}")
    public Mono<Object> get(@PathVariable String personId) {
        return CurrentUser.get().flatMap(user -> archives.get(personId, user).map(ArchiveViews::render));
    }

    /** Time-limited emergency access to one archive, with a mandatory reason; reviewed later by an auditor. */
    @PostMapping("/{personId}/break-glass")
    public Mono<ResponseEntity<GrantView>> breakGlass(@PathVariable String personId,
            @Valid @RequestBody BreakGlassRequest body) {
        return CurrentUser.get().flatMap(user -> breakGlass.grant(personId, body.reason(), user,
                        Mono.defer(() -> archives.exists(personId))))
                .map(g -> ResponseEntity.status(HttpStatus.CREATED)
                        .location(UriComponentsBuilder.fromPath("/api/v1/archives/{personId}").buildAndExpand(personId)
                                .encode().toUri())
                        .body(new GrantView(g.id, g.personId, g.requester, g.reason, g.grantedAt, g.expiresAt)));
    }
}
