package org.socialpsych.psych.smd.domain;

import java.time.LocalDate;

/** One follow-up: date, risk 0–5, marked symptoms, the resulting classification and whether it was on time. */
public record SmdFollowUp(LocalDate date, int risk, boolean markedSymptoms, SmdClassification classification,
        boolean onTime, LocalDate nextDue, String by, String note) {
}
