package org.socialpsych.grid.area.domain;

/** A domain rule of areas was broken; {@code code} is a stable problem slug. */
public class AreaRuleException extends RuntimeException {

    private final String code;

    public AreaRuleException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
