package org.socialpsych.psych.crisis.infra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.psych.crisis.domain.CaseOutcome;
import org.socialpsych.psych.crisis.domain.CaseSource;
import org.socialpsych.psych.crisis.domain.CaseStatus;
import org.socialpsych.psych.crisis.domain.CrisisCase;
import org.socialpsych.psych.crisis.domain.Escalation;
import org.socialpsych.psych.crisis.domain.EscalationLevel;
import org.socialpsych.psych.crisis.domain.PendingSignOff;
import org.socialpsych.psych.crisis.domain.ResponderUnit;
import org.socialpsych.psych.crisis.domain.Review;
import org.socialpsych.psych.crisis.domain.RiskTier;
import org.socialpsych.psych.crisis.domain.TimelineEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored crisis case with its pending events. {@code (subjectId, sourceRef)} is unique: the same
 * origin for the same person is one case. {@code nextCheckAt} is the durable timer the escalation
 * sweep polls. A closed case whose retention period ended is replaced by a tombstone
 * ({@code purgedAt} set, personal fields gone) that every read skips.
 */
@Document(CrisisCaseDocument.COLLECTION)
@CompoundIndex(name = "subject_source_unique", def = "{'subjectId': 1, 'sourceRef': 1}", unique = true)
public class CrisisCaseDocument {

    public static final String COLLECTION = "crisis_cases";

    @Id
    public String id;
    public String subjectId;
    public CaseSource source;
    @Indexed
    public String sourceRef;
    public String areaCode;
    @Indexed
    public List<String> areaPath;
    public Instant openedAt;
    public String openedBy;
    public List<String> reasons = new ArrayList<>();
    @Indexed
    public RiskTier tier;
    @Indexed
    public CaseStatus status;
    public List<ResponderUnit> assignees = new ArrayList<>();
    public Instant acknowledgeBy;
    public Instant firstContactBy;
    public Instant acknowledgedAt;
    public String acknowledgedBy;
    public Instant firstContactAt;
    public boolean acknowledgeBreached;
    public boolean firstContactBreached;
    public EscalationLevel escalationLevel;
    public List<Escalation> escalations = new ArrayList<>();
    public PendingSignOff pendingSignOff;
    public CaseOutcome outcome;
    public boolean seriousIncident;
    public Review review;
    public Instant closedAt;
    @Indexed(sparse = true)
    public Instant nextCheckAt;
    public List<TimelineEntry> timeline = new ArrayList<>();
    public long version;
    /** named responders (user ids); task-scoped archive access while the case is open */
    @Indexed
    public List<String> responders = new ArrayList<>();
    @Indexed(unique = true, sparse = true)
    public String idempotencyKey;
    public List<OutboxEvent> outbox = new ArrayList<>();
    /** set on the tombstone a retention purge leaves ({@link CrisisCaseRetention}); never on a live case */
    public Instant purgedAt;

    public static CrisisCaseDocument of(CrisisCase c) {
        CrisisCaseDocument d = new CrisisCaseDocument();
        d.id = c.id();
        d.subjectId = c.subjectId();
        d.source = c.source();
        d.sourceRef = c.sourceRef();
        d.areaCode = c.areaCode();
        d.areaPath = new ArrayList<>(c.areaPath());
        d.openedAt = c.openedAt();
        d.openedBy = c.openedBy();
        d.reasons = new ArrayList<>(c.reasons());
        d.tier = c.tier();
        d.status = c.status();
        d.assignees = new ArrayList<>(c.assignees());
        d.acknowledgeBy = c.acknowledgeBy();
        d.firstContactBy = c.firstContactBy();
        d.acknowledgedAt = c.acknowledgedAt();
        d.acknowledgedBy = c.acknowledgedByActor();
        d.firstContactAt = c.firstContactAt();
        d.acknowledgeBreached = c.acknowledgeBreached();
        d.firstContactBreached = c.firstContactBreached();
        d.escalationLevel = c.escalationLevel();
        d.escalations = new ArrayList<>(c.escalations());
        d.pendingSignOff = c.pendingSignOff();
        d.outcome = c.outcome();
        d.seriousIncident = c.seriousIncident();
        d.review = c.review();
        d.closedAt = c.closedAt();
        d.nextCheckAt = c.nextCheckAt();
        d.timeline = new ArrayList<>(c.timeline());
        d.version = c.version();
        d.responders = new ArrayList<>(c.responders());
        return d;
    }

    public CrisisCase toDomain() {
        return new CrisisCase(id, subjectId, source, sourceRef, areaCode, areaPath, openedAt, openedBy, reasons, tier,
                status, assignees, acknowledgeBy, firstContactBy, acknowledgedAt, acknowledgedBy, firstContactAt,
                acknowledgeBreached, firstContactBreached, escalationLevel, escalations, pendingSignOff, outcome,
                seriousIncident, review, closedAt, nextCheckAt, timeline, version, responders);
    }
}
