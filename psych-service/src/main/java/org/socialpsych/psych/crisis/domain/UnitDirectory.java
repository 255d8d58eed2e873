package org.socialpsych.psych.crisis.domain;

import java.util.Map;

/** The organisations configured for a case's area, by role (nearest configuration up the tree wins). */
public record UnitDirectory(Map<String, UnitContact> byRole) {

    public static final UnitDirectory EMPTY = new UnitDirectory(Map.of());

    public UnitDirectory {
        byRole = byRole == null ? Map.of() : Map.copyOf(byRole);
    }

    /** The contact for a role, or null when no area up the tree configured one. */
    public UnitContact of(String role) {
        return byRole.get(role);
    }
}
