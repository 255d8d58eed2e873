package org.socialpsych.grid.resident.domain;

/**
 * Sensitivity class of a population tag. POLICE_JUSTICE tags are visible only to POLICE_LIAISON
 * (and SYSTEM_ADMIN); SENSITIVE tags are shown to the roles that may see the resident.
 */
public enum Sensitivity {
    GENERAL, SENSITIVE, POLICE_JUSTICE
}
