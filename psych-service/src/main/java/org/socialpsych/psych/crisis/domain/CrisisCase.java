package org.socialpsych.psych.crisis.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.common.domain.RuleException.Kind;

/**
 * A crisis case (危机个案): routed by tier, timed by durable deadlines, escalated up the ladder when
 * unacknowledged or without first contact, closed with an outcome. Every change bumps the version,
 * lands on the timeline and is recorded in {@link #changes()} for the caller to publish.
 */
public final class CrisisCase {

    public static final String SYSTEM = "system";

    private final String id;
    private final String subjectId;
    private final CaseSource source;
    private final String sourceRef;
    private final String areaCode;
    private final List<String> areaPath;
    private final Instant openedAt;
    private final String openedBy;
    private final List<String> reasons;
    private RiskTier tier;
    private CaseStatus status;
    private List<ResponderUnit> assignees;
    private Instant acknowledgeBy;
    private Instant firstContactBy;
    private Instant acknowledgedAt;
    private String acknowledgedByActor;
    private Instant firstContactAt;
    private boolean acknowledgeBreached;
    private boolean firstContactBreached;
    private EscalationLevel escalationLevel;
    private final List<Escalation> escalations;
    private PendingSignOff pendingSignOff;
    private CaseOutcome outcome;
    private boolean seriousIncident;
    private Review review;
    private Instant closedAt;
    private Instant nextCheckAt;
    private final List<TimelineEntry> timeline;
    private long version;
    /** named people (user ids) working the case; they may read the person's archive while it is open */
    private final List<String> responders;
    private final List<CrisisEvent> changes = new ArrayList<>();

    /** Rebuilds a stored case; {@link #open} makes a new one. */
    public CrisisCase(String id, String subjectId, CaseSource source, String sourceRef, String areaCode,
            List<String> areaPath, Instant openedAt, String openedBy, List<String> reasons, RiskTier tier,
            CaseStatus status, List<ResponderUnit> assignees, Instant acknowledgeBy, Instant firstContactBy,
            Instant acknowledgedAt, String acknowledgedByActor, Instant firstContactAt, boolean acknowledgeBreached,
            boolean firstContactBreached, EscalationLevel escalationLevel, List<Escalation> escalations,
            PendingSignOff pendingSignOff, CaseOutcome outcome, boolean seriousIncident, Review review,
            Instant closedAt, Instant nextCheckAt, List<TimelineEntry> timeline, long version,
            List<String> responders) {
        this.id = id;
        this.subjectId = subjectId;
        this.source = source;
        this.sourceRef = sourceRef;
        this.areaCode = areaCode;
        this.areaPath = List.copyOf(areaPath);
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.reasons = reasons == null ? List.of() : List.copyOf(reasons);
        this.tier = tier;
        this.status = status;
        this.assignees = List.copyOf(assignees);
        this.acknowledgeBy = acknowledgeBy;
        this.firstContactBy = firstContactBy;
        this.acknowledgedAt = acknowledgedAt;
        this.acknowledgedByActor = acknowledgedByActor;
        this.firstContactAt = firstContactAt;
        this.acknowledgeBreached = acknowledgeBreached;
        this.firstContactBreached = firstContactBreached;
        this.escalationLevel = escalationLevel;
        this.escalations = new ArrayList<>(escalations == null ? List.of() : escalations);
        this.pendingSignOff = pendingSignOff;
        this.outcome = outcome;
        this.seriousIncident = seriousIncident;
        this.review = review;
        this.closedAt = closedAt;
        this.nextCheckAt = nextCheckAt;
        this.timeline = new ArrayList<>(timeline == null ? List.of() : timeline);
        this.version = version;
        this.responders = new ArrayList<>(responders == null ? List.of() : responders);
    }

    /** Opens a case routed and timed by the tier's policy (DOMAIN.md §4.3). */
    public static CrisisCase open(String id, String subjectId, RiskTier tier, CaseSource source, String sourceRef,
            String areaCode, List<String> areaPath, List<String> reasons, String actor, Instant now,
            CrisisPolicy policy) {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(sourceRef, "sourceRef");
        if (areaPath == null || areaPath.isEmpty() || !areaPath.get(areaPath.size() - 1).equals(areaCode)) {
            throw new RuleException(Kind.INVALID, "invalid-area-path",
                    "The area path must end with the case's area " + areaCode);
        }
        CrisisPolicy.TierPolicy p = policy.of(tier);
        CrisisCase c = new CrisisCase(id, subjectId, source, sourceRef, areaCode, areaPath, now, actor, reasons, tier,
                CaseStatus.OPEN, p.assignees(), p.acknowledge() == null ? null : now.plus(p.acknowledge()),
                now.plus(p.firstContact()), null, null, null, false, false, p.initialLevel(), List.of(), null, null,
                false, null, null, null, List.of(), 0, List.of());
        c.version = 1;
        c.log(now, actor, "OPENED", tier + " from " + source + " (" + sourceRef + "), routed to " + p.assignees());
        c.changes.add(new CrisisEvent.Opened(1, now));
        c.recomputeNextCheck(policy);
        return c;
    }

    public void acknowledge(String actor, Instant now, CrisisPolicy policy) {
        requireStatus(CaseStatus.OPEN, "already-acknowledged", "The case is already acknowledged");
        doAcknowledge(actor, now);
        recomputeNextCheck(policy);
    }

    private void doAcknowledge(String actor, Instant now) {
        status = CaseStatus.ACKNOWLEDGED;
        acknowledgedAt = now;
        acknowledgedByActor = actor;
        boolean onTime = acknowledgeBy == null || !now.isAfter(acknowledgeBy);
        bump(now, actor, "ACKNOWLEDGED", onTime ? "on time" : "late");
        changes.add(new CrisisEvent.Acknowledged(version, now, onTime));
    }

    /** First contact with the person; from OPEN it also acknowledges the case. */
    public void recordFirstContact(String actor, Instant now, String note, CrisisPolicy policy) {
        if (status == CaseStatus.OPEN) {
            doAcknowledge(actor, now);
        }
        requireStatus(CaseStatus.ACKNOWLEDGED, "first-contact-already-made",
                "First contact is already recorded or the case is closed");
        status = CaseStatus.IN_CONTACT;
        firstContactAt = now;
        boolean onTime = !now.isAfter(firstContactBy);
        long minutes = Duration.between(openedAt, now).toMinutes();
        bump(now, actor, "FIRST_CONTACT", (onTime ? "on time" : "late") + (note == null ? "" : ": " + note));
        changes.add(new CrisisEvent.FirstContactMade(version, now, onTime, minutes));
        recomputeNextCheck(policy);
    }

    /**
     * Names a person (user id) as a responder of this case, next to the routed units. While the case
     * is open, that person may read the subject's archive even outside their area scope.
     * Returns false when they were already named.
     */
    public boolean assignResponder(String userId, String actor, Instant now) {
        requireOpen();
        if (userId == null || userId.isBlank()) {
            throw new RuleException(Kind.INVALID, "responder-required", "Name the responder's user id");
        }
        if (responders.contains(userId)) {
            return false;
        }
        responders.add(userId);
        bump(now, actor, "RESPONDER_ASSIGNED", userId);
        return true;
    }

    /** A responder pushes the case one rung up by hand. */
    public void escalateManually(String actor, Instant now, String note, List<AreaRef> ancestors,
            CrisisPolicy policy) {
        requireOpen();
        if (escalationLevel.isTop()) {
            throw new RuleException(Kind.CONFLICT, "top-of-ladder",
                    "The case is already at the top of the escalation ladder");
        }
        escalate(actor, now, EscalationReason.MANUAL, note, ancestors);
        recomputeNextCheck(policy);
    }

    /**
     * The timer: records deadlines that passed unmet and, while the case is overdue and below the top
     * rung, climbs one rung per escalation step. Returns whether anything changed.
     */
    public boolean checkDeadlines(Instant now, List<AreaRef> ancestors, CrisisPolicy policy) {
        int before = changes.size();
        if (status == CaseStatus.OPEN && acknowledgeBy != null && !acknowledgeBreached && !now.isBefore(acknowledgeBy)) {
            acknowledgeBreached = true;
            bump(now, SYSTEM, "SLA_BREACHED", "not acknowledged by " + acknowledgeBy);
            changes.add(new CrisisEvent.SlaBreached(version, now, "ACKNOWLEDGE"));
        }
        if (awaitingContact() && !firstContactBreached && !now.isBefore(firstContactBy)) {
            firstContactBreached = true;
            bump(now, SYSTEM, "SLA_BREACHED", "no first contact by " + firstContactBy);
            changes.add(new CrisisEvent.SlaBreached(version, now, "FIRST_CONTACT"));
        }
        if (overdue() && !escalationLevel.isTop()) {
            Instant due = lastEscalatedAt() == null ? now : lastEscalatedAt().plus(policy.of(tier).escalationStep());
            if (!now.isBefore(due)) {
                escalate(SYSTEM, now, firstContactBreached ? EscalationReason.FIRST_CONTACT_OVERDUE
                        : EscalationReason.ACKNOWLEDGE_OVERDUE, null, ancestors);
            }
        }
        Instant previous = nextCheckAt;
        recomputeNextCheck(policy);
        return changes.size() > before || !Objects.equals(previous, nextCheckAt);
    }

    /**
     * Asks for a new tier. Raising it applies at once (re-routed, deadlines tightened); lowering it
     * waits for a second person's {@link #signOff}.
     */
    public void requestTierChange(RiskTier to, String reason, String actor, Instant now, CrisisPolicy policy) {
        requireOpen();
        if (to == tier) {
            throw new RuleException(Kind.CONFLICT, "same-tier", "The case is already " + tier);
        }
        if (to.isLowerThan(tier)) {
            requireNoPending();
            pendingSignOff = new PendingSignOff(PendingSignOff.Kind.TIER_CHANGE, actor, now, reason, to, null, false,
                    null);
            bump(now, actor, "TIER_DOWNGRADE_REQUESTED", tier + " → " + to + reasonSuffix(reason));
            return;
        }
        if (pendingSignOff != null && pendingSignOff.kind() == PendingSignOff.Kind.TIER_CHANGE) {
            pendingSignOff = null; // a raise overrides a downgrade still waiting for sign-off
        }
        applyTier(to, actor, now, policy, true);
    }

    /**
     * Closes the case with its outcome. A serious incident (or a death) needs a complete review. A
     * HIGH case closes only after a second person's {@link #signOff}.
     */
    public void requestClose(CaseOutcome outcome, boolean serious, Review review, String note, String actor,
            Instant now, CrisisPolicy policy) {
        requireOpen();
        Objects.requireNonNull(outcome, "outcome");
        boolean seriousIncident = serious || outcome == CaseOutcome.DECEASED;
        if (seriousIncident && (review == null || !review.complete())) {
            throw new RuleException(Kind.INVALID, "review-required",
                    "A serious incident needs a review with at least one cause and one measure");
        }
        if (tier == RiskTier.HIGH) {
            requireNoPending();
            pendingSignOff = new PendingSignOff(PendingSignOff.Kind.CLOSURE, actor, now, note, null, outcome,
                    seriousIncident, review);
            bump(now, actor, "CLOSURE_REQUESTED", outcome + reasonSuffix(note));
            return;
        }
        applyClose(outcome, seriousIncident, review, actor, now, note, policy);
    }

    /** A second, different person approves the pending tier downgrade or closure. */
    public void signOff(PendingSignOff.Kind kind, String actor, Instant now, CrisisPolicy policy) {
        requireOpen();
        if (pendingSignOff == null || pendingSignOff.kind() != kind) {
            throw new RuleException(Kind.CONFLICT, "nothing-to-sign-off",
                    "There is no pending " + kind.name().toLowerCase().replace('_', ' ') + " to sign off");
        }
        if (pendingSignOff.requestedBy().equals(actor)) {
            throw new RuleException(Kind.FORBIDDEN, "second-person-required",
                    "The sign-off must come from a different person than the request");
        }
        PendingSignOff p = pendingSignOff;
        pendingSignOff = null;
        if (kind == PendingSignOff.Kind.TIER_CHANGE) {
            log(now, actor, "SIGNED_OFF", "tier " + tier + " → " + p.toTier() + " requested by " + p.requestedBy());
            applyTier(p.toTier(), actor, now, policy, false);
        } else {
            log(now, actor, "SIGNED_OFF", "closure requested by " + p.requestedBy());
            applyClose(p.outcome(), p.seriousIncident(), p.review(), actor, now, p.reason(), policy);
        }
    }

    private void applyTier(RiskTier to, String actor, Instant now, CrisisPolicy policy, boolean raise) {
        RiskTier from = tier;
        CrisisPolicy.TierPolicy p = policy.of(to);
        tier = to;
        assignees = p.assignees();
        if (status == CaseStatus.OPEN) {
            Instant ack = p.acknowledge() == null ? null : now.plus(p.acknowledge());
            acknowledgeBy = raise && acknowledgeBy != null && ack != null && acknowledgeBy.isBefore(ack)
                    ? acknowledgeBy : ack;
            acknowledgeBreached = acknowledgeBreached && acknowledgeBy != null && !now.isBefore(acknowledgeBy);
        }
        if (awaitingContact()) {
            Instant contact = now.plus(p.firstContact());
            firstContactBy = raise && firstContactBy.isBefore(contact) ? firstContactBy : contact;
            firstContactBreached = firstContactBreached && !now.isBefore(firstContactBy);
        }
        bump(now, actor, "TIER_CHANGED", from + " → " + to + ", routed to " + assignees);
        changes.add(new CrisisEvent.TierChanged(version, now, from, to, assignees));
        recomputeNextCheck(policy);
    }

    private void applyClose(CaseOutcome outcome, boolean serious, Review review, String actor, Instant now,
            String note, CrisisPolicy policy) {
        status = CaseStatus.CLOSED;
        this.outcome = outcome;
        this.seriousIncident = serious;
        this.review = review;
        closedAt = now;
        bump(now, actor, "CLOSED", outcome + (serious ? " (serious incident, reviewed)" : "") + reasonSuffix(note));
        changes.add(new CrisisEvent.Closed(version, now, outcome, serious));
        recomputeNextCheck(policy);
    }

    private void escalate(String actor, Instant now, EscalationReason reason, String note, List<AreaRef> ancestors) {
        EscalationLevel from = escalationLevel;
        EscalationLevel to = from.next();
        Escalation e = new Escalation(now, from, to, reason, targetArea(to, ancestors));
        escalationLevel = to;
        escalations.add(e);
        bump(now, actor, "ESCALATED", from + " → " + to + " (" + reason + ")"
                + (e.targetAreaCode() == null ? "" : " to area " + e.targetAreaCode()) + reasonSuffix(note));
        changes.add(new CrisisEvent.Escalated(version, now, e));
    }

    /** Walks up the case's area path to the ancestor on the rung's level. */
    String targetArea(EscalationLevel level, List<AreaRef> ancestors) {
        if (level == EscalationLevel.GRID_TEAM) {
            return areaCode;
        }
        String wanted = level.areaLevel();
        if (wanted == null || ancestors == null) {
            return null;
        }
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            if (wanted.equals(ancestors.get(i).level())) {
                return ancestors.get(i).code();
            }
        }
        return null;
    }

    private void recomputeNextCheck(CrisisPolicy policy) {
        List<Instant> candidates = new ArrayList<>();
        if (status == CaseStatus.OPEN && acknowledgeBy != null && !acknowledgeBreached) {
            candidates.add(acknowledgeBy);
        }
        if (awaitingContact() && !firstContactBreached) {
            candidates.add(firstContactBy);
        }
        if (overdue() && !escalationLevel.isTop()) {
            Instant last = lastEscalatedAt();
            candidates.add(last == null ? openedAt : last.plus(policy.of(tier).escalationStep()));
        }
        nextCheckAt = candidates.stream().min(Instant::compareTo).orElse(null);
    }

    private boolean awaitingContact() {
        return status == CaseStatus.OPEN || status == CaseStatus.ACKNOWLEDGED;
    }

    private boolean overdue() {
        return (status == CaseStatus.OPEN && acknowledgeBreached) || (awaitingContact() && firstContactBreached);
    }

    private Instant lastEscalatedAt() {
        return escalations.isEmpty() ? null : escalations.get(escalations.size() - 1).at();
    }

    private void requireOpen() {
        if (status == CaseStatus.CLOSED) {
            throw new RuleException(Kind.CONFLICT, "case-closed", "The case is closed");
        }
    }

    private void requireNoPending() {
        if (pendingSignOff != null) {
            throw new RuleException(Kind.CONFLICT, "sign-off-pending",
                    "A " + pendingSignOff.kind().name().toLowerCase().replace('_', ' ')
                            + " is waiting for sign-off");
        }
    }

    private void requireStatus(CaseStatus wanted, String code, String message) {
        requireOpen();
        if (status != wanted) {
            throw new RuleException(Kind.CONFLICT, code, message);
        }
    }

    private static String reasonSuffix(String reason) {
        return reason == null || reason.isBlank() ? "" : ": " + reason;
    }

    private void bump(Instant now, String actor, String action, String detail) {
        version++;
        log(now, actor, action, detail);
    }

    private void log(Instant now, String actor, String action, String detail) {
        timeline.add(new TimelineEntry(now, actor, action, detail));
    }

    /** The changes made since this object was loaded or opened, oldest first. */
    public List<CrisisEvent> changes() {
        return Collections.unmodifiableList(changes);
    }

    public String id() { return id; }
    public String subjectId() { return subjectId; }
    public CaseSource source() { return source; }
    public String sourceRef() { return sourceRef; }
    public String areaCode() { return areaCode; }
    public List<String> areaPath() { return areaPath; }
    public Instant openedAt() { return openedAt; }
    public String openedBy() { return openedBy; }
    public List<String> reasons() { return reasons; }
    public RiskTier tier() { return tier; }
    public CaseStatus status() { return status; }
    public List<ResponderUnit> assignees() { return assignees; }
    public Instant acknowledgeBy() { return acknowledgeBy; }
    public Instant firstContactBy() { return firstContactBy; }
    public Instant acknowledgedAt() { return acknowledgedAt; }
    public String acknowledgedByActor() { return acknowledgedByActor; }
    public Instant firstContactAt() { return firstContactAt; }
    public boolean acknowledgeBreached() { return acknowledgeBreached; }
    public boolean firstContactBreached() { return firstContactBreached; }
    public EscalationLevel escalationLevel() { return escalationLevel; }
    public List<Escalation> escalations() { return List.copyOf(escalations); }
    public PendingSignOff pendingSignOff() { return pendingSignOff; }
    public CaseOutcome outcome() { return outcome; }
    public boolean seriousIncident() { return seriousIncident; }
    public Review review() { return review; }
    public Instant closedAt() { return closedAt; }
    public Instant nextCheckAt() { return nextCheckAt; }
    public List<TimelineEntry> timeline() { return List.copyOf(timeline); }
    public long version() { return version; }
    public List<String> responders() { return List.copyOf(responders); }
}
