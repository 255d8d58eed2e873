package org.socialpsych.psych.appointment.infra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.psych.appointment.domain.Appointment;
import org.socialpsych.psych.appointment.domain.AppointmentStatus;
import org.socialpsych.psych.appointment.domain.CounsellingSession;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored appointment (and its session once held) with its pending events. */
@Document(AppointmentDocument.COLLECTION)
@CompoundIndex(name = "service_point_slot", def = "{'servicePointId': 1, 'slotStart': 1}")
public class AppointmentDocument {
    public static final String COLLECTION = "appointments";

    @Id
    public String id;
    @Indexed
    public String personId;
    public String servicePointId;
    public String practitionerId;
    public Instant slotStart;
    public String areaCode;
    @Indexed
    public List<String> areaPath;
    public Instant bookedAt;
    public String bookedBy;
    public AppointmentStatus status;
    public Instant endedAt;
    public String endedBy;
    public CounsellingSession session;
    public long version;
    @Indexed(unique = true, sparse = true)
    public String idempotencyKey;
    public List<OutboxEvent> outbox = new ArrayList<>();

    public static AppointmentDocument of(Appointment a) {
        AppointmentDocument d = new AppointmentDocument();
        d.id = a.id();
        d.personId = a.personId();
        d.servicePointId = a.servicePointId();
        d.practitionerId = a.practitionerId();
        d.slotStart = a.slotStart();
        d.areaCode = a.areaCode();
        d.areaPath = new ArrayList<>(a.areaPath());
        d.bookedAt = a.bookedAt();
        d.bookedBy = a.bookedBy();
        d.status = a.status();
        d.endedAt = a.endedAt();
        d.endedBy = a.endedBy();
        d.session = a.session();
        d.version = a.version();
        return d;
    }

    public Appointment toDomain() {
        return new Appointment(id, personId, servicePointId, practitionerId, slotStart, areaCode, areaPath, bookedAt,
                bookedBy, status, endedAt, endedBy, session, version);
    }
}
