package org.socialpsych.psych.servicepoint.domain;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** Open on {@code day} from {@code from} (inclusive) to {@code to} (exclusive); 00:00–00:00 means all day. */
public record OpeningSlot(DayOfWeek day, LocalTime from, LocalTime to) {

    public OpeningSlot {
        if (day == null || from == null || to == null) {
            throw new IllegalArgumentException("an opening slot needs day, from and to");
        }
    }

    public boolean valid() {
        return from.isBefore(to) || (from.equals(LocalTime.MIDNIGHT) && to.equals(LocalTime.MIDNIGHT));
    }

    public boolean covers(LocalDateTime local) {
        if (local.getDayOfWeek() != day) {
            return false;
        }
        if (from.equals(LocalTime.MIDNIGHT) && to.equals(LocalTime.MIDNIGHT)) {
            return true;
        }
        LocalTime t = local.toLocalTime();
        return !t.isBefore(from) && t.isBefore(to);
    }
}
