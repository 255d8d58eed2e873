package org.socialpsych.psych.unit.infra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which organisation plays a role (POLICE, HEALTH_OFFICE, COMMUNITY, GOVERNANCE_OFFICE, GRID_TEAM,
 * the escalation desks TOWN, COUNTY, EMERGENCY, and SIGN_OFF) for an area and everything below it,
 * with its on-duty channel and its staff. {@code _id} is {@code <areaCode>:<role>}.
 */
@Document(ResponderUnitDocument.COLLECTION)
public class ResponderUnitDocument {

    public static final String COLLECTION = "responder_units";

    @Id
    public String id;
    @Indexed
    public String areaCode;
    public List<String> areaPath = new ArrayList<>();
    public String role;
    public String organisationId;
    public String organisationName;
    public String channel;
    public String address;
    @Indexed
    public List<String> staffIds = new ArrayList<>();
    /** per-area SLA overrides for the tiers (ISO durations), inherited down the tree like the unit */
    public Instant updatedAt;
    public String updatedBy;
    public long version;
}
