package org.socialpsych.chassis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class PlatformPrincipalTest {

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder b = Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60)).subject("u1");
        claims.forEach(b::claim);
        return b.build();
    }

    @Test
    void shouldSeeItsOwnSubtreeButNotASiblingAtTheSameLevel() {
        PlatformPrincipal town = JwtClaimsMapper.principal(jwt(Map.of("roles", List.of("AREA_ADMIN"),
                "areas", List.of("330327001"))));
        assertThat(town.canView(List.of("3303", "330327", "330327001", "330327001001"))).isTrue();
        assertThat(town.canView(List.of("3303", "330327", "330327001"))).isTrue();
        assertThat(town.canView(List.of("3303", "330327", "330327002"))).isFalse();
        assertThat(town.canView(List.of("3303", "330327"))).as("a town does not see its county").isFalse();
        assertThat(town.canView(null)).isFalse();
    }

    @Test
    void shouldReadKeycloakRealmRolesAndDropUnknownRoles() {
        PlatformPrincipal p = JwtClaimsMapper.principal(jwt(Map.of("realm_access",
                Map.of("roles", List.of("CLINICIAN", "offline_access")), "roles", List.of("ROOT"),
                "areas", "330327 330328")));
        assertThat(p.roles()).containsExactly("CLINICIAN");
        assertThat(p.viewAreas()).containsExactlyInAnyOrder("330327", "330328");
    }

    @Test
    void shouldSeparateViewAndCaptureScopes() {
        PlatformPrincipal p = JwtClaimsMapper.principal(jwt(Map.of("roles", List.of("GRID_WORKER"),
                "viewAreas", List.of("330327001"), "captureAreas", List.of("330327001001-g01"))));
        List<String> grid2 = List.of("330327", "330327001", "330327001001", "330327001001-g02");
        assertThat(p.canView(grid2)).isTrue();
        assertThat(p.canCapture(grid2)).isFalse();
        assertThat(p.canCapture(List.of("330327001", "330327001001", "330327001001-g01"))).isTrue();
    }

    @Test
    void shouldLetSystemAdminsSeeEverything() {
        PlatformPrincipal admin = new PlatformPrincipal("a", Set.of(Roles.SYSTEM_ADMIN), Set.of(), Set.of(), "user");
        assertThat(admin.canView(List.of("9999"))).isTrue();
    }
}
