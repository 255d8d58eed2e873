package org.socialpsych.psych.crisis.infra;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A LOW risk flag: the person's grid team follows up by {@code dueBy}; not a crisis case. */
@Document("grid_follow_ups")
public class GridFollowUpDocument {
    @Id
    public String id;
    public String subjectId;
    @Indexed
    public String sourceRef;
    public String areaCode;
    @Indexed
    public List<String> areaPath;
    public String tier;
    public List<String> reasons;
    public String status;
    public Instant createdAt;
    @Indexed
    public Instant dueBy;
}
