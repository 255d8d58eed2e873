package org.socialpsych.psych.archive.domain;

/**
 * Whom to call about the person: {@code kind} says in which capacity (SMD_RESPONSIBLE_WORKER,
 * SMD_CASE_TEAM, CRISIS_RESPONDER, CRISIS_UNIT, REFERRAL_RECEIVER, PRACTITIONER), {@code ref} is a
 * staff user id, a responder unit or a service point id; never the person's own data.
 */
public record Contact(String kind, String ref) {
}
