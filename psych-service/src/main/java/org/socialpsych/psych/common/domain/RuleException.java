package org.socialpsych.psych.common.domain;

/** A domain rule was broken; {@code code} is a stable problem slug. */
public class RuleException extends RuntimeException {

    public enum Kind {
        /** the request contradicts the case's current state */
        CONFLICT,
        /** the request itself is incomplete or inconsistent */
        INVALID,
        /** the caller may not do this (e.g. signing off their own request) */
        FORBIDDEN
    }

    private final Kind kind;
    private final String code;

    public RuleException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
