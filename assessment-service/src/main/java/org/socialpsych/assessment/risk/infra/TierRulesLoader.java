package org.socialpsych.assessment.risk.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socialpsych.assessment.risk.domain.InstrumentTierRule;
import org.socialpsych.assessment.risk.domain.RiskTier;
import org.socialpsych.assessment.risk.domain.TierPolicy;
import org.socialpsych.assessment.risk.domain.TierRuleSet;
import org.socialpsych.assessment.risk.domain.TierRulesValidator;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the tier rules ({@code socialpsych.assessment.tier-rules}, default
 * {@code classpath:risk/tier-rules.json}) and validates them against the instruments' bands.
 * Malformed or inconsistent rules stop the service at start.
 */
public final class TierRulesLoader {

    record Doc(String version, List<String> notes, SetDoc defaults, Map<String, SetDoc> areas) {
    }

    record SetDoc(Integer priorPositiveWindowDays, List<String> priorPositiveInstruments,
            Map<String, RuleDoc> instruments) {
    }

    record RuleDoc(Map<String, RiskTier> bands, Map<String, RiskTier> bandsWithPriorPositive, RiskTier positiveScreen,
            Map<String, Integer> rescreenAfterDays) {
    }

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public TierPolicy load(String location, Map<String, Set<String>> bandsByCode) {
        Resource resource = new DefaultResourceLoader().getResource(location);
        String json;
        try (InputStream in = resource.getInputStream()) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read tier rules " + location, e);
        }
        return parse(json, bandsByCode);
    }

    public TierPolicy parse(String json, Map<String, Set<String>> bandsByCode) {
        Doc doc;
        try {
            doc = mapper.readValue(json, Doc.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("Malformed tier rules: " + e.getOriginalMessage(), e);
        }
        if (doc.version() == null || doc.defaults() == null) {
            throw new IllegalStateException("Tier rules need 'version' and 'defaults'");
        }
        Map<String, TierRuleSet> areas = new HashMap<>();
        if (doc.areas() != null) {
            doc.areas().forEach((code, set) -> areas.put(code, toDomain(set)));
        }
        TierPolicy policy = new TierPolicy(doc.version(), toDomain(doc.defaults()), areas);
        List<String> problems = new TierRulesValidator().problems(policy, bandsByCode);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid tier rules " + doc.version() + ": " + String.join("; ", problems));
        }
        return policy;
    }

    private static TierRuleSet toDomain(SetDoc set) {
        Map<String, InstrumentTierRule> rules = new HashMap<>();
        if (set.instruments() != null) {
            set.instruments().forEach((code, r) -> rules.put(code, new InstrumentTierRule(r.bands(),
                    r.bandsWithPriorPositive(), r.positiveScreen() == null ? RiskTier.LOW : r.positiveScreen(),
                    r.rescreenAfterDays())));
        }
        return new TierRuleSet(rules, set.priorPositiveWindowDays(), set.priorPositiveInstruments());
    }
}
