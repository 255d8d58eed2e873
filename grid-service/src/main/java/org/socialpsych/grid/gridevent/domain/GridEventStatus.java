package org.socialpsych.grid.gridevent.domain;

/**
 * The case loop of docs/domain.md §2: collect → open (立案) → dispatch (派遣) → handle (处置) →
 * feedback (反馈) → verify (核查) → close (结案) → evaluate.
 */
public enum GridEventStatus {
    COLLECTED, OPENED, DISPATCHED, HANDLING, FEEDBACK_GIVEN, VERIFIED, CLOSED, EVALUATED;

    /** Statuses in which the deadline clock runs. */
    public boolean clockRunning() {
        return this == DISPATCHED || this == HANDLING;
    }
}
