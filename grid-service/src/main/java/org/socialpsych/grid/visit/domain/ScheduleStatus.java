package org.socialpsych.grid.visit.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a scheduled visit stands at a moment: before its window (UPCOMING), inside the lead window
 * before the due date (DUE), past the due date (OVERDUE), past the expiry (EXPIRED: missed for the
 * period). NONE when the resident needs no scheduled visits.
 */
public enum ScheduleStatus {
    NONE, UPCOMING, DUE, OVERDUE, EXPIRED;

    public static ScheduleStatus at(Instant now, Instant dueAt, int leadDays, int expireDays) {
        if (dueAt == null) {
            return NONE;
        }
        if (now.isBefore(dueAt.minus(Duration.ofDays(leadDays)))) {
            return UPCOMING;
        }
        if (now.isBefore(dueAt)) {
            return DUE;
        }
        if (now.isBefore(dueAt.plus(Duration.ofDays(expireDays)))) {
            return OVERDUE;
        }
        return EXPIRED;
    }

    /** The next moment the status changes, or null. */
    public static Instant nextChange(Instant now, Instant dueAt, int leadDays, int expireDays) {
        if (dueAt == null) {
            return null;
        }
        for (Instant t : new Instant[] {dueAt.minus(Duration.ofDays(leadDays)), dueAt,
                dueAt.plus(Duration.ofDays(expireDays))}) {
            if (now.isBefore(t)) {
                return t;
            }
        }
        return now;
    }
}
