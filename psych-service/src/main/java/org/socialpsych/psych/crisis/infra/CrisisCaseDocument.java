package org.socialpsych.psych.crisis.infra;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.psych.crisis.domain.CaseOutcome;
import org.socialpsych.psych.crisis.domain.CaseSource;
import org.socialpsych.psych.crisis.domain.CaseStatus;
import org.socialpsych.psych.crisis.domain.CrisisCase;
import org.socialpsych.psych.crisis.domain.Escalation;
import org.socialpsych.psych.crisis.domain.EscalationLevel;
import org.socialpsych.psych.crisis.domain.Notification;
import org.socialpsych.psych.crisis.domain.UnitAssignment;
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
@CompoundIndex(name = "notification_id", def = "{'notifications.id': 1}")
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
    /**
     * SHA-256 of {@code subjectId|sourceRef}: the origin, unique; kept on the tombstone so a late or
     * replayed trigger of a purged case finds it (case ids are random, nothing derives them)
     */
    @Indexed(unique = true, sparse = true)
    public String originKey;
    /**
     * {@code subjectId|originClass|tier} while the case is open (removed on close): one open case per
     * person, origin class and tier; a later trigger of that class and an equal or lower tier joins it
     */
    @Indexed(unique = true, sparse = true)
    public String openKey;
    /** a reference the caller gave a manual case (never its origin) */
    public String clientRef;
    public List<UnitAssignment> assignments = new ArrayList<>();
    public List<Notification> notifications = new ArrayList<>();
    public List<String> joinedRefs = new ArrayList<>();
    public List<String> handledRequests = new ArrayList<>();
    public Boolean acknowledgeOverdue;
    public Boolean contactOverdue;
    /** open with a missed deadline (the case's current one, or a unit's still unmet): the "overdue" queue */
    @Indexed
    public boolean overdue;
    /** the escalation rungs' target areas (the case's own area first): the queues "escalated to my town/county" */
    @Indexed
    public List<String> escalatedTo = new ArrayList<>();

    public static String originKey(String subjectId, String sourceRef) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(((subjectId == null ? "" : subjectId) + "|"
                    + sourceRef).getBytes(StandardCharsets.UTF_8));
            return "o1:" + HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String openKey(CrisisCase c) {
        if (c.subjectId() == null || c.status() == CaseStatus.CLOSED) {
            return null;
        }
        return openKey(c.subjectId(), c.originClass(), c.tier());
    }

    public static String openKey(String subjectId, String originClass, RiskTier tier) {
        return subjectId + "|" + originClass + "|" + tier;
    }

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
        d.originKey = originKey(c.subjectId(), c.sourceRef());
        d.openKey = openKey(c);
        d.assignments = new ArrayList<>(c.assignments());
        d.notifications = new ArrayList<>(c.notifications());
        d.joinedRefs = new ArrayList<>(c.joinedRefs());
        d.handledRequests = new ArrayList<>(c.handledRequests());
        d.acknowledgeOverdue = c.acknowledgeOverdue();
        d.contactOverdue = c.contactOverdue();
        d.overdue = c.status() != CaseStatus.CLOSED && ((c.status() == CaseStatus.OPEN && c.acknowledgeOverdue())
                || (c.firstContactAt() == null && c.contactOverdue())
                || c.assignments().stream().anyMatch(a -> a.active() && ((a.acknowledgeBreached()
                        && a.awaitingAcknowledge()) || (a.contactBreached() && a.awaitingContact()))));
        d.escalatedTo = new ArrayList<>();
        for (Escalation e : c.escalations()) {
            if (e.targetAreaCode() != null && !d.escalatedTo.contains(e.targetAreaCode())) {
                d.escalatedTo.add(e.targetAreaCode());
            }
        }
        return d;
    }

    public CrisisCase toDomain() {
        return new CrisisCase(id, subjectId, source, sourceRef, areaCode, areaPath, openedAt, openedBy, reasons, tier,
                status, assignees, acknowledgeBy, firstContactBy, acknowledgedAt, acknowledgedBy, firstContactAt,
                acknowledgeBreached, firstContactBreached, escalationLevel, escalations, pendingSignOff, outcome,
                seriousIncident, review, closedAt, nextCheckAt, timeline, version, responders)
                .restore(assignments, notifications, joinedRefs, handledRequests, acknowledgeOverdue, contactOverdue);
    }
}
