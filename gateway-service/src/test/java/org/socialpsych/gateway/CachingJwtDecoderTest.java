package org.socialpsych.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

/** A verified token is not verified again until it expires; a refused one always is. */
class CachingJwtDecoderTest {

    static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");

    final AtomicInteger verifications = new AtomicInteger();
    final AtomicReference<Instant> now = new AtomicReference<>(T0);
    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    final ReactiveJwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (token.startsWith("bad")) {
            return Mono.error(new BadJwtException("signature"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("u-" + token)
                .issuedAt(T0).expiresAt(T0.plusSeconds(600)).build());
    };

    @Test
    void shouldVerifyATokenOnceUntilItExpires() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(verifier, clock);
        for (int i = 0; i < 5; i++) {
            assertThat(decoder.decode("t1").block().getSubject()).isEqualTo("u-t1");
        }
        assertThat(verifications).hasValue(1);
        assertThat(decoder.decode("t2").block().getSubject()).isEqualTo("u-t2");
        assertThat(verifications).hasValue(2);

        now.set(T0.plusSeconds(600)); // at exp the configured decoder decides again
        decoder.decode("t1").block();
        assertThat(verifications).hasValue(3);
    }

    @Test
    void shouldNeverRememberARefusedToken() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(verifier, clock);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> decoder.decode("bad-token").block()).isInstanceOf(BadJwtException.class);
        }
        assertThat(verifications).hasValue(3);
        assertThat(decoder.size()).isZero();
    }
}
