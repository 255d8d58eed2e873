package org.socialpsych.events;

/**
 * Topic names: {@code <context>.<aggregate-plural>.v<major>}, keyed by aggregate id, one topic per
 * aggregate carrying all its event types. Dead-letter topics are {@code <topic>.<group>.dlt}.
 */
public final class Topics {
    public static final String GRID_AREAS = "grid.areas.v1";
    public static final String GRID_RESIDENTS = "grid.residents.v1";
    public static final String GRID_VISITS = "grid.visits.v1";
    public static final String GRID_EVENTS = "grid.grid-events.v1";
    public static final String GRID_INSPECTIONS = "grid.inspections.v1";
    public static final String GRID_STAFF_ASSIGNMENTS = "grid.staff-assignments.v1";
    public static final String PSYCH_SERVICE_POINTS = "psych.service-points.v1";
    public static final String PSYCH_PRACTITIONERS = "psych.practitioners.v1";
    public static final String PSYCH_HOTLINE_CALLS = "psych.hotline-calls.v1";
    public static final String PSYCH_CRISIS_CASES = "psych.crisis-cases.v1";
    public static final String PSYCH_REFERRALS = "psych.referrals.v1";
    public static final String PSYCH_SMD_PATIENTS = "psych.smd-patients.v1";
    public static final String PSYCH_APPOINTMENTS = "psych.appointments.v1";
    public static final String PSYCH_CONSENTS = "psych.consents.v1";
    /** psych-service's outbound messages to responder organisations (delivery adapters consume it) */
    public static final String PSYCH_NOTIFICATIONS = "psych.notifications.v1";
    public static final String ASSESSMENT_ASSESSMENTS = "assessment.assessments.v1";
    public static final String ASSESSMENT_CAMPAIGNS = "assessment.campaigns.v1";

    private Topics() {
    }

    /** The explicit dead-letter topic of a consumer group on a topic. */
    public static String deadLetter(String topic, String group) {
        return topic + "." + group + ".dlt";
    }
}
