package org.socialpsych.grid.calendar.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.grid.area.infra.AreaRepository;
import org.socialpsych.grid.calendar.domain.WorkCalendar;
import org.socialpsych.grid.calendar.infra.CalendarDocument;
import org.socialpsych.grid.common.Problems;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * The working-day calendar of an area: the national arrangement, then the days each area on the
 * path sets (root first, so the most specific area wins). Grid event deadlines of whole days count
 * these working days.
 */
@Service
public class WorkCalendarService {

    /** At most this many days an area sets in one go. */
    public static final int MAX_DAYS = 400;

    /** An area's own days and the calendar that applies there in {@code year}. */
    public record AreaCalendar(String areaCode, List<String> areaPath, int year, boolean nationalKnown,
            List<LocalDate> ownHolidays, List<LocalDate> ownWorkingDays, List<LocalDate> holidays,
            List<LocalDate> workingDays) {
    }

    private final ReactiveMongoTemplate mongo;
    private final AreaRepository areas;
    private final NationalCalendar national;
    private final Clock clock;

    public WorkCalendarService(ReactiveMongoTemplate mongo, AreaRepository areas, NationalCalendar national,
            Clock clock) {
        this.mongo = mongo;
        this.areas = areas;
        this.national = national;
        this.clock = clock;
    }

    /** The calendar of an area with {@code path} (root first). */
    public Mono<WorkCalendar> forPath(List<String> path) {
        return mongo.find(new Query(Criteria.where("_id").in(path)), CalendarDocument.class)
                .collectMap(d -> d.areaCode)
                .map(byArea -> {
                    WorkCalendar c = national.calendar();
                    for (String code : path) {
                        CalendarDocument d = byArea.get(code);
                        if (d != null) {
                            c = c.with(nn(d.holidays), nn(d.workingDays));
                        }
                    }
                    return c;
                });
    }

    public Mono<AreaCalendar> get(String areaCode, Integer year, PlatformPrincipal user) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return areas.findByCode(areaCode).filter(a -> user.canView(a.path))
                .switchIfEmpty(Mono.error(ApiException.notFound("Area", areaCode)))
                .flatMap(a -> Mono.zip(mongo.findById(a.code, CalendarDocument.class)
                        .defaultIfEmpty(new CalendarDocument()), forPath(a.path))
                        .map(t -> new AreaCalendar(a.code, a.path, y, national.knows(y),
                                inYear(t.getT1().holidays, y), inYear(t.getT1().workingDays, y),
                                t.getT2().holidays(y), t.getT2().workingDays(y))));
    }

    /**
     * Replaces the days an area sets itself (both lists empty removes them). SYSTEM_ADMIN, or
     * AREA_ADMIN with capture scope over the area. A day cannot be both a holiday and a working day.
     * Deadlines already running keep their date.
     */
    public Mono<AreaCalendar> put(String areaCode, List<LocalDate> holidays, List<LocalDate> workingDays,
            PlatformPrincipal user) {
        if (!user.hasAnyRole(List.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN))) {
            return Mono.error(ApiException.forbidden("Only SYSTEM_ADMIN or AREA_ADMIN set work calendars"));
        }
        Set<LocalDate> h = new TreeSet<>(nn(holidays));
        Set<LocalDate> w = new TreeSet<>(nn(workingDays));
        if (h.size() + w.size() > MAX_DAYS) {
            return Mono.error(Problems.invalidField("invalid-calendar", "holidays", "at most " + MAX_DAYS + " days"));
        }
        if (h.stream().anyMatch(w::contains)) {
            return Mono.error(Problems.invalidField("invalid-calendar", "workingDays",
                    "a day cannot be both a holiday and a working day"));
        }
        return areas.findByCode(areaCode).filter(a -> user.canView(a.path))
                .switchIfEmpty(Mono.error(ApiException.notFound("Area", areaCode)))
                .flatMap(a -> {
                    if (!user.canCapture(a.path)) {
                        return Mono.error(ApiException.forbidden("The area is outside your capture scope"));
                    }
                    if (h.isEmpty() && w.isEmpty()) {
                        return mongo.remove(new Query(Criteria.where("_id").is(a.code)), CalendarDocument.class)
                                .then(get(a.code, null, user));
                    }
                    CalendarDocument d = new CalendarDocument();
                    d.areaCode = a.code;
                    d.areaPath = a.path;
                    d.holidays = new ArrayList<>(h);
                    d.workingDays = new ArrayList<>(w);
                    d.updatedAt = clock.instant();
                    d.updatedBy = user.subject();
                    return mongo.save(d).then(get(a.code, null, user));
                });
    }

    private static <T> List<T> nn(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static List<LocalDate> inYear(List<LocalDate> days, int year) {
        return nn(days).stream().filter(d -> d.getYear() == year).sorted().toList();
    }
}
