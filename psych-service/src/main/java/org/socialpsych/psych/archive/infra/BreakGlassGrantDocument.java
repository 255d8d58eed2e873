package org.socialpsych.psych.archive.infra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A time-limited break-glass grant to one person's archive; reviewed afterwards by an auditor. */
@Document(BreakGlassGrantDocument.COLLECTION)
@CompoundIndex(name = "requester_person_expiry", def = "{'requester': 1, 'personId': 1, 'expiresAt': 1}")
public class BreakGlassGrantDocument {
    public static final String COLLECTION = "break_glass_grants";

    @Id
    public String id;
    public String personId;
    /** The person's owning area path when the grant was made: whose auditors review it. */
    public java.util.List<String> ownerAreaPath;
    public String requester;
    public List<String> requesterRoles = new ArrayList<>();
    public String reason;
    public Instant grantedAt;
    public Instant expiresAt;
    public int uses;
    public Instant lastUsedAt;
    @Indexed
    public Boolean reviewed;
    public String reviewedBy;
    public Instant reviewedAt;
    public String finding;
    public String reviewNote;
}
