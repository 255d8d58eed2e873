package org.socialpsych.psych.servicepoint.domain;

/** Construction status, in order: planned → built → standardised → demonstration. */
public enum ServicePointStatus {
    PLANNED, BUILT, STANDARDISED, DEMONSTRATION
}
