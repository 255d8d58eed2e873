package org.socialpsych.psych.appointment.domain;

/** How a counselling session was held. */
public enum Modality {
    IN_PERSON, PHONE, VIDEO, GROUP
}
