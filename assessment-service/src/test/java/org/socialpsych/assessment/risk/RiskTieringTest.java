package org.socialpsych.assessment.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition;
import org.socialpsych.assessment.instrument.domain.ScoreResult;
import org.socialpsych.assessment.instrument.domain.ScoringEngine;
import org.socialpsych.assessment.instrument.infra.InstrumentDefinitionLoader;
import org.socialpsych.assessment.risk.domain.InstrumentTierRule;
import org.socialpsych.assessment.risk.domain.RiskTier;
import org.socialpsych.assessment.risk.domain.RiskTiering;
import org.socialpsych.assessment.risk.domain.TierDecision;
import org.socialpsych.assessment.risk.domain.TierPolicy;
import org.socialpsych.assessment.risk.domain.TierRuleSet;
import org.socialpsych.assessment.risk.infra.TierRulesLoader;

/** docs/domain.md §4.2 with the shipped rules, scored end to end through the real engine and definitions. */
class RiskTieringTest {

    static final Map<String, InstrumentDefinition> DEFS = new InstrumentDefinitionLoader().loadAllByCode();
    static final TierPolicy POLICY = new TierRulesLoader().load("classpath:risk/tier-rules.json", bands());
    static final ScoringEngine ENGINE = new ScoringEngine();
    static final RiskTiering TIERING = new RiskTiering();

    static Map<String, Set<String>> bands() {
        Map<String, Set<String>> m = new java.util.HashMap<>();
        DEFS.values().forEach(d -> m.put(d.code(), Set.copyOf(d.bands().stream().map(b -> b.id()).toList())));
        return m;
    }

    static TierDecision tier(String code, List<Integer> answers, Map<String, ?> supp, boolean prior,
            List<String> areaPath) {
        InstrumentDefinition def = DEFS.get(code);
        ScoreResult r = ENGINE.score(def, answers, supp);
        return TIERING.decide(new RiskTiering.Input(code, r.bandId(), r.positiveScreen(), r.criticalItems(),
                r.criticalSupplementaryKeys(), def.requiresFullFormOnPositive(), prior), POLICY.forArea(areaPath));
    }

    static TierDecision tier(String code, List<Integer> answers) {
        return tier(code, answers, null, false, List.of("33"));
    }

    /** PHQ-9 answers with the given total spread over items 1..8 and item 9 as given. */
    static List<Integer> phq9(int totalOfItems1to8, int item9) {
        List<Integer> a = new ArrayList<>(Collections.nCopies(9, 0));
        int left = totalOfItems1to8;
        for (int i = 0; i < 8 && left > 0; i++) {
            int v = Math.min(3, left);
            a.set(i, v);
            left -= v;
        }
        a.set(8, item9);
        return a;
    }

    @Test
    void shouldAlwaysTierACriticalItemHighWhateverTheTotal() {
        TierDecision d = tier("PHQ9", phq9(0, 1));
        assertThat(d.tier()).isEqualTo(RiskTier.HIGH);
        assertThat(d.reasons()).containsExactly("PHQ9.item9");
        assertThat(tier("PHQ9", phq9(24, 3)).reasons()).contains("PHQ9.item9", "band:severe", "positiveScreen");
    }

    @Test
    void shouldTierPhqaSuicideQuestionsHigh() {
        Map<String, Object> supp = Map.of("seriousThoughtsPastMonth", "no", "lifetimeSuicideAttempt", "yes");
        TierDecision d = tier("PHQA", List.of(0, 0, 0, 0, 0, 0, 0, 0, 0), supp, false, List.of("33"));
        assertThat(d.tier()).isEqualTo(RiskTier.HIGH);
        assertThat(d.reasons()).containsExactly("PHQA.lifetimeSuicideAttempt");
    }

    @Test
    void shouldTierEpdsItem10AndSdsItem19High() {
        // EPDS item 10 printed option 2 ("Hardly ever") scores 1
        assertThat(tier("EPDS", List.of(0, 0, 3, 0, 3, 3, 3, 3, 3, 2)).tier()).isEqualTo(RiskTier.HIGH);
        List<Integer> sds = new ArrayList<>(List.of(0, 3, 0, 0, 3, 3, 0, 0, 0, 0, 3, 3, 0, 3, 0, 3, 3, 3, 1, 3));
        assertThat(tier("SDS", sds).tier()).isEqualTo(RiskTier.HIGH);
        sds.set(18, 0);
        assertThat(tier("SDS", sds).tier()).isEqualTo(RiskTier.NONE);
    }

    @Test
    void shouldCountOnlyDepressionInstrumentsAsPriorPositivesNeverTheGateShortForms() {
        assertThat(POLICY.forArea(List.of("33")).priorPositiveInstruments())
                .contains("PHQ9", "PHQA", "EPDS").doesNotContain("PHQ2", "GAD2", "GAD7", "AD8");
    }

    @ParameterizedTest(name = "PHQ-9 total {0} (prior positive {1}) -> {2}")
    @CsvSource({
        "0, false, NONE", "4, false, NONE", "5, false, NONE", "9, false, NONE",
        "10, false, LOW", "14, false, LOW", "15, false, LOW", "19, false, LOW",
        "15, true, MEDIUM", "19, true, MEDIUM", "14, true, LOW", "9, true, NONE",
        "20, false, MEDIUM", "24, false, MEDIUM", "24, true, MEDIUM"})
    void shouldTierPhq9BandsPerDomainDefaults(int total, boolean prior, RiskTier expected) {
        assertThat(tier("PHQ9", phq9(total, 0), null, prior, List.of("33")).tier()).isEqualTo(expected);
    }

    @Test
    void shouldExplainTheModeratelySevereEscalation() {
        assertThat(tier("PHQ9", phq9(16, 0), null, true, List.of("33")).reasons())
                .containsExactly("band:moderately_severe+priorPositive", "positiveScreen");
    }

    @Test
    void shouldNeverMakeAPositiveShortFormACrisisButAskForTheFullFormNow() {
        TierDecision phq2 = tier("PHQ2", List.of(3, 3));
        assertThat(phq2.tier()).isEqualTo(RiskTier.LOW);
        assertThat(phq2.rescreenInstrument()).isEqualTo("PHQ9");
        assertThat(phq2.rescreenAfterDays()).isZero();
        assertThat(phq2.reasons()).contains("followUp:PHQ9");
        TierDecision gad2 = tier("GAD2", List.of(1, 2));
        assertThat(gad2.tier()).isEqualTo(RiskTier.LOW);
        assertThat(gad2.rescreenInstrument()).isEqualTo("GAD7");
        assertThat(tier("PHQ2", List.of(1, 1)).tier()).isEqualTo(RiskTier.NONE);
    }

    @Test
    void shouldCapAShortFormAtLowEvenWhenAnAreaRuleSaysOtherwise() {
        TierPolicy aggressive = new TierPolicy("t@1", POLICY.defaults(), Map.of("3303",
                new TierRuleSet(Map.of("PHQ2", new InstrumentTierRule(Map.of("positive", RiskTier.HIGH), Map.of(),
                        RiskTier.MEDIUM, Map.of())), null)));
        ScoreResult r = ENGINE.score(DEFS.get("PHQ2"), List.of(3, 3), null);
        TierDecision d = TIERING.decide(new RiskTiering.Input("PHQ2", r.bandId(), true, List.of(), List.of(), "PHQ9",
                false), aggressive.forArea(List.of("33", "3303")));
        assertThat(d.tier()).isEqualTo(RiskTier.LOW);
    }

    @Test
    void shouldScheduleRescreensByBandAsData() {
        TierDecision mild = tier("PHQ9", phq9(6, 0));
        assertThat(mild.tier()).isEqualTo(RiskTier.NONE);
        assertThat(mild.rescreenInstrument()).isEqualTo("PHQ9");
        assertThat(mild.rescreenAfterDays()).isEqualTo(28);
        assertThat(tier("PHQ9", phq9(2, 0)).rescreenAfterDays()).isNull();
        assertThat(tier("PHQ9", phq9(12, 0)).rescreenAfterDays()).isEqualTo(14);
    }

    @Test
    void shouldTierOtherInstrumentsFromTheShippedRules() {
        assertThat(tier("GAD7", List.of(3, 3, 3, 3, 3, 0, 0)).tier()).isEqualTo(RiskTier.MEDIUM); // 15 severe
        assertThat(tier("GAD7", List.of(3, 3, 3, 1, 0, 0, 0)).tier()).isEqualTo(RiskTier.LOW); // 10 moderate
        assertThat(tier("GAD7", List.of(3, 3, 0, 0, 0, 0, 0)).tier()).isEqualTo(RiskTier.NONE); // 6 mild
        assertThat(tier("WHO5", List.of(0, 0, 0, 0, 0)).tier()).isEqualTo(RiskTier.NONE); // index 0 = 5 points
        assertThat(tier("WHO5", List.of(5, 5, 5, 5, 4)).tier()).isEqualTo(RiskTier.LOW); // raw 1 -> 4 %
        assertThat(tier("K10", List.of(4, 4, 4, 4, 4, 4, 0, 0, 0, 0)).tier()).isEqualTo(RiskTier.MEDIUM); // 34
    }

    @Test
    void shouldApplyTheDeepestAreaOverrideOnly() {
        InstrumentTierRule strict = new InstrumentTierRule(Map.of("moderate", RiskTier.MEDIUM), Map.of(),
                RiskTier.LOW, Map.of("moderate", 7));
        InstrumentTierRule lenient = new InstrumentTierRule(Map.of(), Map.of(), RiskTier.LOW, Map.of());
        TierPolicy p = new TierPolicy("t@2", POLICY.defaults(), Map.of(
                "3303", new TierRuleSet(Map.of("PHQ9", lenient), 30),
                "330327", new TierRuleSet(Map.of("PHQ9", strict), null)));
        assertThat(p.forArea(List.of("33", "3303", "330327", "330327001")).rule("PHQ9")).isEqualTo(strict);
        assertThat(p.forArea(List.of("33", "3303", "330327", "330327001")).priorPositiveWindowDays()).isEqualTo(90);
        assertThat(p.forArea(List.of("33", "3303", "330328")).rule("PHQ9")).isEqualTo(lenient);
        assertThat(p.forArea(List.of("33", "3303", "330328")).priorPositiveWindowDays()).isEqualTo(30);
        assertThat(p.forArea(List.of("34")).rule("PHQ9")).isEqualTo(POLICY.defaults().rule("PHQ9"));
        assertThat(p.forArea(List.of("33", "3303", "330327")).rule("GAD7")).isEqualTo(POLICY.defaults().rule("GAD7"));
        assertThat(p.overridingArea(List.of("33", "3303", "330327", "x"))).isEqualTo("330327");
    }

    @Test
    void shouldTierAnUnconfiguredInstrumentLowOnlyWhenPositive() {
        TierRuleSet empty = new TierRuleSet(Map.of(), 90);
        assertThat(TIERING.decide(new RiskTiering.Input("NEW", "top", true, List.of(), List.of(), null, false), empty)
                .tier()).isEqualTo(RiskTier.LOW);
        assertThat(TIERING.decide(new RiskTiering.Input("NEW", "top", false, List.of(), List.of(), null, false), empty)
                .tier()).isEqualTo(RiskTier.NONE);
    }

    @Test
    void shouldRejectRulesNamingUnknownBandsOrInstruments() {
        String json = """
                {"version": "bad@1", "defaults": {"priorPositiveWindowDays": 90, "instruments": {
                  "PHQ9": {"bands": {"severe_ish": "MEDIUM"}, "rescreenAfterDays": {"mild": -1}},
                  "XYZ": {}}}, "areas": {"3303": {"instruments": {"GAD7": {"bands": {"nope": "LOW"}}}}}}
                """;
        assertThatThrownBy(() -> new TierRulesLoader().parse(json, bands()))
                .hasMessageContaining("unknown band 'severe_ish'")
                .hasMessageContaining("must be >= 0")
                .hasMessageContaining("unknown instrument XYZ")
                .hasMessageContaining("areas.3303.GAD7.bands: unknown band 'nope'");
        assertThatThrownBy(() -> new TierRulesLoader().parse("{\"version\": \"x\", \"defaults\": {\"instruments\": {"
                + "\"PHQ9\": {\"bands\": {\"severe\": \"PURPLE\"}}}}}", bands()))
                .hasMessageContaining("Malformed tier rules");
    }
}
