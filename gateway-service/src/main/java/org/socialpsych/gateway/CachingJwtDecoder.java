package org.socialpsych.gateway;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

/**
 * Remembers tokens the gateway has already verified (signature, issuer, audience, timestamps), so a
 * client sending the same bearer token many times a second is not verified again on every request:
 * RSA verification and claim parsing were about a tenth of the gateway's CPU per request on the
 * bench (issue 17, docs/benchmarks.md). A remembered token is used only until its {@code exp}; after
 * that (and for anything not remembered or not valid) the configured decoder decides, as before.
 * Failures are never remembered. At most {@link #MAX_TOKENS} tokens are kept (then the map starts
 * over), keyed by the whole compact token, so a token differing in one byte is verified afresh.
 */
public final class CachingJwtDecoder implements ReactiveJwtDecoder {

    static final int MAX_TOKENS = 4096;

    private final ReactiveJwtDecoder delegate;
    private final Clock clock;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    public CachingJwtDecoder(ReactiveJwtDecoder delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = token == null ? null : verified.get(token);
        if (known != null) {
            if (known.getExpiresAt() != null && clock.instant().isBefore(known.getExpiresAt())) {
                return Mono.just(known);
            }
            verified.remove(token, known);
        }
        return delegate.decode(token).doOnNext(jwt -> {
            if (jwt.getExpiresAt() != null) {
                if (verified.size() >= MAX_TOKENS) {
                    verified.clear();
                }
                verified.put(token, jwt);
            }
        });
    }

    int size() {
        return verified.size();
    }
}
