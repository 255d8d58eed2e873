package org.socialpsych.chassis.security;

import java.util.Set;

/** The role ids of docs/domain.md §1. */
public final class Roles {
    public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";
    public static final String AREA_ADMIN = "AREA_ADMIN";
    public static final String GRID_WORKER = "GRID_WORKER";
    public static final String COUNSELLOR = "COUNSELLOR";
    public static final String CLINICIAN = "CLINICIAN";
    public static final String HOTLINE_OPERATOR = "HOTLINE_OPERATOR";
    public static final String POLICE_LIAISON = "POLICE_LIAISON";
    public static final String ANALYST = "ANALYST";
    public static final String AUDITOR = "AUDITOR";
    public static final String RESIDENT = "RESIDENT";
    public static final String EXTERNAL_SYSTEM = "EXTERNAL_SYSTEM";

    public static final Set<String> ALL = Set.of(SYSTEM_ADMIN, AREA_ADMIN, GRID_WORKER, COUNSELLOR, CLINICIAN,
            HOTLINE_OPERATOR, POLICE_LIAISON, ANALYST, AUDITOR, RESIDENT, EXTERNAL_SYSTEM);

    private Roles() {
    }
}
