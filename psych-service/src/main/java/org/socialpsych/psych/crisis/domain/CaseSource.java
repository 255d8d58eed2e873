package org.socialpsych.psych.crisis.domain;

/** Where a crisis case came from. */
public enum CaseSource {
    RISK_FLAG, HOTLINE, GRID_REPORT, MANUAL
}
