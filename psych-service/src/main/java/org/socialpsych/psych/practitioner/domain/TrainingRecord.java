package org.socialpsych.psych.practitioner.domain;

import java.time.LocalDate;

/** Hours of one curriculum module completed on a date. */
public record TrainingRecord(String module, int hours, LocalDate completedOn) {
}
