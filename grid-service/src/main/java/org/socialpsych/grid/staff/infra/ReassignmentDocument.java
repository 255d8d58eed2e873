package org.socialpsych.grid.staff.infra;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A bulk hand-over from one person to another, with its StaffReassigned event in {@code outbox}. */
@Document("staff_reassignments")
public class ReassignmentDocument {
    @Id
    public String id;
    public String fromPersonId;
    public String toPersonId;
    public LocalDate effectiveDate;
    public List<String> gridCodes = new ArrayList<>();
    public List<String> endedAssignmentIds = new ArrayList<>();
    public List<String> startedAssignmentIds = new ArrayList<>();
    public Instant createdAt;
    public String createdBy;
    public long version;
    public List<OutboxEvent> outbox = new ArrayList<>();
}
