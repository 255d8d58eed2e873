package org.socialpsych.chassis.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The read-audit HMAC key: {@code socialpsych.audit.hmac-key} (base64 of at least 32 bytes, from the
 * secret store: compose env file, k8s Secret). When it is not set — the embedded local stack — the
 * key is read from (or created in) {@code $SOCIALPSYCH_HOME/var/keys/audit-hmac.key}, readable by
 * the owner only, like the local JWT key pair.
 */
public final class AuditKeys {

    private AuditKeys() {
    }

    public static byte[] resolve(String configured, String home) {
        if (configured != null && !configured.isBlank()) {
            byte[] key = Base64.getDecoder().decode(configured.trim());
            if (key.length < 32) {
                throw new IllegalStateException("socialpsych.audit.hmac-key must decode to at least 32 bytes");
            }
            return key;
        }
        Path file = Path.of(home == null || home.isBlank() ? "." : home, "var", "keys", "audit-hmac.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Path tmp = Files.createTempFile(file.getParent(), "audit-hmac", ".tmp");
                Files.writeString(tmp, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the directory's permissions apply
                }
                try {
                    Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException raced) {
                    Files.deleteIfExists(tmp); // another service created it first: use theirs
                }
            }
            return resolve(Files.readString(file, StandardCharsets.US_ASCII), home);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the local audit key " + file, e);
        }
    }
}
