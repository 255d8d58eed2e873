package org.socialpsych.psych.crisis.infra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The link to a grid follow-up task: a LOW risk flag or LOW hotline triage asked the person's grid team
 * for a first contact by {@code dueBy} ({@code LowRiskFollowUpRequested.v1} through the outbox);
 * grid-service owns the task (completion, overdue, escalation). One per person and origin; no
 * clinical reasons are kept. The id is random.
 */
@Document(GridFollowUpDocument.COLLECTION)
@CompoundIndex(name = "subject_source_unique", def = "{'subjectId': 1, 'sourceRef': 1}", unique = true)
public class GridFollowUpDocument {
    public static final String COLLECTION = "grid_follow_ups";
    @Id
    public String id;
    public String subjectId;
    @Indexed
    public String sourceRef;
    /** RISK_FLAG or HOTLINE */
    public String origin;
    public String areaCode;
    @Indexed
    public List<String> areaPath;
    public String tier;
    /** REQUESTED: sent to grid-service, which holds the task and its state */
    public String status;
    public Instant createdAt;
    @Indexed
    public Instant dueBy;
    public long version;
    public List<OutboxEvent> outbox = new ArrayList<>();
}
