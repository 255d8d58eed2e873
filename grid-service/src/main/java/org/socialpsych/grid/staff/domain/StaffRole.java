package org.socialpsych.grid.staff.domain;

/** "1+n+n": one grid leader, several grid workers and volunteers per grid. */
public enum StaffRole {
    LEADER, WORKER, VOLUNTEER
}
