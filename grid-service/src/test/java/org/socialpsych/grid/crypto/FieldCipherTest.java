package org.socialpsych.grid.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FieldCipherTest {

    static byte[] key() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return k;
    }

    final byte[] k1 = key();
    final byte[] k2 = key();
    final byte[] hmac = key();

    @Test
    void shouldRoundTripFieldsAndStoreNoPlaintext() {
        FieldCipher c = new FieldCipher(Map.of("k1", k1), "k1", hmac);
        FieldCipher.Sealed s = c.seal("r-1", Map.of("name", "张三", "phone", "13800138000"));
        assertThat(s.keyId()).isEqualTo("k1");
        assertThat(s.toString()).doesNotContain("张三").doesNotContain("13800138000");
        assertThat(c.open("r-1", s)).containsEntry("name", "张三").containsEntry("phone", "13800138000");
    }

    @Test
    void shouldBindCiphertextsToTheirRecord() {
        FieldCipher c = new FieldCipher(Map.of("k1", k1), "k1", hmac);
        FieldCipher.Sealed s = c.seal("r-1", Map.of("name", "张三"));
        assertThatThrownBy(() -> c.open("r-2", s)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldReadOldRecordsAfterRotationAndRewrapThem() {
        FieldCipher before = new FieldCipher(Map.of("k1", k1), "k1", hmac);
        FieldCipher.Sealed old = before.seal("r-1", Map.of("name", "李四"));
        FieldCipher after = new FieldCipher(Map.of("k1", k1, "k2", k2), "k2", hmac);
        assertThat(after.open("r-1", old)).containsEntry("name", "李四");
        FieldCipher.Sealed re = after.rewrap("r-1", old);
        assertThat(re.keyId()).isEqualTo("k2");
        assertThat(re.fields()).isEqualTo(old.fields());
        assertThat(new FieldCipher(Map.of("k2", k2), "k2", hmac).open("r-1", re)).containsEntry("name", "李四");
    }

    @Test
    void shouldHashDeterministicallyWithTheLookupKeyOnly() {
        FieldCipher a = new FieldCipher(Map.of("k1", k1), "k1", hmac);
        FieldCipher b = new FieldCipher(Map.of("k2", k2), "k2", hmac);
        assertThat(a.lookupHash("33032719900101123X")).isEqualTo(b.lookupHash("33032719900101123X"))
                .doesNotContain("33032719900101123X");
        assertThat(new FieldCipher(Map.of(), null, key()).lookupHash("1")).isNotEqualTo(a.lookupHash("1"));
    }

    @Test
    void shouldReportMissingKeysAsUnavailable() {
        FieldCipher none = new FieldCipher(Map.of(), null, null);
        assertThat(none.available()).isFalse();
        assertThatThrownBy(() -> none.seal("r", Map.of("a", "b"))).isInstanceOf(FieldCipher.UnavailableException.class);
    }
}
