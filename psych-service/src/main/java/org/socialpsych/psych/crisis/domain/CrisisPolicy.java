package org.socialpsych.psych.crisis.domain;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Routing and SLAs per tier (docs/domain.md §4.3). Defaults are the seed's; every value is configuration.
 *
 * @param tiers per tier: who handles it, deadlines, how often an overdue case climbs the ladder and
 *              the rung it starts on
 */
public record CrisisPolicy(Map<RiskTier, TierPolicy> tiers) {

    /**
     * @param acknowledge    time to acknowledge; null when the tier has no acknowledgement deadline
     * @param firstContact   time to first contact
     * @param escalationStep an overdue case climbs one rung per step
     */
    public record TierPolicy(List<ResponderUnit> assignees, Duration acknowledge, Duration firstContact,
            Duration escalationStep, EscalationLevel initialLevel) {

        public TierPolicy {
            if (assignees == null || assignees.isEmpty()) {
                throw new IllegalArgumentException("a tier needs at least one responder unit");
            }
            assignees = List.copyOf(assignees);
            positive(firstContact, "firstContact");
            positive(escalationStep, "escalationStep");
            if (acknowledge != null) {
                positive(acknowledge, "acknowledge");
            }
            initialLevel = initialLevel == null ? EscalationLevel.GRID_TEAM : initialLevel;
        }

        private static void positive(Duration d, String name) {
            if (d == null || d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be a positive duration");
            }
        }
    }

    public CrisisPolicy {
        for (RiskTier t : RiskTier.values()) {
            if (tiers == null || !tiers.containsKey(t)) {
                throw new IllegalArgumentException("no crisis policy for tier " + t);
            }
        }
        tiers = Map.copyOf(tiers);
    }

    public TierPolicy of(RiskTier tier) {
        return tiers.get(tier);
    }

    /** The seed's defaults: HIGH → police, health office and community (15 min / 2 h), MEDIUM → 综治办 (4 h / 24 h), LOW → grid team (72 h). */
    public static CrisisPolicy defaults() {
        Map<RiskTier, TierPolicy> m = new EnumMap<>(RiskTier.class);
        m.put(RiskTier.HIGH, new TierPolicy(List.of(ResponderUnit.POLICE, ResponderUnit.HEALTH_OFFICE,
                ResponderUnit.COMMUNITY), Duration.ofMinutes(15), Duration.ofHours(2), Duration.ofMinutes(15),
                EscalationLevel.GRID_TEAM));
        m.put(RiskTier.MEDIUM, new TierPolicy(List.of(ResponderUnit.GOVERNANCE_OFFICE), Duration.ofHours(4),
                Duration.ofHours(24), Duration.ofHours(4), EscalationLevel.TOWN));
        m.put(RiskTier.LOW, new TierPolicy(List.of(ResponderUnit.GRID_TEAM), null, Duration.ofHours(72),
                Duration.ofHours(24), EscalationLevel.GRID_TEAM));
        return new CrisisPolicy(m);
    }
}
