package org.socialpsych.psych.crisis.domain;

/** The escalation ladder: grid team → town → county → hotline/120/110 (EMERGENCY, the top). */
public enum EscalationLevel {
    GRID_TEAM, TOWN, COUNTY, EMERGENCY;

    public boolean isTop() {
        return this == EMERGENCY;
    }

    public EscalationLevel next() {
        return isTop() ? this : values()[ordinal() + 1];
    }

    /** The area level (grid-service's level names) whose responders this rung reaches; null for EMERGENCY. */
    public String areaLevel() {
        return switch (this) {
            case GRID_TEAM -> null;
            case TOWN -> "TOWN";
            case COUNTY -> "COUNTY";
            case EMERGENCY -> null;
        };
    }
}
