package org.socialpsych.events.psych;

import java.util.List;

import org.socialpsych.events.EventCatalog.Entry;
import org.socialpsych.events.Topics;

/** Event types owned by psych-service. Payloads carry pseudonymous subject ids only. */
public final class PsychEvents {
    public static final String CRISIS_CASE_OPENED = "org.socialpsych.psych.CrisisCaseOpened.v1";
    public static final String CRISIS_CASE_ACKNOWLEDGED = "org.socialpsych.psych.CrisisCaseAcknowledged.v1";
    public static final String CRISIS_CASE_FIRST_CONTACT_MADE = "org.socialpsych.psych.CrisisCaseFirstContactMade.v1";
    public static final String CRISIS_CASE_UNIT_RECEIPT = "org.socialpsych.psych.CrisisCaseUnitReceipt.v1";
    public static final String CRISIS_CASE_ESCALATED = "org.socialpsych.psych.CrisisCaseEscalated.v1";
    public static final String CRISIS_CASE_TIER_CHANGED = "org.socialpsych.psych.CrisisCaseTierChanged.v1";
    public static final String CRISIS_CASE_CLOSED = "org.socialpsych.psych.CrisisCaseClosed.v1";
    /** A closed case's retention period ended; it is a tombstone now and derived copies are removed. */
    public static final String CRISIS_CASE_PURGED = "org.socialpsych.psych.CrisisCasePurged.v1";
    public static final String SERVICE_POINT_REGISTERED = "org.socialpsych.psych.ServicePointRegistered.v1";
    public static final String SERVICE_POINT_STATUS_CHANGED = "org.socialpsych.psych.ServicePointStatusChanged.v1";
    public static final String PRACTITIONER_REGISTERED = "org.socialpsych.psych.PractitionerRegistered.v1";
    public static final String PRACTITIONER_TRAINING_RECORDED = "org.socialpsych.psych.PractitionerTrainingRecorded.v1";
    public static final String HOTLINE_CALL_RECORDED = "org.socialpsych.psych.HotlineCallRecorded.v1";
    public static final String REFERRAL_OFFERED = "org.socialpsych.psych.ReferralOffered.v1";
    public static final String REFERRAL_ACCEPTED = "org.socialpsych.psych.ReferralAccepted.v1";
    public static final String REFERRAL_DECLINED = "org.socialpsych.psych.ReferralDeclined.v1";
    public static final String REFERRAL_CLOSED = "org.socialpsych.psych.ReferralClosed.v1";
    public static final String SMD_PATIENT_REGISTERED = "org.socialpsych.psych.SmdPatientRegistered.v1";
    public static final String SMD_FOLLOW_UP_RECORDED = "org.socialpsych.psych.SmdFollowUpRecorded.v1";
    public static final String APPOINTMENT_BOOKED = "org.socialpsych.psych.AppointmentBooked.v1";
    public static final String APPOINTMENT_CANCELLED = "org.socialpsych.psych.AppointmentCancelled.v1";
    public static final String APPOINTMENT_MISSED = "org.socialpsych.psych.AppointmentMissed.v1";
    public static final String COUNSELLING_SESSION_RECORDED = "org.socialpsych.psych.CounsellingSessionRecorded.v1";
    public static final String CONSENT_GIVEN = "org.socialpsych.psych.ConsentGiven.v1";
    public static final String CONSENT_REVOKED = "org.socialpsych.psych.ConsentRevoked.v1";
    /** Outbound messages to responder organisations (assignments, escalations, breaches, sign-off requests, dispatches). */
    public static final String NOTIFICATION_REQUESTED = "org.socialpsych.psych.NotificationRequested.v1";
    /** A LOW flag or LOW hotline triage becomes a grid follow-up task (grid-service owns the task). */
    public static final String LOW_RISK_FOLLOW_UP_REQUESTED = "org.socialpsych.psych.LowRiskFollowUpRequested.v1";

    public static final List<Entry> ENTRIES = List.of(
            new Entry(CRISIS_CASE_OPENED, Topics.PSYCH_CRISIS_CASES, CrisisCaseOpenedV1.class, "psych-service"),
            new Entry(CRISIS_CASE_ACKNOWLEDGED, Topics.PSYCH_CRISIS_CASES, CrisisCaseAcknowledgedV1.class, "psych-service"),
            new Entry(CRISIS_CASE_FIRST_CONTACT_MADE, Topics.PSYCH_CRISIS_CASES, CrisisCaseFirstContactMadeV1.class, "psych-service"),
            new Entry(CRISIS_CASE_UNIT_RECEIPT, Topics.PSYCH_CRISIS_CASES, CrisisCaseUnitReceiptV1.class, "psych-service"),
            new Entry(CRISIS_CASE_ESCALATED, Topics.PSYCH_CRISIS_CASES, CrisisCaseEscalatedV1.class, "psych-service"),
            new Entry(CRISIS_CASE_TIER_CHANGED, Topics.PSYCH_CRISIS_CASES, CrisisCaseTierChangedV1.class, "psych-service"),
            new Entry(CRISIS_CASE_CLOSED, Topics.PSYCH_CRISIS_CASES, CrisisCaseClosedV1.class, "psych-service"),
            new Entry(CRISIS_CASE_PURGED, Topics.PSYCH_CRISIS_CASES, CrisisCasePurgedV1.class, "psych-service"),
            new Entry(SERVICE_POINT_REGISTERED, Topics.PSYCH_SERVICE_POINTS, ServicePointRegisteredV1.class, "psych-service"),
            new Entry(SERVICE_POINT_STATUS_CHANGED, Topics.PSYCH_SERVICE_POINTS, ServicePointStatusChangedV1.class, "psych-service"),
            new Entry(PRACTITIONER_REGISTERED, Topics.PSYCH_PRACTITIONERS, PractitionerRegisteredV1.class, "psych-service"),
            new Entry(PRACTITIONER_TRAINING_RECORDED, Topics.PSYCH_PRACTITIONERS, PractitionerTrainingRecordedV1.class, "psych-service"),
            new Entry(HOTLINE_CALL_RECORDED, Topics.PSYCH_HOTLINE_CALLS, HotlineCallRecordedV1.class, "psych-service"),
            new Entry(REFERRAL_OFFERED, Topics.PSYCH_REFERRALS, ReferralOfferedV1.class, "psych-service"),
            new Entry(REFERRAL_ACCEPTED, Topics.PSYCH_REFERRALS, ReferralAcceptedV1.class, "psych-service"),
            new Entry(REFERRAL_DECLINED, Topics.PSYCH_REFERRALS, ReferralDeclinedV1.class, "psych-service"),
            new Entry(REFERRAL_CLOSED, Topics.PSYCH_REFERRALS, ReferralClosedV1.class, "psych-service"),
            new Entry(SMD_PATIENT_REGISTERED, Topics.PSYCH_SMD_PATIENTS, SmdPatientRegisteredV1.class, "psych-service"),
            new Entry(SMD_FOLLOW_UP_RECORDED, Topics.PSYCH_SMD_PATIENTS, SmdFollowUpRecordedV1.class, "psych-service"),
            new Entry(APPOINTMENT_BOOKED, Topics.PSYCH_APPOINTMENTS, AppointmentBookedV1.class, "psych-service"),
            new Entry(APPOINTMENT_CANCELLED, Topics.PSYCH_APPOINTMENTS, AppointmentCancelledV1.class, "psych-service"),
            new Entry(APPOINTMENT_MISSED, Topics.PSYCH_APPOINTMENTS, AppointmentMissedV1.class, "psych-service"),
            new Entry(COUNSELLING_SESSION_RECORDED, Topics.PSYCH_APPOINTMENTS, CounsellingSessionRecordedV1.class, "psych-service"),
            new Entry(CONSENT_GIVEN, Topics.PSYCH_CONSENTS, ConsentGivenV1.class, "psych-service"),
            new Entry(CONSENT_REVOKED, Topics.PSYCH_CONSENTS, ConsentRevokedV1.class, "psych-service"),
            new Entry(NOTIFICATION_REQUESTED, Topics.PSYCH_NOTIFICATIONS, NotificationRequestedV1.class, "psych-service"),
            new Entry(LOW_RISK_FOLLOW_UP_REQUESTED, Topics.PSYCH_CRISIS_CASES, LowRiskFollowUpRequestedV1.class,
                    "psych-service"));

    private PsychEvents() {
    }
}
