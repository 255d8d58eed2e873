package org.socialpsych.psych.hotline.domain;

/** Rules of hotline call records (docs/domain.md §3): anonymous by default, a crisis triage opens a case. */
public final class HotlineCalls {

    private HotlineCalls() {
    }

    /**
     * The outcome recorded: the operator's, when given (a crisis triage still links its case); without
     * one, a call triaged into a crisis case says so.
     */
    public static CallOutcome outcome(TriageTier tier, CallOutcome requested) {
        if (requested != null) {
            return requested;
        }
        return tier.opensCrisisCase() ? CallOutcome.CRISIS_CASE_OPENED : CallOutcome.OTHER;
    }

    /**
     * A caller is anonymous when no pseudonymous subject id is given or the operator marks the call
     * anonymous; a known caller's id given by the operator is kept.
     */
    public static boolean anonymous(Boolean requestedAnonymous, String callerSubjectId) {
        return Boolean.TRUE.equals(requestedAnonymous) || callerSubjectId == null || callerSubjectId.isBlank();
    }

    /** How far ahead of the service's clock a start time may lie (clock skew of the seat's device). */
    public static final java.time.Duration START_TOLERANCE = java.time.Duration.ofMinutes(5);
}
