package org.socialpsych.chassis.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.socialpsych.chassis.security.PlatformPrincipal;

/**
 * An {@code Idempotency-Key} belongs to the caller who sent it: the stored key is a SHA-256 of the
 * caller's token subject and the client's key, length-prefixed so no choice of subject and key can
 * collide with another caller's pair (plain {@code subject|key} let subject {@code a|b} with key
 * {@code c} meet subject {@code a} with key {@code b|c}). Another caller sending the same key gets
 * their own record and never sees someone else's; the stored value names neither the caller nor
 * the client's key and has a fixed length whatever the header held. Every service stores its keys
 * this way; a replay re-checks the caller's current authorization before answering.
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

    /** The stored key for {@code clientKey} sent by {@code caller}; null when no key was sent. */
    public static String scoped(PlatformPrincipal caller, String clientKey) {
        return scoped(caller.subject(), clientKey);
    }
}
