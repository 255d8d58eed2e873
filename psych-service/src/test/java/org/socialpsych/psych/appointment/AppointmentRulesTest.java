package org.socialpsych.psych.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialpsych.psych.appointment.domain.Appointment;
import org.socialpsych.psych.appointment.domain.AppointmentEvent;
import org.socialpsych.psych.appointment.domain.AppointmentStatus;
import org.socialpsych.psych.appointment.domain.Modality;
import org.socialpsych.psych.appointment.domain.ObservedRisk;
import org.socialpsych.psych.appointment.domain.SlotRules;
import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.servicepoint.domain.OpeningSlot;

class AppointmentRulesTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Duration HOUR = Duration.ofHours(1);
    /** Monday 2026-11-23 09:00 in Shanghai */
    static final Instant MON_9 = Instant.parse("2026-11-23T01:00:00Z");
    static final Instant BEFORE = MON_9.minus(Duration.ofDays(1));
    static final List<OpeningSlot> MON_9_TO_12 = List.of(new OpeningSlot(DayOfWeek.MONDAY, LocalTime.of(9, 0),
            LocalTime.of(12, 0)));

    static String code(Runnable r) {
        try {
            r.run();
        } catch (RuleException e) {
            return e.code();
        }
        return null;
    }

    @Test
    void shouldAcceptAnAlignedFutureSlotInsideOpeningHours() {
        SlotRules.checkSlot(MON_9, HOUR, MON_9_TO_12, ZONE, BEFORE);
        SlotRules.checkSlot(MON_9.plus(Duration.ofHours(2)), HOUR, MON_9_TO_12, ZONE, BEFORE);
        SlotRules.checkSlot(MON_9, HOUR, List.of(), ZONE, BEFORE);
    }

    @Test
    void shouldRejectSlotsThatArePastMisalignedOrOutsideOpeningHours() {
        assertThat(code(() -> SlotRules.checkSlot(MON_9, HOUR, MON_9_TO_12, ZONE, MON_9))).isEqualTo("slot-in-past");
        assertThat(code(() -> SlotRules.checkSlot(MON_9.plus(Duration.ofMinutes(30)), HOUR, MON_9_TO_12, ZONE,
                BEFORE))).isEqualTo("slot-not-aligned");
        // 12:00-13:00 starts when the point closes; 08:00-09:00 ends when it opens
        assertThat(code(() -> SlotRules.checkSlot(MON_9.plus(Duration.ofHours(3)), HOUR, MON_9_TO_12, ZONE,
                BEFORE))).isEqualTo("outside-opening-hours");
        assertThat(code(() -> SlotRules.checkSlot(MON_9.minus(HOUR), HOUR, MON_9_TO_12, ZONE, BEFORE)))
                .isEqualTo("outside-opening-hours");
        assertThat(code(() -> SlotRules.checkSlot(null, HOUR, MON_9_TO_12, ZONE, BEFORE))).isEqualTo("slot-required");
    }

    @Test
    void shouldTakeSeatsFromTheServicePointCapacityOrTheDefault() {
        assertThat(SlotRules.seats(4, 1)).isEqualTo(4);
        assertThat(SlotRules.seats(null, 2)).isEqualTo(2);
        assertThat(code(() -> SlotRules.seats(0, 1))).isEqualTo("no-capacity");
    }

    static Appointment booked(String practitioner) {
        return Appointment.book("ap-1", "p-1", "sp-1", practitioner, MON_9, "g1", List.of("c", "g1"), "u-1", BEFORE);
    }

    @Test
    void shouldMoveABookingToCompletedOnceAndPublishEachChange() {
        Appointment a = booked("pr-1");
        a.recordSession(null, 50, Modality.IN_PERSON, ObservedRisk.LOW, "notes", null, "c-1", MON_9);
        assertThat(a.status()).isEqualTo(AppointmentStatus.COMPLETED);
        assertThat(a.session().practitionerId()).isEqualTo("pr-1");
        assertThat(a.session().notesClass()).isEqualTo("CLINICAL");
        assertThat(a.version()).isEqualTo(2);
        assertThat(a.changes()).extracting(e -> e.getClass().getSimpleName()).containsExactly("Booked",
                "SessionRecorded");
        assertThat(code(() -> a.cancel("u-1", MON_9))).isEqualTo("appointment-completed");
    }

    @Test
    void shouldRequireAPractitionerAndACrisisCaseForAHighObservation() {
        assertThat(code(() -> booked(null).recordSession(null, 50, Modality.PHONE, ObservedRisk.NONE, null, null,
                "c-1", MON_9))).isEqualTo("practitioner-required");
        assertThat(code(() -> booked("pr-1").recordSession(null, 50, Modality.PHONE, ObservedRisk.HIGH, null, null,
                "c-1", MON_9))).isEqualTo("crisis-case-required");
        assertThat(code(() -> booked("pr-1").recordSession(null, 0, Modality.PHONE, ObservedRisk.NONE, null, null,
                "c-1", MON_9))).isEqualTo("invalid-duration");
    }

    @Test
    void shouldRecordANoShowOnlyOnceTheSlotHasStartedAndNotAfterACancellation() {
        Appointment a = booked("pr-1");
        assertThat(code(() -> a.markNoShow("u-1", BEFORE))).isEqualTo("slot-not-started");
        a.markNoShow("u-1", MON_9.plusSeconds(60));
        assertThat(a.status()).isEqualTo(AppointmentStatus.NO_SHOW);
        assertThat(a.changes().get(1)).isInstanceOf(AppointmentEvent.Missed.class);

        Appointment b = booked("pr-1");
        b.cancel("u-1", BEFORE);
        assertThat(b.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(code(() -> b.markNoShow("u-1", MON_9))).isEqualTo("appointment-cancelled");
        assertThatThrownBy(() -> b.cancel("u-1", BEFORE)).isInstanceOf(RuleException.class);
    }
}
