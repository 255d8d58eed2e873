package org.socialpsych.psych.appointment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.common.domain.RuleException.Kind;

/**
 * A counselling appointment of a person (pseudonymous id) in one slot of a service point, with an
 * optional practitioner. It ends as CANCELLED, NO_SHOW, or COMPLETED with the session recorded.
 * Every change bumps the version and is recorded in {@link #changes()} for the caller to publish.
 */
public final class Appointment {

    private final String id;
    private final String personId;
    private final String servicePointId;
    private String practitionerId;
    private final Instant slotStart;
    private final String areaCode;
    private final List<String> areaPath;
    private final Instant bookedAt;
    private final String bookedBy;
    private AppointmentStatus status;
    private Instant endedAt;
    private String endedBy;
    private CounsellingSession session;
    private long version;
    private final List<AppointmentEvent> changes = new ArrayList<>();

    public Appointment(String id, String personId, String servicePointId, String practitionerId, Instant slotStart,
            String areaCode, List<String> areaPath, Instant bookedAt, String bookedBy, AppointmentStatus status,
            Instant endedAt, String endedBy, CounsellingSession session, long version) {
        this.id = id;
        this.personId = personId;
        this.servicePointId = servicePointId;
        this.practitionerId = practitionerId;
        this.slotStart = slotStart;
        this.areaCode = areaCode;
        this.areaPath = List.copyOf(areaPath);
        this.bookedAt = bookedAt;
        this.bookedBy = bookedBy;
        this.status = status;
        this.endedAt = endedAt;
        this.endedBy = endedBy;
        this.session = session;
        this.version = version;
    }

    public static Appointment book(String id, String personId, String servicePointId, String practitionerId,
            Instant slotStart, String areaCode, List<String> areaPath, String actor, Instant now) {
        if (personId == null || personId.isBlank()) {
            throw new RuleException(Kind.INVALID, "person-required", "Give the person's pseudonymous id");
        }
        Appointment a = new Appointment(id, personId, servicePointId, practitionerId, slotStart, areaCode, areaPath,
                now, actor, AppointmentStatus.BOOKED, null, null, null, 1);
        a.changes.add(new AppointmentEvent.Booked(1, now));
        return a;
    }

    public void cancel(String actor, Instant now) {
        requireBooked();
        end(AppointmentStatus.CANCELLED, actor, now);
        changes.add(new AppointmentEvent.Cancelled(version, now));
    }

    /** The person did not come; only once the slot has started. */
    public void markNoShow(String actor, Instant now) {
        requireBooked();
        if (now.isBefore(slotStart)) {
            throw new RuleException(Kind.CONFLICT, "slot-not-started", "A no-show can be recorded once the slot has started");
        }
        end(AppointmentStatus.NO_SHOW, actor, now);
        changes.add(new AppointmentEvent.Missed(version, now));
    }

    /**
     * Records the session held for this appointment. The practitioner is the one given, else the
     * one booked; a session needs one.
     */
    public void recordSession(String practitioner, int durationMinutes, Modality modality, ObservedRisk risk,
            String notes, String crisisCaseId, String actor, Instant now) {
        requireBooked();
        String who = practitioner != null && !practitioner.isBlank() ? practitioner : practitionerId;
        if (who == null) {
            throw new RuleException(Kind.INVALID, "practitioner-required", "Name the practitioner who held the session");
        }
        if (durationMinutes < 1) {
            throw new RuleException(Kind.INVALID, "invalid-duration", "A session lasts at least one minute");
        }
        if (modality == null || risk == null) {
            throw new RuleException(Kind.INVALID, "session-incomplete", "Give the modality and the risk observed");
        }
        if ((risk == ObservedRisk.HIGH || risk == ObservedRisk.MEDIUM) && crisisCaseId == null) {
            throw new RuleException(Kind.INVALID, "crisis-case-required",
                    "A MEDIUM or HIGH risk observation needs a crisis case");
        }
        practitionerId = who;
        session = new CounsellingSession(now, actor, who, durationMinutes, modality, risk, notes,
                CounsellingSession.NOTES_CLASS, crisisCaseId);
        end(AppointmentStatus.COMPLETED, actor, now);
        changes.add(new AppointmentEvent.SessionRecorded(version, now));
    }

    private void end(AppointmentStatus to, String actor, Instant now) {
        status = to;
        endedAt = now;
        endedBy = actor;
        version++;
    }

    private void requireBooked() {
        if (status != AppointmentStatus.BOOKED) {
            throw new RuleException(Kind.CONFLICT, "appointment-" + status.name().toLowerCase().replace('_', '-'),
                    "The appointment is " + status + ", not BOOKED");
        }
    }

    public List<AppointmentEvent> changes() {
        return Collections.unmodifiableList(changes);
    }

    public String id() { return id; }
    public String personId() { return personId; }
    public String servicePointId() { return servicePointId; }
    public String practitionerId() { return practitionerId; }
    public Instant slotStart() { return slotStart; }
    public String areaCode() { return areaCode; }
    public List<String> areaPath() { return areaPath; }
    public Instant bookedAt() { return bookedAt; }
    public String bookedBy() { return bookedBy; }
    public AppointmentStatus status() { return status; }
    public Instant endedAt() { return endedAt; }
    public String endedBy() { return endedBy; }
    public CounsellingSession session() { return session; }
    public long version() { return version; }
}
