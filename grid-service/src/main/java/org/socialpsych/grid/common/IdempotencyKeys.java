package org.socialpsych.grid.common;

import org.socialpsych.chassis.security.PlatformPrincipal;

/**
 * {@code Idempotency-Key} values are scoped by the caller: the stored key is the caller's subject
 * and the key they sent, so another caller sending the same key never reaches someone else's
 * record (a fresh create happens for them instead). The subject is length-prefixed, so no pair of
 * subject and key can produce another pair's stored value. A replay re-checks authorization
 * against the stored record before returning it (each service does that, with the caller's
 * current roles and scopes).
 */
public final class IdempotencyKeys {

    private IdempotencyKeys() {
    }

    /** The stored form of {@code key} sent by {@code caller}; null without a key. */
    public static String scoped(PlatformPrincipal caller, String key) {
        if (key == null) {
            return null;
        }
        String subject = caller.subject() == null ? "" : caller.subject();
        return subject.length() + ":" + subject + "|" + key;
    }
}
