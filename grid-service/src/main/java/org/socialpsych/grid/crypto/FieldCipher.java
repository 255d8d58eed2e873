package org.socialpsych.grid.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption of identifying fields (AES-256-GCM, JDK only). Each record gets its own
 * random data key; the fields are encrypted with it, and the data key is wrapped by a master key
 * whose id is stored with the ciphertext, so records written under an older master key stay
 * readable after rotation and can be re-wrapped without touching the field ciphertexts. Every
 * ciphertext is bound to its record id and field name (GCM associated data), so ciphertexts cannot
 * be swapped between records or fields. Identity numbers are also hashed with a separate keyed
 * HMAC-SHA256 for lookup and duplicate detection.
 */
public final class FieldCipher {

    /** What is stored: master key id, the wrapped data key and the encrypted fields (base64 of iv || ciphertext). */
    public record Sealed(String keyId, String wrappedKey, Map<String, String> fields) {
        public Sealed {
            fields = Map.copyOf(fields);
        }
    }

    /** Encryption is not configured or a key is missing. */
    public static class UnavailableException extends RuntimeException {
        public UnavailableException(String message) {
            super(message);
        }
    }

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKey> masterKeys;
    private final String activeKeyId;
    private final SecretKeySpec hmacKey;

    public FieldCipher(Map<String, byte[]> masterKeys, String activeKeyId, byte[] hmacKey) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        masterKeys.forEach((id, bytes) -> {
            if (bytes.length != 32) {
                throw new IllegalArgumentException("Master key " + id + " must be 256 bits");
            }
            keys.put(id, new SecretKeySpec(bytes, "AES"));
        });
        this.masterKeys = Map.copyOf(keys);
        this.activeKeyId = activeKeyId;
        if (activeKeyId != null && !keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("The active key id " + activeKeyId + " has no key");
        }
        if (hmacKey != null && hmacKey.length < 32) {
            throw new IllegalArgumentException("The lookup HMAC key must be at least 256 bits");
        }
        this.hmacKey = hmacKey == null ? null : new SecretKeySpec(hmacKey, "HmacSHA256");
    }

    public boolean available() {
        return activeKeyId != null && hmacKey != null;
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    public Sealed seal(String recordId, Map<String, String> plain) {
        requireAvailable();
        try {
            KeyGenerator gen = KeyGenerator.getInstance("AES");
            gen.init(256, RANDOM);
            SecretKey dataKey = gen.generateKey();
            Map<String, String> fields = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : plain.entrySet()) {
                if (e.getValue() != null) {
                    fields.put(e.getKey(), encrypt(dataKey, e.getValue().getBytes(StandardCharsets.UTF_8),
                            aad(recordId, e.getKey())));
                }
            }
            return new Sealed(activeKeyId, wrap(recordId, dataKey), fields);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Field encryption failed", e);
        }
    }

    public Map<String, String> open(String recordId, Sealed sealed) {
        SecretKey dataKey = unwrap(recordId, sealed);
        Map<String, String> out = new LinkedHashMap<>();
        sealed.fields().forEach((name, value) -> {
            try {
                out.put(name, new String(decrypt(dataKey, value, aad(recordId, name)), StandardCharsets.UTF_8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Field " + name + " of " + recordId + " cannot be decrypted", e);
            }
        });
        return out;
    }

    /** The same fields with the data key wrapped by the active master key (key rotation). */
    public Sealed rewrap(String recordId, Sealed sealed) {
        requireAvailable();
        if (activeKeyId.equals(sealed.keyId())) {
            return sealed;
        }
        try {
            return new Sealed(activeKeyId, wrap(recordId, unwrap(recordId, sealed)), sealed.fields());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Re-wrapping failed", e);
        }
    }

    /** Keyed hash (base64url HMAC-SHA256) of an already normalised value, for lookup without plaintext. */
    public String lookupHash(String normalised) {
        if (hmacKey == null) {
            throw new UnavailableException("No lookup HMAC key is configured");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hmacKey);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed", e);
        }
    }

    private void requireAvailable() {
        if (!available()) {
            throw new UnavailableException("Field encryption keys are not configured");
        }
    }

    private String wrap(String recordId, SecretKey dataKey) throws GeneralSecurityException {
        return encrypt(masterKeys.get(activeKeyId), dataKey.getEncoded(), aad(recordId, "dek:" + activeKeyId));
    }

    private SecretKey unwrap(String recordId, Sealed sealed) {
        SecretKey master = masterKeys.get(sealed.keyId());
        if (master == null) {
            throw new UnavailableException("Master key " + sealed.keyId() + " is not configured");
        }
        try {
            return new SecretKeySpec(decrypt(master, sealed.wrappedKey(), aad(recordId, "dek:" + sealed.keyId())),
                    "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The data key of " + recordId + " cannot be unwrapped", e);
        }
    }

    private static byte[] aad(String recordId, String field) {
        return (recordId + "\u0000" + field).getBytes(StandardCharsets.UTF_8);
    }

    private static String encrypt(SecretKey key, byte[] plain, byte[] aad) throws GeneralSecurityException {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
        c.updateAAD(aad);
        byte[] ct = c.doFinal(plain);
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array());
    }

    private static byte[] decrypt(SecretKey key, String stored, byte[] aad) throws GeneralSecurityException {
        byte[] all = Base64.getDecoder().decode(stored);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
        c.updateAAD(aad);
        return c.doFinal(all, IV_BYTES, all.length - IV_BYTES);
    }
}
