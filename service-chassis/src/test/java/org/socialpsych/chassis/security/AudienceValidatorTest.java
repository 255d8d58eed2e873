package org.socialpsych.chassis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class AudienceValidatorTest {

    static Jwt token(List<String> aud) {
        Jwt.Builder b = Jwt.withTokenValue("t").header("alg", "RS256").subject("u")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        if (aud != null) {
            b.audience(aud);
        }
        return b.build();
    }

    @Test
    void shouldAcceptOnlyTokensMintedForThePlatform() {
        var validator = ChassisSecurityConfiguration.audienceValidator("socialpsych");
        assertThat(validator.validate(token(List.of("socialpsych"))).hasErrors()).isFalse();
        assertThat(validator.validate(token(List.of("account", "socialpsych"))).hasErrors()).isFalse();
        assertThat(validator.validate(token(List.of("another-app"))).hasErrors()).isTrue();
        assertThat(validator.validate(token(null)).hasErrors()).isTrue();
    }
}
