package org.socialpsych.psych.crisis.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

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
    /** the current deadlines' misses (reset when a tier change sets new deadlines); the breach flags above are facts */
    private boolean acknowledgeOverdue;
    private boolean contactOverdue;
    private final List<UnitAssignment> assignments = new ArrayList<>();
    private final List<Notification> notifications = new ArrayList<>();
    /** origins of later triggers (same person and origin class) that joined this case */
    private final List<String> joinedRefs = new ArrayList<>();
    /** hashed request keys already applied (a repeated request changes nothing); the newest {@value #KEPT_REQUESTS} */
    private final List<String> handledRequests = new ArrayList<>();
    static final int KEPT_REQUESTS = 32;

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
        this.acknowledgeOverdue = acknowledgeBreached;
        this.contactOverdue = firstContactBreached;
    }

    /**
     * Restores the per-unit tasks, notifications, joined origins, handled requests and the current
     * deadlines' misses of a stored case (null overdue flags: stored before they existed, the breach
     * flags stand in).
     */
    public CrisisCase restore(List<UnitAssignment> assignments, List<Notification> notifications,
            List<String> joinedRefs, List<String> handledRequests, Boolean acknowledgeOverdue, Boolean contactOverdue) {
        this.assignments.addAll(assignments == null ? List.of() : assignments);
        this.notifications.addAll(notifications == null ? List.of() : notifications);
        this.joinedRefs.addAll(joinedRefs == null ? List.of() : joinedRefs);
        this.handledRequests.addAll(handledRequests == null ? List.of() : handledRequests);
        if (acknowledgeOverdue != null) {
            this.acknowledgeOverdue = acknowledgeOverdue;
        }
        if (contactOverdue != null) {
            this.contactOverdue = contactOverdue;
        }
        return this;
    }

    /** Opens a case routed and timed by the tier's policy (docs/domain.md §4.3). */
    public static CrisisCase open(String id, String subjectId, RiskTier tier, CaseSource source, String sourceRef,
            String areaCode, List<String> areaPath, List<String> reasons, String actor, Instant now,
            CrisisPolicy policy) {
        return open(id, subjectId, tier, source, sourceRef, areaCode, areaPath, reasons, actor, now, policy,
                UnitDirectory.EMPTY);
    }

    /** Opens a case; each routed unit gets its own task (receipt, deadlines) and an ASSIGNED notification. */
    public static CrisisCase open(String id, String subjectId, RiskTier tier, CaseSource source, String sourceRef,
            String areaCode, List<String> areaPath, List<String> reasons, String actor, Instant now,
            CrisisPolicy policy, UnitDirectory directory) {
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
        c.using(directory);
        c.assign(p.assignees(), p, now, directory);
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
        boolean onTime = !acknowledgeBreached && (acknowledgeBy == null || !now.isAfter(acknowledgeBy));
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
        boolean onTime = !firstContactBreached && !now.isAfter(firstContactBy);
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
        escalateManually(actor, now, note, ancestors, policy, UnitDirectory.EMPTY, Duration.ZERO);
    }

    /**
     * A responder pushes the case one rung up by hand. The same person's second escalation within
     * {@code debounce} of the first is the same request (a double click climbs one rung): it changes
     * nothing and returns false.
     */
    public boolean escalateManually(String actor, Instant now, String note, List<AreaRef> ancestors,
            CrisisPolicy policy, UnitDirectory directory, Duration debounce) {
        requireOpen();
        for (int i = timeline.size() - 1; i >= 0; i--) {
            TimelineEntry t = timeline.get(i);
            if ("ESCALATED".equals(t.action()) && actor.equals(t.actor())) {
                if (now.isBefore(t.at().plus(debounce))) {
                    return false;
                }
                break;
            }
        }
        if (escalationLevel.isTop()) {
            throw new RuleException(Kind.CONFLICT, "top-of-ladder",
                    "The case is already at the top of the escalation ladder");
        }
        escalate(actor, now, EscalationReason.MANUAL, note, ancestors, directory);
        recomputeNextCheck(policy);
        return true;
    }

    /**
     * The timer: records deadlines that passed unmet and, while the case is overdue and below the top
     * rung, climbs one rung per escalation step. Returns whether anything changed.
     */
    public boolean checkDeadlines(Instant now, List<AreaRef> ancestors, CrisisPolicy policy) {
        return checkDeadlines(now, ancestors, policy, UnitDirectory.EMPTY);
    }

    /**
     * The timer: records deadlines that passed unmet (the case's and each unit's; a breach is a fact
     * that no later change clears) and, while the case is overdue and below the top rung, climbs one
     * rung per escalation step. Returns whether anything changed.
     */
    public boolean checkDeadlines(Instant now, List<AreaRef> ancestors, CrisisPolicy policy, UnitDirectory directory) {
        int before = changes.size();
        if (status == CaseStatus.OPEN && acknowledgeBy != null && !acknowledgeOverdue && !now.isBefore(acknowledgeBy)) {
            acknowledgeOverdue = true;
            acknowledgeBreached = true;
            bump(now, SYSTEM, "SLA_BREACHED", "not acknowledged by " + acknowledgeBy);
            changes.add(new CrisisEvent.SlaBreached(version, now, "ACKNOWLEDGE"));
        }
        if (awaitingContact() && !contactOverdue && !now.isBefore(firstContactBy)) {
            contactOverdue = true;
            firstContactBreached = true;
            bump(now, SYSTEM, "SLA_BREACHED", "no first contact by " + firstContactBy);
            changes.add(new CrisisEvent.SlaBreached(version, now, "FIRST_CONTACT"));
        }
        if (status != CaseStatus.CLOSED) {
            for (int i = 0; i < assignments.size(); i++) {
                UnitAssignment a = assignments.get(i);
                boolean ack = a.awaitingAcknowledge() && a.acknowledgeBy() != null && !a.acknowledgeBreached()
                        && !now.isBefore(a.acknowledgeBy());
                boolean contact = a.awaitingContact() && a.contactBy() != null && !a.contactBreached()
                        && !now.isBefore(a.contactBy());
                if (!ack && !contact) {
                    continue;
                }
                assignments.set(i, a.breached(ack, contact));
                for (String deadline : ack && contact ? List.of("ACKNOWLEDGE", "FIRST_CONTACT")
                        : List.of(ack ? "ACKNOWLEDGE" : "FIRST_CONTACT")) {
                    Instant due = "ACKNOWLEDGE".equals(deadline) ? a.acknowledgeBy() : a.contactBy();
                    bump(now, SYSTEM, "UNIT_SLA_BREACHED", a.unit() + ": " + deadline.toLowerCase().replace('_', ' ')
                            + " due " + due);
                    changes.add(new CrisisEvent.UnitSlaBreached(version, now, a.unit(), deadline));
                    notify(Notification.Kind.BREACHED, a.unit().name(), areaCode, due, now, directory);
                }
            }
        }
        if (overdue() && !escalationLevel.isTop()) {
            Instant due = lastEscalatedAt() == null ? now : lastEscalatedAt().plus(policy.of(tier).escalationStep());
            if (!now.isBefore(due)) {
                escalate(SYSTEM, now, contactOverdue ? EscalationReason.FIRST_CONTACT_OVERDUE
                        : EscalationReason.ACKNOWLEDGE_OVERDUE, null, ancestors, directory);
            }
        }
        Instant previous = nextCheckAt;
        recomputeNextCheck(policy);
        return changes.size() > before || !Objects.equals(previous, nextCheckAt);
    }

    /**
     * A unit's receipt: its staff acknowledge the unit's assignment. The first unit to acknowledge
     * acknowledges the case too. Returns false when the unit had already acknowledged (a repeat).
     */
    public boolean acknowledgeUnit(ResponderUnit unit, String actor, Instant now, CrisisPolicy policy) {
        requireOpen();
        int i = activeAssignment(unit);
        UnitAssignment a = assignments.get(i);
        if (a.acknowledgedAt() != null) {
            return false;
        }
        UnitAssignment done = a.acknowledged(now, actor);
        assignments.set(i, done);
        boolean onTime = done.acknowledgedOnTime();
        bump(now, actor, "UNIT_ACKNOWLEDGED", unit + (onTime ? " on time" : " late"));
        changes.add(new CrisisEvent.UnitResponded(version, now, unit, "ACKNOWLEDGE", onTime));
        if (status == CaseStatus.OPEN) {
            doAcknowledge(actor, now);
        }
        recomputeNextCheck(policy);
        return true;
    }

    /**
     * A unit made contact with the person. The first responder's contact meets the case's deadlines
     * (the case goes IN_CONTACT); each unit's own contact deadline stays its own. Returns false on a repeat.
     */
    public boolean contactByUnit(ResponderUnit unit, String actor, Instant now, String note, CrisisPolicy policy) {
        requireOpen();
        int i = activeAssignment(unit);
        UnitAssignment a = assignments.get(i);
        if (a.contactedAt() != null) {
            return false;
        }
        UnitAssignment done = a.contacted(now, actor);
        assignments.set(i, done);
        boolean onTime = !done.contactBreached() && (done.contactBy() == null || !now.isAfter(done.contactBy()));
        bump(now, actor, "UNIT_CONTACTED", unit + (onTime ? " on time" : " late") + reasonSuffix(note));
        changes.add(new CrisisEvent.UnitResponded(version, now, unit, "FIRST_CONTACT", onTime));
        if (awaitingContact()) {
            recordFirstContact(actor, now, unit + " made contact", policy);
        }
        recomputeNextCheck(policy);
        return true;
    }

    /** The unit's current (not released) assignment; 404-like when the case has none for it. */
    private int activeAssignment(ResponderUnit unit) {
        for (int i = assignments.size() - 1; i >= 0; i--) {
            if (assignments.get(i).unit() == unit && assignments.get(i).active()) {
                return i;
            }
        }
        throw new RuleException(Kind.CONFLICT, "unit-not-assigned", "The case has no current assignment for " + unit);
    }

    /** The current assignment of a unit, if any. */
    public UnitAssignment assignment(ResponderUnit unit) {
        for (int i = assignments.size() - 1; i >= 0; i--) {
            if (assignments.get(i).unit() == unit && assignments.get(i).active()) {
                return assignments.get(i);
            }
        }
        return null;
    }

    /**
     * A later trigger for the same person and origin class (a second critical screen, a second save of a
     * hotline call, a second click on "open case"): it lands on this case's timeline instead of opening
     * another. Returns false when that origin already joined (a redelivery).
     */
    public boolean join(CaseSource from, String ref, RiskTier triggerTier, String actor, Instant now) {
        requireOpen();
        if (ref.equals(sourceRef) || joinedRefs.contains(ref)) {
            return false;
        }
        joinedRefs.add(ref);
        bump(now, actor, "JOINED", triggerTier + " from " + from + " (" + ref + ")");
        changes.add(new CrisisEvent.Joined(version, now, from, ref));
        return true;
    }

    /** Whether a request (hashed key) was already applied; remembers it otherwise. */
    public boolean handled(String requestKey) {
        return requestKey != null && handledRequests.contains(requestKey);
    }

    public void rememberRequest(String requestKey) {
        if (requestKey == null || handledRequests.contains(requestKey)) {
            return;
        }
        handledRequests.add(requestKey);
        while (handledRequests.size() > KEPT_REQUESTS) {
            handledRequests.remove(0);
        }
    }

    /**
     * A delivery receipt for one of the case's notifications (from the delivery adapter or the
     * gateway). Receipts only move a notification forward; every receipt is kept. Returns false when
     * the receipt changes nothing (a repeat).
     */
    public boolean recordReceipt(String notificationId, Notification.Status receipt, String source, String reference,
            Instant now) {
        for (int i = 0; i < notifications.size(); i++) {
            Notification n = notifications.get(i);
            if (!n.id().equals(notificationId)) {
                continue;
            }
            for (Notification.Receipt r : n.receipts()) {
                if (r.status() == receipt && Objects.equals(r.source(), source)) {
                    return false;
                }
            }
            List<Notification.Receipt> receipts = new ArrayList<>(n.receipts());
            receipts.add(new Notification.Receipt(now, receipt, source, reference));
            Notification.Status next = receipt.isAfter(n.status()) ? receipt : n.status();
            notifications.set(i, new Notification(n.id(), n.kind(), n.role(), n.organisationId(), n.areaCode(),
                    n.channel(), n.at(), n.deadline(), next, receipts));
            bump(now, SYSTEM, "NOTIFICATION_" + receipt.name(), n.kind() + " to " + n.role());
            return true;
        }
        throw new RuleException(Kind.CONFLICT, "unknown-notification", "No such notification on this case");
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
            notify(Notification.Kind.SIGN_OFF_REQUESTED, "SIGN_OFF", areaCode, null, now, directoryInUse);
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
            notify(Notification.Kind.SIGN_OFF_REQUESTED, "SIGN_OFF", areaCode, null, now, directoryInUse);
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

    /**
     * A second person turns the pending request down (the requester cannot), or the requester withdraws
     * it; the case stays as it was and both land on the timeline.
     */
    public void rejectSignOff(PendingSignOff.Kind kind, String actor, Instant now, String reason) {
        PendingSignOff p = requirePending(kind);
        if (p.requestedBy().equals(actor)) {
            throw new RuleException(Kind.FORBIDDEN, "second-person-required",
                    "A request is rejected by a different person than the requester (the requester withdraws it)");
        }
        pendingSignOff = null;
        bump(now, actor, "SIGN_OFF_REJECTED", kind + " requested by " + p.requestedBy() + reasonSuffix(reason));
    }

    public void withdrawSignOff(PendingSignOff.Kind kind, String actor, Instant now) {
        PendingSignOff p = requirePending(kind);
        if (!p.requestedBy().equals(actor)) {
            throw new RuleException(Kind.FORBIDDEN, "requester-only", "Only the requester withdraws a request");
        }
        pendingSignOff = null;
        bump(now, actor, "SIGN_OFF_WITHDRAWN", kind.name());
    }

    private PendingSignOff requirePending(PendingSignOff.Kind kind) {
        requireOpen();
        if (pendingSignOff == null || pendingSignOff.kind() != kind) {
            throw new RuleException(Kind.CONFLICT, "nothing-to-sign-off",
                    "There is no pending " + kind.name().toLowerCase().replace('_', ' ') + " to sign off");
        }
        return pendingSignOff;
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
            // the new deadline's own miss; a breach already recorded stays a fact (acknowledgeBreached)
            acknowledgeOverdue = acknowledgeOverdue && acknowledgeBy != null && !now.isBefore(acknowledgeBy);
        }
        if (awaitingContact()) {
            Instant contact = now.plus(p.firstContact());
            firstContactBy = raise && firstContactBy.isBefore(contact) ? firstContactBy : contact;
            contactOverdue = contactOverdue && !now.isBefore(firstContactBy);
        }
        bump(now, actor, "TIER_CHANGED", from + " → " + to + ", routed to " + assignees);
        changes.add(new CrisisEvent.TierChanged(version, now, from, to, assignees));
        for (int i = 0; i < assignments.size(); i++) {
            if (assignments.get(i).active() && !assignees.contains(assignments.get(i).unit())) {
                assignments.set(i, assignments.get(i).released(now));
            }
        }
        assign(assignees.stream().filter(u -> assignment(u) == null).toList(), p, now, directoryInUse);
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

    private void escalate(String actor, Instant now, EscalationReason reason, String note, List<AreaRef> ancestors,
            UnitDirectory directory) {
        EscalationLevel from = escalationLevel;
        EscalationLevel to = from.next();
        Escalation e = new Escalation(now, from, to, reason, targetArea(to, ancestors));
        escalationLevel = to;
        escalations.add(e);
        bump(now, actor, "ESCALATED", from + " → " + to + " (" + reason + ")"
                + (e.targetAreaCode() == null ? "" : " to area " + e.targetAreaCode()) + reasonSuffix(note));
        changes.add(new CrisisEvent.Escalated(version, now, e));
        notify(Notification.Kind.ESCALATED, to.name(), e.targetAreaCode() == null ? areaCode : e.targetAreaCode(),
                firstContactAt == null ? firstContactBy : null, now, directory);
    }

    /** Each unit gets its own task with the tier's deadlines, and an ASSIGNED notification. */
    private void assign(List<ResponderUnit> units, CrisisPolicy.TierPolicy p, Instant now, UnitDirectory directory) {
        for (ResponderUnit u : units) {
            UnitContact contact = directory.of(u.name());
            UnitAssignment a = new UnitAssignment(u, contact == null ? null : contact.organisationId(),
                    contact == null ? null : contact.organisationName(), now,
                    p.acknowledge() == null ? null : now.plus(p.acknowledge()), now.plus(p.firstContact()), null, null,
                    null, null, false, false, null);
            assignments.add(a);
            notify(Notification.Kind.ASSIGNED, u.name(), areaCode,
                    a.acknowledgeBy() != null ? a.acknowledgeBy() : a.contactBy(), now, directory);
        }
    }

    /** An outbound message to the organisation playing {@code role} (recorded even when none is configured). */
    private void notify(Notification.Kind kind, String role, String toArea, Instant deadline, Instant now,
            UnitDirectory directory) {
        UnitContact contact = directory == null ? null : directory.of(role);
        Notification n = new Notification("nt-" + UUID.randomUUID(), kind, role,
                contact == null ? null : contact.organisationId(), toArea, contact == null ? null : contact.channel(),
                now, deadline, Notification.Status.REQUESTED, List.of());
        notifications.add(n);
        changes.add(new CrisisEvent.NotificationRequested(version, now, n));
    }

    /** The directory a command's notifications resolve against (set by the service before each change). */
    private UnitDirectory directoryInUse = UnitDirectory.EMPTY;

    public CrisisCase using(UnitDirectory directory) {
        this.directoryInUse = directory == null ? UnitDirectory.EMPTY : directory;
        return this;
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
        if (status == CaseStatus.OPEN && acknowledgeBy != null && !acknowledgeOverdue) {
            candidates.add(acknowledgeBy);
        }
        if (awaitingContact() && !contactOverdue) {
            candidates.add(firstContactBy);
        }
        if (status != CaseStatus.CLOSED) {
            for (UnitAssignment a : assignments) {
                if (a.awaitingAcknowledge() && a.acknowledgeBy() != null && !a.acknowledgeBreached()) {
                    candidates.add(a.acknowledgeBy());
                }
                if (a.awaitingContact() && a.contactBy() != null && !a.contactBreached()) {
                    candidates.add(a.contactBy());
                }
            }
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
        return (status == CaseStatus.OPEN && acknowledgeOverdue) || (awaitingContact() && contactOverdue);
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
    public List<UnitAssignment> assignments() { return List.copyOf(assignments); }
    public List<Notification> notifications() { return List.copyOf(notifications); }
    public List<String> joinedRefs() { return List.copyOf(joinedRefs); }
    public List<String> handledRequests() { return List.copyOf(handledRequests); }
    public boolean acknowledgeOverdue() { return acknowledgeOverdue; }
    public boolean contactOverdue() { return contactOverdue; }
    public String originClass() { return CaseSource.originClass(source, sourceRef); }
}
