package org.socialpsych.grid.resident.domain;

/** Why a resident left the register: moved out of the county, died, or was deregistered. */
public enum DepartureReason {
    MOVED_OUT, DECEASED, DEREGISTERED
}
