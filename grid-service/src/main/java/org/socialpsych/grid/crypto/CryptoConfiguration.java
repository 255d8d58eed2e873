package org.socialpsych.grid.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * Builds the {@link FieldCipher} from {@code socialpsych.crypto.*}: master keys as base64 values
 * ({@code keys.<id>}) or files ({@code key-files.<id>}, e.g. the local stack's
 * {@code var/keys/data-key-1.b64}), the active key id, and the lookup HMAC key ({@code hmac-key},
 * base64; without it, it is derived from {@code hmac-key-file}). Missing keys do not stop the
 * service: resident operations then answer 503 and everything else works. Keys are read once at
 * start-up, never logged.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoConfiguration.CryptoProperties.class)
public class CryptoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

    @ConfigurationProperties("socialpsych.crypto")
    public record CryptoProperties(Map<String, String> keys, Map<String, String> keyFiles, String activeKeyId,
            String hmacKey, String hmacKeyFile) {
        public CryptoProperties {
            keys = keys == null ? Map.of() : keys;
            keyFiles = keyFiles == null ? Map.of() : keyFiles;
        }
    }

    @Bean
    FieldCipher fieldCipher(CryptoProperties p) {
        Map<String, byte[]> master = new LinkedHashMap<>();
        p.keyFiles().forEach((id, location) -> {
            byte[] key = readBase64(location);
            if (key != null) {
                master.put(id, key);
            }
        });
        p.keys().forEach((id, b64) -> {
            if (b64 != null && !b64.isBlank()) {
                master.put(id, Base64.getDecoder().decode(b64.strip()));
            }
        });
        String active = p.activeKeyId() != null && master.containsKey(p.activeKeyId()) ? p.activeKeyId() : null;
        byte[] hmac = null;
        if (p.hmacKey() != null && !p.hmacKey().isBlank()) {
            hmac = Base64.getDecoder().decode(p.hmacKey().strip());
        } else if (p.hmacKeyFile() != null) {
            byte[] base = readBase64(p.hmacKeyFile());
            hmac = base == null ? null : derive(base);
        }
        if (active == null || hmac == null) {
            log.warn("Field encryption is not configured (active key present: {}, lookup key present: {});"
                    + " resident endpoints will answer 503", active != null, hmac != null);
        }
        return new FieldCipher(master, active, hmac);
    }

    private static byte[] readBase64(String location) {
        Resource r = new DefaultResourceLoader().getResource(location);
        if (!r.exists()) {
            return null;
        }
        try (InputStream in = r.getInputStream()) {
            return Base64.getDecoder().decode(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read key file " + location, e);
        }
    }

    /** A lookup key derived from a stored secret, separate from it (HMAC-SHA256 with a fixed label). */
    private static byte[] derive(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal("socialpsych/grid/identity-lookup/v1".getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
