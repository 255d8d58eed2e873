package org.socialpsych.psych.archive.api;

import java.time.Instant;
import java.util.List;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.psych.archive.application.BreakGlassService;
import org.socialpsych.psych.archive.infra.BreakGlassGrantDocument;
import org.springframework.validation.annotation.Validated;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.chassis.web.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The AUDITOR's queue of break-glass accesses; a review is by someone other than the requester. */
@RestController
@RequestMapping("/api/v1/break-glass-reviews")
@Validated
public class BreakGlassReviewController {

    public record ReviewRequest(@NotNull BreakGlassService.Finding finding, @Size(max = 2000) String note) {
    }

    public record ReviewView(String id, String personId, String requester, List<String> requesterRoles,
            String reason, Instant grantedAt, Instant expiresAt, int uses, Instant lastUsedAt, boolean reviewed,
            String reviewedBy, Instant reviewedAt, String finding, String reviewNote) {

        static ReviewView of(BreakGlassGrantDocument g) {
            return new ReviewView(g.id, g.personId, g.requester, g.requesterRoles, g.reason, g.grantedAt,
                    g.expiresAt, g.uses, g.lastUsedAt, Boolean.TRUE.equals(g.reviewed), g.reviewedBy, g.reviewedAt,
                    g.finding, g.reviewNote);
        }
    }

    private final BreakGlassService service;

    public BreakGlassReviewController(BreakGlassService service) {
        this.service = service;
    }

    /** The auditor's queue (persons owned in its scope): {@code {items, next}}; status, limit, cursor. */
    @GetMapping
    public Mono<CursorPage<ReviewView>> queue(
            @RequestParam(defaultValue = "PENDING") BreakGlassService.ReviewFilter status,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            ServerWebExchange exchange) {
        QueryParameters.allowOnly(exchange, "status", "limit", "cursor");
        int size = CursorPage.limit(limit);
        return CurrentUser.get().flatMap(user -> service.reviews(status, size, cursor, user))
                .map(page -> page.map(ReviewView::of));
    }

    @PostMapping("/{id}/review")
    public Mono<ReviewView> review(@PathVariable String id, @Valid @RequestBody ReviewRequest body) {
        return CurrentUser.get().flatMap(user -> service.review(id, body.finding(), body.note(), user))
                .map(ReviewView::of);
    }
}
