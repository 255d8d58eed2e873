package org.socialpsych.grid.visit.infra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A "visit due" item from psych-service (a crisis case or an SMD follow-up), keyed by the source
 * aggregate. Holds no clinical detail: kind, pseudonymous subject, area and due time only. After
 * the source case was purged only a tombstone remains ({@code purgedAt}, the purge version).
 */
@Document("visit_followups")
public class FollowUpDocument {
    @Id
    public String id;
    public String kind;
    public String sourceAggregateId;
    public String subjectId;
    public String areaCode;
    @Indexed
    public List<String> areaPath = new ArrayList<>();
    public Instant dueAt;
    public boolean open = true;
    /** LOW follow-ups: the area an overdue item was escalated to (the grid's parent), and when. */
    public String escalatedTo;
    public Instant escalatedAt;
    /** LOW follow-ups: the visit that completed it. */
    public String completedByVisit;
    public Instant completedAt;
    public long aggregateVersion;
    public Instant updatedAt;
    /** Set when the source case was purged: the document is a tombstone (no subject, area or due time). */
    public Instant purgedAt;
}
