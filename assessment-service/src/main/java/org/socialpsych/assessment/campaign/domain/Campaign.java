package org.socialpsych.assessment.campaign.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A screening campaign (筛查批次): an area, a target population, a battery of instruments, a time
 * window, a consent rule and a status. Progress counts are kept by the application with atomic
 * increments; this record is a snapshot.
 */
public record Campaign(String id, String name, String areaCode, List<String> areaPath, TargetPopulation population,
        List<String> battery, Instant opensAt, Instant closesAt, ConsentRule consentRule, CampaignStatus status,
        Long targetSize, Progress progress, long version) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    public Campaign {
        areaPath = List.copyOf(areaPath);
        battery = List.copyOf(battery);
    }

    /** A new draft; {@code knownInstruments} are the codes the battery may use. */
    public static Campaign draft(String id, String name, String areaCode, List<String> areaPath,
            TargetPopulation population, List<String> battery, Instant opensAt, Instant closesAt,
            ConsentRule consentRule, Long targetSize, Set<String> knownInstruments) {
        if (name == null || name.isBlank()) {
            throw new CampaignRuleException("invalid-campaign", "A campaign needs a name");
        }
        population.check();
        if (battery == null || battery.isEmpty()) {
            throw new CampaignRuleException("invalid-battery", "The battery needs at least one instrument");
        }
        Set<String> unique = new LinkedHashSet<>(battery);
        for (String code : unique) {
            if (code == null || !CODE.matcher(code).matches() || !knownInstruments.contains(code)) {
                throw new CampaignRuleException("invalid-battery", "Unknown instrument in battery: " + code);
            }
        }
        if (opensAt == null || closesAt == null || !opensAt.isBefore(closesAt)) {
            throw new CampaignRuleException("invalid-window", "The window needs opensAt before closesAt");
        }
        ConsentRule rule = consentRule == null ? ConsentRule.defaults() : consentRule;
        if (rule.guardianConsentUnderAge() < 0 || rule.guardianConsentUnderAge() > 18) {
            throw new CampaignRuleException("invalid-consent-rule", "guardianConsentUnderAge must be 0..18");
        }
        if (targetSize != null && targetSize < 0) {
            throw new CampaignRuleException("invalid-campaign", "targetSize cannot be negative");
        }
        return new Campaign(id, name.strip(), areaCode, areaPath, population, List.copyOf(unique), opensAt, closesAt,
                rule, CampaignStatus.DRAFT, targetSize, Progress.zero(), 1);
    }

    public Campaign open() {
        if (status != CampaignStatus.DRAFT) {
            throw new CampaignRuleException("invalid-transition", "Only a DRAFT campaign can be opened; it is "
                    + status, true);
        }
        return withStatus(CampaignStatus.OPEN);
    }

    public Campaign close() {
        if (status == CampaignStatus.CLOSED) {
            throw new CampaignRuleException("invalid-transition", "The campaign is already closed", true);
        }
        return withStatus(CampaignStatus.CLOSED);
    }

    private Campaign withStatus(CampaignStatus next) {
        return new Campaign(id, name, areaCode, areaPath, population, battery, opensAt, closesAt, consentRule, next,
                targetSize, progress, version + 1);
    }

    /** Whether submissions are accepted at {@code now}: OPEN and inside [opensAt, closesAt). */
    public void checkAccepting(Instant now) {
        if (status != CampaignStatus.OPEN) {
            throw new CampaignRuleException("campaign-not-open", "Campaign " + id + " is " + status);
        }
        if (now.isBefore(opensAt) || !now.isBefore(closesAt)) {
            throw new CampaignRuleException("campaign-window-closed", "Campaign " + id + " accepts submissions from "
                    + opensAt + " until " + closesAt);
        }
    }

    /**
     * Checks a submission against the campaign: accepting now, instrument in the battery, area
     * inside the campaign's area.
     */
    public void checkSubmission(String instrument, List<String> submissionAreaPath, Instant now) {
        checkAccepting(now);
        if (!battery.contains(instrument)) {
            throw new CampaignRuleException("instrument-not-in-battery", instrument
                    + " is not in the battery of campaign " + id + " " + battery);
        }
        if (submissionAreaPath == null || !submissionAreaPath.contains(areaCode)) {
            throw new CampaignRuleException("area-outside-campaign", "The submission's area is outside the campaign's area "
                    + areaCode);
        }
    }
}
