package org.socialpsych.grid.gridevent.api;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.grid.gridevent.application.DeadlineService;
import org.socialpsych.grid.gridevent.domain.Deadlines;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

/**
 * Grid event deadlines per area and category ({@code PUT} replaces what the area sets itself;
 * {@code GET} shows that and what applies there, with the area each value comes from).
 */
@RestController
@RequestMapping("/api/v1/grid-event-deadlines")
@Validated
public class DeadlineController {

    /** ISO-8601 durations, e.g. {@code PT48H}; either may be left out to inherit it. */
    public record CategorySetting(Duration deadline, Duration escalateEvery) {
    }

    public record DeadlinesRequest(@NotNull @Size(max = 50) Map<String, CategorySetting> categories) {
    }

    private final DeadlineService service;

    public DeadlineController(DeadlineService service) {
        this.service = service;
    }

    @PutMapping("/{areaCode}")
    public Mono<DeadlineService.AreaDeadlines> put(@PathVariable String areaCode,
            @Valid @RequestBody DeadlinesRequest body) {
        Map<String, Deadlines.Override> wanted = new LinkedHashMap<>();
        body.categories().forEach((k, v) -> wanted.put(k, v == null ? null
                : new Deadlines.Override(v.deadline(), v.escalateEvery())));
        return CurrentUser.get().flatMap(u -> service.put(areaCode, wanted, u));
    }

    @GetMapping("/{areaCode}")
    public Mono<DeadlineService.AreaDeadlines> get(@PathVariable String areaCode) {
        return CurrentUser.get().flatMap(u -> service.get(areaCode, u));
    }
}
