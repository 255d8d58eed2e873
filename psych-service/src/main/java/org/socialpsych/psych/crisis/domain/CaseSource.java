package org.socialpsych.psych.crisis.domain;

/** Where a crisis case came from. RISK_FLAG, HOTLINE and SESSION are system origins: only the platform sets them. */
public enum CaseSource {
    RISK_FLAG, HOTLINE, GRID_REPORT, MANUAL, SESSION;

    /** Origins only the services owning them may set (never an API caller). */
    public boolean isSystem() {
        return this == RISK_FLAG || this == HOTLINE || this == SESSION;
    }

    /**
     * The origin class a trigger belongs to: one open case per person, origin class and tier; a later
     * trigger of the same class joins it. Screening flags, hotline calls, counselling sessions and
     * reports by staff (by hand or from a grid report) are the four classes.
     */
    public static String originClass(CaseSource source, String sourceRef) {
        if (sourceRef != null && sourceRef.startsWith("session:")) {
            return "SESSION";
        }
        return switch (source) {
            case RISK_FLAG -> "SCREENING";
            case HOTLINE -> "HOTLINE";
            case SESSION -> "SESSION";
            case MANUAL, GRID_REPORT -> "REPORTED";
        };
    }
}
