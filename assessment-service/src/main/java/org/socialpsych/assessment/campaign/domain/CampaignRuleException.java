package org.socialpsych.assessment.campaign.domain;

/** A campaign rule was broken; {@code code} is a stable problem slug, {@code conflict} marks a state clash (409). */
public class CampaignRuleException extends RuntimeException {

    private final String code;
    private final boolean conflict;

    public CampaignRuleException(String code, String message) {
        this(code, message, false);
    }

    public CampaignRuleException(String code, String message, boolean conflict) {
        super(message);
        this.code = code;
        this.conflict = conflict;
    }

    public String code() {
        return code;
    }

    public boolean conflict() {
        return conflict;
    }
}
