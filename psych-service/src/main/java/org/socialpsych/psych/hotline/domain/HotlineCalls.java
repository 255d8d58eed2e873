package org.socialpsych.psych.hotline.domain;

/** Rules of hotline call records (DOMAIN.md §3): anonymous by default, a crisis triage opens a case. */
public final class HotlineCalls {

    private HotlineCalls() {
    }

    /** The outcome recorded: a call triaged into a crisis case says so, whatever the operator picked. */
    public static CallOutcome outcome(TriageTier tier, CallOutcome requested) {
        if (tier.opensCrisisCase()) {
            return CallOutcome.CRISIS_CASE_OPENED;
        }
        return requested == null ? CallOutcome.OTHER : requested;
    }

    /** A caller is anonymous unless they agreed to be identified and a pseudonymous subject id is given. */
    public static boolean anonymous(Boolean requestedAnonymous, String callerSubjectId) {
        return !Boolean.FALSE.equals(requestedAnonymous) || callerSubjectId == null || callerSubjectId.isBlank();
    }
}
