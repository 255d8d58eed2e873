package org.socialpsych.psych.appointment.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.common.domain.RuleException.Kind;
import org.socialpsych.psych.servicepoint.domain.OpeningSlot;

/**
 * Which slots can be booked: a slot starts on a multiple of the slot length counted from local
 * midnight, lies in the future, and (when the service point publishes opening hours) starts and
 * ends within one of them. Seats per slot are the service point's capacity.
 */
public final class SlotRules {

    private SlotRules() {
    }

    public static void checkSlot(Instant slotStart, Duration slotLength, List<OpeningSlot> openingHours, ZoneId zone,
            Instant now) {
        if (slotStart == null) {
            throw new RuleException(Kind.INVALID, "slot-required", "Give the slot's start time");
        }
        if (!slotStart.isAfter(now)) {
            throw new RuleException(Kind.INVALID, "slot-in-past", "The slot has already started");
        }
        LocalDateTime local = LocalDateTime.ofInstant(slotStart, zone);
        long secondsOfDay = local.toLocalTime().toSecondOfDay();
        if (local.getNano() != 0 || secondsOfDay % slotLength.toSeconds() != 0) {
            throw new RuleException(Kind.INVALID, "slot-not-aligned",
                    "Slots start every " + slotLength.toMinutes() + " minutes from midnight");
        }
        if (openingHours != null && !openingHours.isEmpty()) {
            LocalDateTime lastMinute = local.plus(slotLength).minusMinutes(1);
            boolean open = openingHours.stream().anyMatch(h -> h.covers(local) && h.covers(lastMinute));
            if (!open) {
                throw new RuleException(Kind.INVALID, "outside-opening-hours",
                        "The service point is not open for the whole slot");
            }
        }
    }

    /** Seats per slot: the service point's capacity, or the configured default when it has none. */
    public static int seats(Integer servicePointCapacity, int defaultSeats) {
        int seats = servicePointCapacity == null ? defaultSeats : servicePointCapacity;
        if (seats < 1) {
            throw new RuleException(Kind.CONFLICT, "no-capacity", "The service point takes no appointments");
        }
        return seats;
    }
}
