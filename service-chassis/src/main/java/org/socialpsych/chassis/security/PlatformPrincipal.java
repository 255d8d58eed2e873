package org.socialpsych.chassis.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Who is calling, read from the validated JWT: subject, roles and area scopes (codes of subtree
 * roots), separately for viewing and capturing (DHIS2's model). A scope covers its whole subtree:
 * an area is in scope when one of the codes on its path (root → area) is a scope code.
 */
public record PlatformPrincipal(String subject, Set<String> roles, Set<String> viewAreas, Set<String> captureAreas,
        String clientType) {

    public PlatformPrincipal {
        roles = Set.copyOf(roles);
        viewAreas = Set.copyOf(viewAreas);
        captureAreas = Set.copyOf(captureAreas);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Collection<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    public boolean isSystemAdmin() {
        return roles.contains(Roles.SYSTEM_ADMIN);
    }

    /** True when the area whose ancestor path (root first, area last) is given lies in a view scope;
     * a token without any role sees nothing, whatever areas it names. */
    public boolean canView(List<String> areaPath) {
        return isSystemAdmin() || !roles.isEmpty() && covers(viewAreas, areaPath);
    }

    public boolean canCapture(List<String> areaPath) {
        return isSystemAdmin() || !roles.isEmpty() && covers(captureAreas, areaPath);
    }

    private static boolean covers(Set<String> scopes, List<String> areaPath) {
        if (areaPath == null) {
            return false;
        }
        for (String code : areaPath) {
            if (scopes.contains(code)) {
                return true;
            }
        }
        return false;
    }
}
