package org.socialpsych.chassis.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads roles and area scopes from the platform's own tokens ({@code roles}, {@code areas},
 * optional {@code viewAreas}/{@code captureAreas}) and from Keycloak tokens
 * ({@code realm_access.roles}; areas from a user-attribute mapper named {@code areas}).
 */
public final class JwtClaimsMapper {

    private JwtClaimsMapper() {
    }

    public static PlatformPrincipal principal(Jwt jwt) {
        Set<String> roles = new LinkedHashSet<>(strings(jwt.getClaim("roles")));
        Object realmAccess = jwt.getClaim("realm_access");
        if (realmAccess instanceof Map<?, ?> m) {
            roles.addAll(strings(m.get("roles")));
        }
        roles.retainAll(Roles.ALL);
        List<String> areas = strings(jwt.getClaim("areas"));
        List<String> view = jwt.hasClaim("viewAreas") ? strings(jwt.getClaim("viewAreas")) : areas;
        List<String> capture = jwt.hasClaim("captureAreas") ? strings(jwt.getClaim("captureAreas")) : areas;
        String clientType = jwt.hasClaim("client_id") && !jwt.hasClaim("preferred_username") ? "client" : "user";
        return new PlatformPrincipal(jwt.getSubject(), roles, new LinkedHashSet<>(view), new LinkedHashSet<>(capture),
                clientType);
    }

    static List<String> strings(Object claim) {
        List<String> out = new ArrayList<>();
        if (claim instanceof Collection<?> c) {
            c.forEach(v -> {
                if (v != null) {
                    out.add(v.toString());
                }
            });
        } else if (claim instanceof String s && !s.isBlank()) {
            for (String part : s.split("[ ,]+")) {
                out.add(part);
            }
        }
        return out;
    }
}
