package org.socialpsych.grid.visit.infra;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An area's visit-interval override ({@code _id} = area code); the most specific one on a grid's path applies. */
@Document("visit_policies")
public class PolicyDocument {
    @Id
    public String areaCode;
    public List<String> areaPath;
    public Map<String, Integer> tagIntervalDays;
    public Map<String, Integer> riskIntervalDays;
    public Integer initialDays;
    public Integer leadDays;
    public Integer expireDays;
    /** ADVANCE / IGNORE (null = inherited), see {@code VisitPolicy.EarlyVisits}. */
    public org.socialpsych.grid.visit.domain.VisitPolicy.EarlyVisits earlyVisits;
    /** Tag categories whose visits must carry a photo (null = inherited). */
    public List<String> photoRequiredTags;
    public Instant updatedAt;
    public String updatedBy;
}
