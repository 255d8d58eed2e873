package org.socialpsych.psych.crisis.application;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.socialpsych.psych.crisis.domain.CrisisPolicy;
import org.socialpsych.psych.crisis.domain.EscalationLevel;
import org.socialpsych.psych.crisis.domain.ResponderUnit;
import org.socialpsych.psych.crisis.domain.RiskTier;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code socialpsych.crisis.*}: routing and SLAs per tier (keys {@code high}, {@code medium},
 * {@code low}) and the escalation sweep. Unset values take the seed's defaults
 * ({@link CrisisPolicy#defaults()}); the merged policy is validated at start.
 */
@ConfigurationProperties("socialpsych.crisis")
public record CrisisProperties(Map<String, Tier> tiers, Timers timers, Duration manualEscalationDebounce) {

    /** Any value left null keeps the default. */
    public record Tier(List<ResponderUnit> assignees, Duration acknowledge, Boolean acknowledgeRequired,
            Duration firstContact, Duration escalationStep, EscalationLevel initialLevel) {
    }

    /**
     * @param pollInterval how often the sweep looks for due cases
     * @param batchSize    due cases handled per sweep
     * @param metricsEvery open-case gauges are refreshed every this many sweeps
     */
    public record Timers(Duration pollInterval, Integer batchSize, Integer metricsEvery) {
        public Timers {
            pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
            batchSize = batchSize == null ? 100 : batchSize;
            metricsEvery = metricsEvery == null ? 6 : metricsEvery;
        }
    }

    public CrisisProperties {
        tiers = tiers == null ? Map.of() : Map.copyOf(tiers);
        timers = timers == null ? new Timers(null, null, null) : timers;
        // the same person's second manual escalation within this window is the same request (a double click)
        manualEscalationDebounce = manualEscalationDebounce == null ? Duration.ofSeconds(60) : manualEscalationDebounce;
    }

    public CrisisPolicy toPolicy() {
        CrisisPolicy defaults = CrisisPolicy.defaults();
        Map<RiskTier, CrisisPolicy.TierPolicy> merged = new EnumMap<>(RiskTier.class);
        for (RiskTier t : RiskTier.values()) {
            CrisisPolicy.TierPolicy d = defaults.of(t);
            Tier c = tiers.get(t.name().toLowerCase());
            if (c == null) {
                merged.put(t, d);
                continue;
            }
            Duration ack = Boolean.FALSE.equals(c.acknowledgeRequired()) ? null
                    : c.acknowledge() != null ? c.acknowledge() : d.acknowledge();
            merged.put(t, new CrisisPolicy.TierPolicy(c.assignees() != null ? c.assignees() : d.assignees(), ack,
                    c.firstContact() != null ? c.firstContact() : d.firstContact(),
                    c.escalationStep() != null ? c.escalationStep() : d.escalationStep(),
                    c.initialLevel() != null ? c.initialLevel() : d.initialLevel()));
        }
        return new CrisisPolicy(merged);
    }
}
