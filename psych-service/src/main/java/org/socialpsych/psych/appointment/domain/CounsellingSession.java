package org.socialpsych.psych.appointment.domain;

import java.time.Instant;

/**
 * What happened in a session. {@code notes} are classified {@link #NOTES_CLASS}: only clinical
 * roles read them, and they never leave the service.
 */
public record CounsellingSession(Instant recordedAt, String recordedBy, String practitionerId, int durationMinutes,
        Modality modality, ObservedRisk riskObserved, String notes, String notesClass, String crisisCaseId) {

    public static final String NOTES_CLASS = "CLINICAL";
}
