package org.socialpsych.psych.common.application;

import java.util.Map;

import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.psych.common.domain.RuleException;
import org.springframework.http.HttpStatus;

/** Maps domain rule violations to problem+json: state conflicts 409, bad requests 422, four-eyes 403. */
public final class Problems {

    private Problems() {
    }

    public static ApiException of(RuleException e) {
        return switch (e.kind()) {
            case CONFLICT -> ApiException.conflict(e.code(), e.getMessage());
            case INVALID -> ApiException.invalid(e.code(), e.getMessage(), Map.of());
            case FORBIDDEN -> new ApiException(HttpStatus.FORBIDDEN, e.code(), "Forbidden", e.getMessage(), Map.of());
        };
    }

    /** Turns a rule violation thrown by domain code into its problem; anything else passes through. */
    public static Throwable translate(Throwable t) {
        return t instanceof RuleException r ? of(r) : t;
    }
}
