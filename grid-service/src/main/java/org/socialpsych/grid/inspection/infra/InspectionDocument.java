package org.socialpsych.grid.inspection.infra;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.grid.inspection.domain.InspectionStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An inspection finding against an area or a unit in it, with deadline, evidence and deduction. */
@Document("inspections")
public class InspectionDocument {

    public record Evidence(String hash, String note, String by, Instant at) {
    }

    /** A rectification sent back by the verifier, with the reason (the area rectifies again). */
    public record Rejection(String reason, String by, Instant at) {
    }

    @Id
    public String id;
    public String areaCode;
    @Indexed
    public List<String> areaPath = new ArrayList<>();
    public String unit;
    public String category;
    public String finding;
    public double deductionPoints;
    public LocalDate rectifyBy;
    public InspectionStatus status;
    public String inspectorId;
    public Instant recordedAt;
    public List<Evidence> evidence = new ArrayList<>();
    public Instant rectifiedAt;
    public String verifiedBy;
    public Instant verifiedAt;
    public Boolean onTime;
    public List<Rejection> rejections = new ArrayList<>();
    /** Derived on every read, never stored: still OPEN after its rectify-by day (platform zone). */
    @org.springframework.data.annotation.Transient
    public Boolean overdue;
    public long version;
    @Indexed(unique = true, sparse = true)
    public String idempotencyKey;
    public List<OutboxEvent> outbox = new ArrayList<>();
}
