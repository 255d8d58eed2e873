package org.socialpsych.psych.archive.domain;

/** Why a caller may read a person's archive at all. */
public enum AccessBasis {
    /** the caller's view scope covers the person's owning area (person index) */
    OWNERSHIP,
    /** the caller is a named responder of an open crisis case, or staff of the receiver of an open referral */
    TASK,
    /** a time-limited break-glass grant of the caller, reviewed afterwards */
    BREAK_GLASS
}
