package org.socialpsych.grid.calendar.api;

import java.time.LocalDate;
import java.util.List;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.web.QueryParameters;
import org.socialpsych.grid.calendar.application.WorkCalendarService;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

/** The working-day calendar per area (national arrangement plus the area's own days). */
@RestController
@RequestMapping("/api/v1/work-calendars")
@Validated
public class WorkCalendarController {

    public record CalendarRequest(@Size(max = WorkCalendarService.MAX_DAYS) List<@NotNull LocalDate> holidays,
            @Size(max = WorkCalendarService.MAX_DAYS) List<@NotNull LocalDate> workingDays) {
    }

    private final WorkCalendarService calendars;

    public WorkCalendarController(WorkCalendarService calendars) {
        this.calendars = calendars;
    }

    @PutMapping("/{areaCode}")
    public Mono<WorkCalendarService.AreaCalendar> put(@PathVariable String areaCode,
            @Valid @RequestBody CalendarRequest body) {
        return CurrentUser.get().flatMap(u -> calendars.put(areaCode, body.holidays(), body.workingDays(), u));
    }

    @GetMapping("/{areaCode}")
    public Mono<WorkCalendarService.AreaCalendar> get(@PathVariable String areaCode,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year, ServerWebExchange exchange) {
        QueryParameters.allowOnly(exchange, "year");
        return CurrentUser.get().flatMap(u -> calendars.get(areaCode, year, u));
    }
}
