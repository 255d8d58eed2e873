package org.socialpsych.grid.calendar.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days are working days: Monday to Friday, except {@code holidays} (public holidays and the
 * days off of a 调休 arrangement), plus {@code workingDays} (the weekend days worked instead). Built
 * from the national calendar of each year and the overrides of the areas on a grid's path.
 */
public final class WorkCalendar {

    private static final long DAY_SECONDS = Duration.ofDays(1).toSeconds();

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingDays;

    public WorkCalendar(Collection<LocalDate> holidays, Collection<LocalDate> workingDays) {
        this.holidays = new TreeSet<>(holidays);
        this.workingDays = new TreeSet<>(workingDays);
        this.holidays.removeAll(this.workingDays);
    }

    /** Weekends only. */
    public static WorkCalendar weekendsOnly() {
        return new WorkCalendar(List.of(), List.of());
    }

    /** This calendar with an area's own days on top: its holidays and working days win over these. */
    public WorkCalendar with(Collection<LocalDate> moreHolidays, Collection<LocalDate> moreWorkingDays) {
        Set<LocalDate> h = new TreeSet<>(holidays);
        Set<LocalDate> w = new TreeSet<>(workingDays);
        h.removeAll(moreWorkingDays);
        w.removeAll(moreHolidays);
        h.addAll(moreHolidays);
        w.addAll(moreWorkingDays);
        return new WorkCalendar(h, w);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workingDays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /**
     * The deadline {@code deadline} after {@code from}: a whole number of days counted in working
     * days when {@code workingDays} (the same time of day on the n-th working day after the day of
     * {@code from}, in {@code zone}); anything else on the clock.
     */
    public Instant deadline(Instant from, Duration deadline, boolean workingDays, ZoneId zone) {
        long seconds = deadline.toSeconds();
        if (!workingDays || seconds <= 0 || seconds % DAY_SECONDS != 0) {
            return from.plus(deadline);
        }
        ZonedDateTime at = from.atZone(zone);
        LocalDate day = at.toLocalDate();
        long left = seconds / DAY_SECONDS;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return at.with(day).toInstant();
    }

    /** The holidays in {@code year} (days off, weekdays or not). */
    public List<LocalDate> holidays(int year) {
        return holidays.stream().filter(d -> d.getYear() == year).toList();
    }

    /** The weekend days worked in {@code year}. */
    public List<LocalDate> workingDays(int year) {
        return workingDays.stream().filter(d -> d.getYear() == year).toList();
    }
}
