package org.socialpsych.psych.servicepoint.domain;

/** Construction status, in order: planned → built → standardised → demonstration. */
public enum ServicePointStatus {
    PLANNED, BUILT, STANDARDISED, DEMONSTRATION;

    /** Status only moves forward (a step may be skipped, e.g. built straight to demonstration). */
    public boolean canMoveTo(ServicePointStatus next) {
        return next.ordinal() > ordinal();
    }
}
