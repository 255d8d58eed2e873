package org.socialpsych.person;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.socialpsych.chassis.web.ApiException;

/**
 * The one validator of person references on the platform. A person id is issued by the platform
 * (grid-service): {@code r-<uuid>} for a registered resident, {@code a-<uuid>} for an anonymous
 * screening subject. Random, opaque, and not derivable from identity data. Everything else is
 * refused with 422, and values that look like identity data (an identity number, a mobile number or
 * a Chinese name, also with prefixes, spaces or separators) are named as such in the problem, which
 * never echoes the value.
 */
public final class PersonIds {

    private static final Pattern PLATFORM_ID = Pattern
            .compile("[ra]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** an 18-character identity number (last may be X) or a 15-digit one, inside any run of digits */
    private static final Pattern IDENTITY_NUMBER = Pattern.compile("(?<![0-9])([0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9])");
    /** a mainland mobile number, optionally with a country prefix */
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(0?86)?1[3-9][0-9]{9}(?![0-9])");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}]");

    private PersonIds() {
    }

    public static boolean isPlatformIssued(String id) {
        return id != null && PLATFORM_ID.matcher(id).matches();
    }

    public static boolean isResident(String id) {
        return isPlatformIssued(id) && id.charAt(0) == 'r';
    }

    /**
     * Whether a value carries identity data: digits and X compacted (spaces, dashes, dots, colons and
     * prefixes removed) contain an identity number or a mobile number, or the value contains Han
     * characters (a name).
     */
    public static boolean looksLikeIdentityData(String value) {
        if (value == null || isPlatformIssued(value)) {
            return false;
        }
        if (CJK.matcher(value).find()) {
            return true;
        }
        String compact = value.replaceAll("[\\s\\-.:_/+()]", "");
        return IDENTITY_NUMBER.matcher(compact).find() || MOBILE.matcher(compact).find();
    }

    /**
     * Refuses identity data (an identity number, a phone number or a name, in any disguise) where a
     * pseudonymous person reference belongs, with 422 {@code invalid-person-id}; the value is never
     * echoed. For fields that do not yet require a platform-issued id.
     */
    public static String refuseIdentityData(String field, String value) {
        if (looksLikeIdentityData(value)) {
            String message = "looks like identity data (identity number, phone or name); send the platform-issued "
                    + "person id";
            throw ApiException.invalid("invalid-person-id", field + " " + message,
                    Map.of("errors", List.of(Map.of("field", field, "message", message))));
        }
        return value;
    }

    /** Checks a person reference in {@code field}; throws 422 {@code invalid-person-id} otherwise. */
    public static String require(String field, String value) {
        if (isPlatformIssued(value)) {
            return value;
        }
        String message = looksLikeIdentityData(value)
                ? "looks like identity data (identity number, phone or name); send the platform-issued person id"
                : "not a platform-issued person id (r-<uuid> or a-<uuid>)";
        throw ApiException.invalid("invalid-person-id", field + " " + message,
                Map.of("errors", List.of(Map.of("field", field, "message", message))));
    }
}
