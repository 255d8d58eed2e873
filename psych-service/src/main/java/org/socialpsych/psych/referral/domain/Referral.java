package org.socialpsych.psych.referral.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.common.domain.RuleException.Kind;

/**
 * A referral (转介) as a closed loop: offered → accepted or declined (reason) → first contact →
 * outcome reported back to the sender. A decline, or no answer by {@code respondBy}, re-offers the
 * referral to the next receiver when there is one; otherwise it waits UNROUTED for the sender.
 */
public final class Referral {

    private final String id;
    private final String subjectId;
    private final ReferralType type;
    private final String fromServicePointId;
    private final String sender;
    private final String areaCode;
    private final List<String> areaPath;
    private final String crisisCaseId;
    private final List<String> alternatives;
    private final Instant createdAt;
    private String toServicePointId;
    private final List<String> tried;
    private ReferralStatus status;
    private int attempt;
    private Instant respondBy;
    private Instant acceptedAt;
    private Instant firstContactBy;
    private Instant firstContactAt;
    private boolean reminded;
    private ReferralOutcome outcome;
    private Instant closedAt;
    private Instant nextCheckAt;
    private final List<ReferralTimelineEntry> timeline;
    private long version;
    private final List<ReferralEvent> changes = new ArrayList<>();

    public Referral(String id, String subjectId, ReferralType type, String fromServicePointId, String sender,
            String areaCode, List<String> areaPath, String crisisCaseId, List<String> alternatives, Instant createdAt,
            String toServicePointId, List<String> tried, ReferralStatus status, int attempt, Instant respondBy,
            Instant acceptedAt, Instant firstContactBy, Instant firstContactAt, boolean reminded,
            ReferralOutcome outcome, Instant closedAt, Instant nextCheckAt, List<ReferralTimelineEntry> timeline,
            long version) {
        this.id = id;
        this.subjectId = subjectId;
        this.type = type;
        this.fromServicePointId = fromServicePointId;
        this.sender = sender;
        this.areaCode = areaCode;
        this.areaPath = List.copyOf(areaPath);
        this.crisisCaseId = crisisCaseId;
        this.alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        this.createdAt = createdAt;
        this.toServicePointId = toServicePointId;
        this.tried = new ArrayList<>(tried == null ? List.of() : tried);
        this.status = status;
        this.attempt = attempt;
        this.respondBy = respondBy;
        this.acceptedAt = acceptedAt;
        this.firstContactBy = firstContactBy;
        this.firstContactAt = firstContactAt;
        this.reminded = reminded;
        this.outcome = outcome;
        this.closedAt = closedAt;
        this.nextCheckAt = nextCheckAt;
        this.timeline = new ArrayList<>(timeline == null ? List.of() : timeline);
        this.version = version;
    }

    public static Referral offer(String id, String subjectId, ReferralType type, String fromServicePointId,
            String toServicePointId, List<String> alternatives, String areaCode, List<String> areaPath,
            String crisisCaseId, String sender, Instant now, ReferralPolicy policy) {
        Objects.requireNonNull(toServicePointId, "toServicePointId");
        if (toServicePointId.equals(fromServicePointId)) {
            throw new RuleException(Kind.INVALID, "referral-to-self", "A service point cannot refer to itself");
        }
        Referral r = new Referral(id, subjectId, type, fromServicePointId, sender, areaCode, areaPath, crisisCaseId,
                alternatives, now, null, List.of(), ReferralStatus.OFFERED, 0, null, null, null, null, false, null,
                null, null, List.of(), 0);
        r.offerTo(toServicePointId, sender, now, policy);
        return r;
    }

    private void offerTo(String receiver, String actor, Instant now, ReferralPolicy policy) {
        toServicePointId = receiver;
        tried.add(receiver);
        attempt++;
        status = ReferralStatus.OFFERED;
        respondBy = now.plus(policy.of(type).respond());
        bump(now, actor, "OFFERED", "to " + receiver + " (attempt " + attempt + "), answer by " + respondBy);
        changes.add(new ReferralEvent.Offered(version, now, receiver, attempt));
        nextCheckAt = respondBy;
    }

    /** The next receiver to try: the sender's alternatives first, not yet tried. */
    public List<String> untriedAlternatives() {
        return alternatives.stream().filter(a -> !tried.contains(a)).toList();
    }

    public void accept(String actor, Instant now, ReferralPolicy policy) {
        require(ReferralStatus.OFFERED, "not-offered", "Only an offered referral can be accepted");
        status = ReferralStatus.ACCEPTED;
        acceptedAt = now;
        firstContactBy = now.plus(policy.of(type).firstContact());
        boolean onTime = !now.isAfter(respondBy);
        bump(now, actor, "ACCEPTED", "by " + toServicePointId + ", first contact by " + firstContactBy);
        changes.add(new ReferralEvent.Accepted(version, now, toServicePointId, attempt, onTime));
        nextCheckAt = firstContactBy;
    }

    /**
     * The receiver declines (or, from the timer, did not answer: {@code NO_RESPONSE}); the referral is
     * re-offered to {@code next} when given, otherwise it waits UNROUTED for the sender.
     */
    public void decline(DeclineReason reason, String actor, Instant now, String next, ReferralPolicy policy) {
        require(ReferralStatus.OFFERED, "not-offered", "Only an offered referral can be declined");
        Objects.requireNonNull(reason, "reason");
        boolean rerouted = next != null && !tried.contains(next);
        bump(now, actor, "DECLINED", toServicePointId + ": " + reason);
        changes.add(new ReferralEvent.Declined(version, now, toServicePointId, attempt, reason, rerouted));
        if (rerouted) {
            offerTo(next, actor, now, policy);
        } else {
            status = ReferralStatus.UNROUTED;
            nextCheckAt = null;
            log(now, actor, "UNROUTED", "no further receiver; back to the sender " + sender);
        }
    }

    /** The sender (or an admin) offers an unrouted referral to a receiver of their choice. */
    public void redirect(String receiver, String actor, Instant now, ReferralPolicy policy) {
        require(ReferralStatus.UNROUTED, "not-unrouted", "Only an unrouted referral can be redirected");
        offerTo(receiver, actor, now, policy);
    }

    public void recordFirstContact(String actor, Instant now) {
        require(ReferralStatus.ACCEPTED, "not-accepted", "First contact follows acceptance");
        status = ReferralStatus.IN_CONTACT;
        firstContactAt = now;
        bump(now, actor, "FIRST_CONTACT", !now.isAfter(firstContactBy) ? "on time" : "late");
        nextCheckAt = null;
    }

    /** The outcome goes back to the sender; the loop is closed. */
    public void close(ReferralOutcome outcome, String actor, Instant now, String note) {
        if (status == ReferralStatus.CLOSED) {
            throw new RuleException(Kind.CONFLICT, "referral-closed", "The referral is closed");
        }
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == ReferralOutcome.TREATED && (acceptedAt == null || firstContactAt == null)) {
            throw new RuleException(Kind.CONFLICT, "not-in-contact",
                    "A referral is closed TREATED only after the receiver accepted it and made first contact");
        }
        status = ReferralStatus.CLOSED;
        this.outcome = outcome;
        closedAt = now;
        nextCheckAt = null;
        bump(now, actor, "CLOSED", outcome + (note == null || note.isBlank() ? "" : ": " + note)
                + "; outcome reported to " + sender);
        changes.add(new ReferralEvent.Closed(version, now, outcome));
    }

    /**
     * The timer: an offer unanswered by {@code respondBy} counts as declined (NO_RESPONSE) and is
     * re-routed to {@code next}; an accepted referral without first contact by its due date gets a
     * reminder on the timeline. Returns whether anything changed.
     */
    public boolean checkDeadlines(Instant now, String next, ReferralPolicy policy) {
        if (status == ReferralStatus.OFFERED && !now.isBefore(respondBy)) {
            decline(DeclineReason.NO_RESPONSE, "system", now, next, policy);
            return true;
        }
        if (status == ReferralStatus.ACCEPTED && !reminded && !now.isBefore(firstContactBy)) {
            reminded = true;
            bump(now, "system", "REMINDER", "no first contact by " + firstContactBy + "; sender " + sender
                    + " and receiver " + toServicePointId + " reminded");
            nextCheckAt = null;
            return true;
        }
        return false;
    }

    public boolean firstContactOnTime() {
        return firstContactAt != null && firstContactBy != null && !firstContactAt.isAfter(firstContactBy);
    }

    private void require(ReferralStatus wanted, String code, String message) {
        if (status != wanted) {
            throw new RuleException(Kind.CONFLICT, code, message + "; it is " + status);
        }
    }

    private void bump(Instant now, String actor, String action, String detail) {
        version++;
        log(now, actor, action, detail);
    }

    private void log(Instant now, String actor, String action, String detail) {
        timeline.add(new ReferralTimelineEntry(now, actor, action, detail));
    }

    public List<ReferralEvent> changes() { return Collections.unmodifiableList(changes); }
    public String id() { return id; }
    public String subjectId() { return subjectId; }
    public ReferralType type() { return type; }
    public String fromServicePointId() { return fromServicePointId; }
    public String sender() { return sender; }
    public String areaCode() { return areaCode; }
    public List<String> areaPath() { return areaPath; }
    public String crisisCaseId() { return crisisCaseId; }
    public List<String> alternatives() { return alternatives; }
    public Instant createdAt() { return createdAt; }
    public String toServicePointId() { return toServicePointId; }
    public List<String> tried() { return List.copyOf(tried); }
    public ReferralStatus status() { return status; }
    public int attempt() { return attempt; }
    public Instant respondBy() { return respondBy; }
    public Instant acceptedAt() { return acceptedAt; }
    public Instant firstContactBy() { return firstContactBy; }
    public Instant firstContactAt() { return firstContactAt; }
    public boolean reminded() { return reminded; }
    public ReferralOutcome outcome() { return outcome; }
    public Instant closedAt() { return closedAt; }
    public Instant nextCheckAt() { return nextCheckAt; }
    public List<ReferralTimelineEntry> timeline() { return List.copyOf(timeline); }
    public long version() { return version; }
}
