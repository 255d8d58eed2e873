package org.socialpsych.psych.referral.infra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.psych.referral.domain.Referral;
import org.socialpsych.psych.referral.domain.ReferralOutcome;
import org.socialpsych.psych.referral.domain.ReferralStatus;
import org.socialpsych.psych.referral.domain.ReferralTimelineEntry;
import org.socialpsych.psych.referral.domain.ReferralType;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(ReferralDocument.COLLECTION)
public class ReferralDocument {
    public static final String COLLECTION = "referrals";

    @Id
    public String id;
    @Indexed
    public String subjectId;
    public ReferralType type;
    public String fromServicePointId;
    public String sender;
    public String areaCode;
    @Indexed
    public List<String> areaPath;
    /** area path of the current receiver: its staff work the referral from their own scope */
    @Indexed
    public List<String> receiverAreaPath = new ArrayList<>();
    public String crisisCaseId;
    public List<String> alternatives = new ArrayList<>();
    public Instant createdAt;
    @Indexed
    public String toServicePointId;
    public List<String> tried = new ArrayList<>();
    @Indexed
    public ReferralStatus status;
    public int attempt;
    public Instant respondBy;
    public Instant acceptedAt;
    public Instant firstContactBy;
    public Instant firstContactAt;
    public boolean reminded;
    public ReferralOutcome outcome;
    public Instant closedAt;
    @Indexed(sparse = true)
    public Instant nextCheckAt;
    public List<ReferralTimelineEntry> timeline = new ArrayList<>();
    public long version;
    @Indexed(unique = true, sparse = true)
    public String idempotencyKey;
    public List<OutboxEvent> outbox = new ArrayList<>();

    public static ReferralDocument of(Referral r, List<String> receiverAreaPath) {
        ReferralDocument d = new ReferralDocument();
        d.id = r.id();
        d.subjectId = r.subjectId();
        d.type = r.type();
        d.fromServicePointId = r.fromServicePointId();
        d.sender = r.sender();
        d.areaCode = r.areaCode();
        d.areaPath = new ArrayList<>(r.areaPath());
        d.receiverAreaPath = new ArrayList<>(receiverAreaPath);
        d.crisisCaseId = r.crisisCaseId();
        d.alternatives = new ArrayList<>(r.alternatives());
        d.createdAt = r.createdAt();
        d.toServicePointId = r.toServicePointId();
        d.tried = new ArrayList<>(r.tried());
        d.status = r.status();
        d.attempt = r.attempt();
        d.respondBy = r.respondBy();
        d.acceptedAt = r.acceptedAt();
        d.firstContactBy = r.firstContactBy();
        d.firstContactAt = r.firstContactAt();
        d.reminded = r.reminded();
        d.outcome = r.outcome();
        d.closedAt = r.closedAt();
        d.nextCheckAt = r.nextCheckAt();
        d.timeline = new ArrayList<>(r.timeline());
        d.version = r.version();
        return d;
    }

    public Referral toDomain() {
        return new Referral(id, subjectId, type, fromServicePointId, sender, areaCode, areaPath, crisisCaseId,
                alternatives, createdAt, toServicePointId, tried, status, attempt, respondBy, acceptedAt,
                firstContactBy, firstContactAt, reminded, outcome, closedAt, nextCheckAt, timeline, version);
    }
}
