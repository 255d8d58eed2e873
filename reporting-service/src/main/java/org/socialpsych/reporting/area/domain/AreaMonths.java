package org.socialpsych.reporting.area.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Area validity in reporting months. A month's figures roll up along the tree as it stood on the
 * month's last day: an area counts in a month when it was valid on that day.
 */
public final class AreaMonths {

    private AreaMonths() {
    }

    /** The first month an area valid from {@code date} counts in (a change on the 1st … 31st of May counts in May). */
    public static String from(LocalDate date) {
        return YearMonth.from(date).toString();
    }

    /** The first month an area valid until {@code lastValidDay} no longer counts in. */
    public static String endExclusive(LocalDate lastValidDay) {
        YearMonth m = YearMonth.from(lastValidDay);
        return (lastValidDay.equals(m.atEndOfMonth()) ? m.plusMonths(1) : m).toString();
    }
}
