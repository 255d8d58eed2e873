package org.socialpsych.grid.common;

import java.util.List;
import java.util.Map;

import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.grid.crypto.FieldCipher;
import org.springframework.http.HttpStatus;

/** The problem types grid-service adds to the chassis ones. */
public final class Problems {

    private Problems() {
    }

    public static ApiException invalidField(String slug, String field, String message) {
        return ApiException.invalid(slug, message, Map.of("errors", List.of(Map.of("field", field, "message", message))));
    }

    public static ApiException rule(String slug, String message) {
        return ApiException.invalid(slug, message, Map.of());
    }

    public static ApiException unavailable(FieldCipher.UnavailableException e) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "encryption-unavailable", "Service unavailable",
                "Encryption keys are not configured on this instance", Map.of());
    }
}
