package org.socialpsych.psych.unit.infra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An area's crisis SLAs for one tier (ISO-8601 durations; null keeps the inherited value), for the
 * area and everything below it. {@code _id} is {@code <areaCode>:<tier>}.
 */
@Document(AreaSlaDocument.COLLECTION)
public class AreaSlaDocument {
    public static final String COLLECTION = "crisis_slas";
    @Id
    public String id;
    @Indexed
    public String areaCode;
    public List<String> areaPath = new ArrayList<>();
    public String tier;
    public String acknowledge;
    public String firstContact;
    public String escalationStep;
    public Instant updatedAt;
    public String updatedBy;
}
