package org.socialpsych.psych.crisis.domain;

/** Units a crisis case is routed to (docs/domain.md §4.3). */
public enum ResponderUnit {
    POLICE, HEALTH_OFFICE, COMMUNITY, GOVERNANCE_OFFICE, GRID_TEAM
}
