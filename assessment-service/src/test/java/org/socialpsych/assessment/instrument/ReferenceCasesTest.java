package org.socialpsych.assessment.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialpsych.assessment.instrument.InstrumentFixtures.def;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Formula;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.FormulaType;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Rounding;
import org.socialpsych.assessment.instrument.domain.ScoreResult;
import org.socialpsych.assessment.instrument.domain.ScoringEngine;

/**
 * Every {@code referenceCases} entry of the shared spec ({@code instruments.json}, schemaVersion
 * 1.0), copied verbatim: answerIndices, itemScores and expected values.
 */
class ReferenceCasesTest {

    private final ScoringEngine engine = new ScoringEngine();

    /**
     * @param id fixture id
     * @param code instrument
     * @param answerIndices answerIndices from the spec
     * @param supplementary supplementary answers from the spec
     * @param itemScores itemScores from the spec
     * @param raw expected raw total ("total" or "raw" in the spec)
     * @param score expected band-basis score (total / standard / percentage)
     * @param band expected band id
     * @param critical expected critical flag
     * @param criticalItems expected critical items
     */
    record Case(String id, String code, List<Integer> answerIndices, Map<String, Object> supplementary,
                List<Integer> itemScores, int raw, int score, String band, boolean critical,
                List<Integer> criticalItems) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Case> referenceCases() {
        return Stream.of(
                new Case("PHQ9-01", "PHQ9", List.of(0, 0, 0, 0, 0, 0, 0, 0, 0), Map.of(),
                        List.of(0, 0, 0, 0, 0, 0, 0, 0, 0), 0, 0, "none_minimal", false, List.of()),
                new Case("PHQA-01", "PHQA", List.of(0, 1, 0, 1, 0, 0, 1, 0, 0),
                        Map.of("pastYearDepressedMostDays", "no", "difficulty", 0,
                                "seriousThoughtsPastMonth", "no", "lifetimeSuicideAttempt", "no"),
                        List.of(0, 1, 0, 1, 0, 0, 1, 0, 0), 3, 3, "none_minimal", false, List.of()),
                new Case("GAD7-01", "GAD7", List.of(0, 0, 0, 1, 1, 0, 1), Map.of(),
                        List.of(0, 0, 0, 1, 1, 0, 1), 3, 3, "minimal", false, List.of()),
                new Case("PHQ2-01", "PHQ2", List.of(1, 1), Map.of(), List.of(1, 1), 2, 2, "negative", false, List.of()),
                new Case("GAD2-01", "GAD2", List.of(0, 0), Map.of(), List.of(0, 0), 0, 0, "negative", false, List.of()),
                new Case("EPDS-01", "EPDS", List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Map.of(),
                        List.of(0, 0, 3, 0, 3, 3, 3, 3, 3, 3), 21, 21, "probable", true, List.of(10)),
                new Case("AD8-01", "AD8", List.of(1, 1, 1, 1, 1, 1, 1, 1), Map.of(),
                        List.of(0, 0, 0, 0, 0, 0, 0, 0), 0, 0, "normal", false, List.of()),
                new Case("SDS-01", "SDS", List.of(0, 3, 0, 0, 3, 3, 0, 0, 0, 0, 3, 3, 0, 3, 0, 3, 3, 3, 0, 3), Map.of(),
                        List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), 20, 25, "normal", false, List.of()),
                new Case("SAS-01", "SAS", List.of(0, 0, 0, 0, 3, 0, 0, 0, 3, 0, 0, 0, 3, 0, 0, 0, 3, 0, 3, 0), Map.of(),
                        List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), 20, 25, "normal", false, List.of()),
                new Case("K10-01", "K10", List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Map.of(),
                        List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1), 10, 10, "low", false, List.of()),
                new Case("WHO5-01", "WHO5", List.of(0, 1, 1, 2, 1), Map.of(),
                        List.of(5, 4, 4, 3, 4), 20, 80, "adequate", false, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceCases")
    void referenceCaseScoresAsSpecified(Case c) {
        ScoreResult result = engine.score(def(c.code()), c.answerIndices(), c.supplementary());

        assertThat(result.instrumentCode()).isEqualTo(c.code());
        assertThat(result.definitionVersion()).isEqualTo(c.code() + "@1");
        assertThat(result.itemScores()).containsExactlyElementsOf(c.itemScores());
        assertThat(result.rawScore()).isEqualTo(c.raw());
        assertThat(result.score()).isEqualTo(c.score());
        assertThat(result.bandId()).isEqualTo(c.band());
        assertThat(result.critical()).isEqualTo(c.critical());
        assertThat(result.criticalItems()).containsExactlyElementsOf(c.criticalItems());
        assertThat(result.criticalSupplementaryKeys()).isEmpty();
    }

    @Test
    void phqa01HasNoCriticalTriggersAndNoDysthymiaFlag() {
        ScoreResult result = engine.score(def("PHQA"), List.of(0, 1, 0, 1, 0, 0, 1, 0, 0),
                Map.of("pastYearDepressedMostDays", "no", "difficulty", 0,
                        "seriousThoughtsPastMonth", "no", "lifetimeSuicideAttempt", "no"));

        assertThat(result.flags()).doesNotContain("dysthymia");
        assertThat(result.supplementaryAnswers()).containsEntry("difficulty", "notDifficult");
    }

    @Test
    void ad801HasNoNotApplicableAndIsNotIndeterminate() {
        ScoreResult result = engine.score(def("AD8"), List.of(1, 1, 1, 1, 1, 1, 1, 1), Map.of());

        assertThat(result.notApplicableCount()).isZero();
        assertThat(result.flags()).doesNotContain("indeterminate");
    }

    @Test
    void zungReferenceCasesGiveTheSameResultWhenRoundingHalfUp() {
        for (String code : List.of("SDS", "SAS")) {
            InstrumentDefinition halfUp = def(code).withFormula(
                    new Formula(FormulaType.ZUNG_STANDARD, Rounding.ROUND_HALF_UP), code + "@1-halfup");
            ScoreResult result = engine.score(halfUp, referenceAnswers(code), Map.of());

            assertThat(result.score()).as(code + " standard_ifRoundHalfUp").isEqualTo(25);
            assertThat(result.bandId()).as(code + " band_ifRoundHalfUp").isEqualTo("normal");
            assertThat(result.definitionVersion()).isEqualTo(code + "@1-halfup");
        }
    }

    @Test
    void who501HasNoAnyItemAtMostOneFlag() {
        ScoreResult result = engine.score(def("WHO5"), List.of(0, 1, 1, 2, 1), Map.of());

        assertThat(result.flags()).doesNotContain("anyItemAtMost1");
        assertThat(result.positiveScreen()).isFalse();
    }

    private static List<Integer> referenceAnswers(String code) {
        return referenceCases().filter(c -> c.code().equals(code)).findFirst().orElseThrow().answerIndices();
    }
}
