package org.socialpsych.chassis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.server.PathContainer;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** The token rules every service applies (the gateway applies the same ones). */
class TokenRulesTest {

    static Jwt token(String issuer, Instant expires) {
        Jwt.Builder b = Jwt.withTokenValue("t").header("alg", "RS256").subject("u").audience(List.of("socialpsych"))
                .issuedAt(expires == null ? Instant.now().minusSeconds(5) : expires.minusSeconds(600));
        if (issuer != null) {
            b.issuer(issuer);
        }
        if (expires != null) {
            b.expiresAt(expires);
        }
        return b.build();
    }

    @Test
    void shouldRequireAnExpiryAndTheExpectedIssuerAlsoInKeyFileMode() {
        var validator = ChassisSecurityConfiguration.tokenValidator("socialpsych-local", "socialpsych");
        Instant later = Instant.now().plusSeconds(300);
        assertThat(validator.validate(token("socialpsych-local", later)).hasErrors()).isFalse();
        assertThat(validator.validate(token("socialpsych-local", null)).hasErrors()).as("no exp").isTrue();
        assertThat(validator.validate(token("someone-else", later)).hasErrors()).as("foreign iss").isTrue();
        assertThat(validator.validate(token(null, later)).hasErrors()).as("no iss").isTrue();
        assertThat(validator.validate(token("socialpsych-local", Instant.now().minusSeconds(3600))).hasErrors())
                .as("expired").isTrue();
    }

    @Test
    void shouldLimitExternalSystemsToTheirApisEvenWhenTheTokenCarriesOtherRoles() {
        List<PathPattern> allowed = List.of(PathPatternParser.defaultInstance.parse("/api/v1/kpis/**"));
        PathContainer archives = PathContainer.parsePath("/api/v1/archives/r-1");
        PathContainer kpis = PathContainer.parsePath("/api/v1/kpis/x");
        assertThat(ChassisSecurityConfiguration.apiAllowed(Set.of("ROLE_EXTERNAL_SYSTEM"), archives, allowed))
                .isFalse();
        assertThat(ChassisSecurityConfiguration.apiAllowed(Set.of("ROLE_EXTERNAL_SYSTEM", "ROLE_CLINICIAN"),
                archives, allowed)).isFalse();
        assertThat(ChassisSecurityConfiguration.apiAllowed(Set.of("ROLE_EXTERNAL_SYSTEM", "ROLE_CLINICIAN"), kpis,
                allowed)).isTrue();
        assertThat(ChassisSecurityConfiguration.apiAllowed(Set.of("ROLE_CLINICIAN"), archives, allowed)).isTrue();
    }
}
