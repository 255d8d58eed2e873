package org.socialpsych.psych.common.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An {@code Idempotency-Key} belongs to the caller who sent it: the stored key is a SHA-256 of the
 * caller's token subject and the client's key, length-prefixed so no choice of subject and key can
 * meet another caller's pair (plain {@code subject|key} would let subject {@code a|b} with key
 * {@code c} collide with subject {@code a} and key {@code b|c}). Another caller sending the same key
 * gets their own record and never sees someone else's; the stored value names neither the caller
 * nor the client's key and has a fixed length whatever the header held. Ids derived from a key
 * (hotline calls, appointments) are derived from the scoped key, so they differ per caller too.
 */
public final class IdempotencyKeys {

    private IdempotencyKeys() {
    }

    /** The stored key for {@code clientKey} sent by {@code callerSubject}; null when no key was sent. */
    public static String scoped(String callerSubject, String clientKey) {
        if (clientKey == null) {
            return null;
        }
        String subject = String.valueOf(callerSubject);
        String canonical = "idem-v2:" + subject.length() + ":" + subject + ":" + clientKey;
        try {
            return "v2:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
