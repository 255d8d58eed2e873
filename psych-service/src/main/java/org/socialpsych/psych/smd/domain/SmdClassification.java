package org.socialpsych.psych.smd.domain;

/** Classification at a follow-up (national SMD norms, docs/domain.md §4.4). */
public enum SmdClassification {
    UNSTABLE, BASICALLY_STABLE, STABLE
}
