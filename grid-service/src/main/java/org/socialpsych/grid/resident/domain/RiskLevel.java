package org.socialpsych.grid.resident.domain;

/** The governance risk colour a grid worker sees (never scores or diagnoses). */
public enum RiskLevel {
    NONE, LOW, MEDIUM, HIGH
}
