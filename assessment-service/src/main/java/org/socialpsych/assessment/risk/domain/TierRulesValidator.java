package org.socialpsych.assessment.risk.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks tier rules against the instruments they name: every instrument must exist, every band id
 * must be one of its bands, days must not be negative, windows must be positive.
 */
public final class TierRulesValidator {

    /**
     * @param policy        the rules
     * @param bandsByCode   instrument code &rarr; its band ids
     * @return the problems; empty when consistent
     */
    public List<String> problems(TierPolicy policy, Map<String, Set<String>> bandsByCode) {
        List<String> p = new ArrayList<>();
        if (policy.defaults().priorPositiveWindowDays() == null || policy.defaults().priorPositiveWindowDays() < 1) {
            p.add("defaults.priorPositiveWindowDays must be at least 1");
        }
        check("defaults", policy.defaults(), bandsByCode, p);
        policy.areas().forEach((area, set) -> check("areas." + area, set, bandsByCode, p));
        return p;
    }

    private static void check(String where, TierRuleSet set, Map<String, Set<String>> bandsByCode, List<String> p) {
        if (set.priorPositiveWindowDays() != null && set.priorPositiveWindowDays() < 1) {
            p.add(where + ".priorPositiveWindowDays must be at least 1");
        }
        set.instruments().forEach((code, rule) -> {
            Set<String> bands = bandsByCode.get(code);
            if (bands == null) {
                p.add(where + ": unknown instrument " + code);
                return;
            }
            checkBands(where + "." + code + ".bands", rule.bandTiers().keySet(), bands, p);
            checkBands(where + "." + code + ".bandsWithPriorPositive", rule.bandTiersWithPriorPositive().keySet(),
                    bands, p);
            checkBands(where + "." + code + ".rescreenAfterDays", rule.rescreenAfterDays().keySet(), bands, p);
            rule.rescreenAfterDays().forEach((band, days) -> {
                if (days == null || days < 0) {
                    p.add(where + "." + code + ".rescreenAfterDays." + band + " must be >= 0");
                }
            });
            rule.bandTiers().forEach((band, tier) -> {
                if (tier == null) {
                    p.add(where + "." + code + ".bands." + band + " has no tier");
                }
            });
        });
    }

    private static void checkBands(String where, Set<String> used, Set<String> known, List<String> p) {
        for (String band : used) {
            if (!known.contains(band)) {
                p.add(where + ": unknown band '" + band + "' (known: " + known + ")");
            }
        }
    }
}
