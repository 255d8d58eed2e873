package org.socialpsych.psych.practitioner.domain;

/** Practitioner categories of docs/domain.md §3. */
public enum PractitionerCategory {
    PSYCHOLOGICAL_PROFESSIONAL, COUNSELLOR, SOCIAL_WORKER, VOLUNTEER, PSYCHIATRIST, SMD_DOCTOR, PSYCHOLOGY_TEACHER,
    COMMUNITY_DOCTOR, OTHER
}
