package org.socialpsych.assessment.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.socialpsych.assessment.instrument.InstrumentFixtures.all;
import static org.socialpsych.assessment.instrument.InstrumentFixtures.answers;
import static org.socialpsych.assessment.instrument.InstrumentFixtures.def;
import static org.socialpsych.assessment.instrument.InstrumentFixtures.forPoints;
import static org.socialpsych.assessment.instrument.InstrumentFixtures.forRaw;
import static org.socialpsych.assessment.instrument.InstrumentFixtures.forRawFromEnd;
import static org.socialpsych.assessment.instrument.InstrumentFixtures.with;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialpsych.assessment.instrument.domain.CriticalCheck;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Band;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Formula;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.FormulaType;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Rounding;
import org.socialpsych.assessment.instrument.domain.InvalidAnswersException;
import org.socialpsych.assessment.instrument.domain.ScoreResult;
import org.socialpsych.assessment.instrument.domain.ScoringEngine;

/** Cases derived from the scoring rules of the spec, per instrument and per rule. */
class ScoringEngineTest {

    private final ScoringEngine engine = new ScoringEngine();

    private ScoreResult score(String code, List<Integer> answers) {
        return engine.score(def(code), answers, Map.of());
    }

    private static InstrumentDefinition halfUp(String code) {
        return def(code).withFormula(new Formula(FormulaType.ZUNG_STANDARD, Rounding.ROUND_HALF_UP), code + "@1-halfup");
    }

    private static Map<String, Object> phqaNo() {
        Map<String, Object> supp = new HashMap<>();
        supp.put("seriousThoughtsPastMonth", "no");
        supp.put("lifetimeSuicideAttempt", "no");
        return supp;
    }

    @Nested
    class BandBoundaries {

        /** Min and max of every band, on the band-basis score; raw chosen to hit it exactly. */
        @ParameterizedTest(name = "{0} raw {1} -> score {2} band {3} positive {4}")
        @CsvSource({
                "PHQ9, 0, 0, none_minimal, false", "PHQ9, 4, 4, none_minimal, false",
                "PHQ9, 5, 5, mild, false", "PHQ9, 9, 9, mild, false",
                "PHQ9, 10, 10, moderate, true", "PHQ9, 14, 14, moderate, true",
                "PHQ9, 15, 15, moderately_severe, true", "PHQ9, 19, 19, moderately_severe, true",
                "PHQ9, 20, 20, severe, true", "PHQ9, 27, 27, severe, true",
                "PHQA, 0, 0, none_minimal, false", "PHQA, 4, 4, none_minimal, false",
                "PHQA, 5, 5, mild, false", "PHQA, 9, 9, mild, false",
                "PHQA, 10, 10, moderate, true", "PHQA, 14, 14, moderate, true",
                "PHQA, 15, 15, moderately_severe, true", "PHQA, 19, 19, moderately_severe, true",
                "PHQA, 20, 20, severe, true", "PHQA, 27, 27, severe, true",
                "GAD7, 0, 0, minimal, false", "GAD7, 4, 4, minimal, false",
                "GAD7, 5, 5, mild, false", "GAD7, 9, 9, mild, false",
                "GAD7, 10, 10, moderate, true", "GAD7, 14, 14, moderate, true",
                "GAD7, 15, 15, severe, true", "GAD7, 21, 21, severe, true",
                "PHQ2, 0, 0, negative, false", "PHQ2, 2, 2, negative, false",
                "PHQ2, 3, 3, positive, true", "PHQ2, 6, 6, positive, true",
                "GAD2, 0, 0, negative, false", "GAD2, 2, 2, negative, false",
                "GAD2, 3, 3, positive, true", "GAD2, 6, 6, positive, true",
                "EPDS, 0, 0, low, false", "EPDS, 9, 9, low, false",
                "EPDS, 10, 10, possible, false", "EPDS, 12, 12, possible, false",
                "EPDS, 13, 13, probable, true", "EPDS, 30, 30, probable, true",
                "AD8, 0, 0, normal, false", "AD8, 1, 1, normal, false",
                "AD8, 2, 2, impairment_likely, true", "AD8, 8, 8, impairment_likely, true",
                // SDS standard = (raw*5) div 4: 20->25, 42->52 (52.5), 43->53, 50->62 (62.5), 51->63, 58->72 (72.5), 59->73, 80->100
                "SDS, 20, 25, normal, false", "SDS, 41, 51, normal, false", "SDS, 42, 52, normal, false",
                "SDS, 43, 53, mild, true", "SDS, 50, 62, mild, true",
                "SDS, 51, 63, moderate, true", "SDS, 58, 72, moderate, true",
                "SDS, 59, 73, severe, true", "SDS, 80, 100, severe, true",
                // SAS: 39->48 (48.75), 40->50, 47->58 (58.75), 48->60, 55->68 (68.75), 56->70
                "SAS, 20, 25, normal, false", "SAS, 39, 48, normal, false",
                "SAS, 40, 50, mild, true", "SAS, 47, 58, mild, true",
                "SAS, 48, 60, moderate, true", "SAS, 55, 68, moderate, true",
                "SAS, 56, 70, severe, true", "SAS, 80, 100, severe, true",
                "K10, 10, 10, low, false", "K10, 15, 15, low, false",
                "K10, 16, 16, moderate, false", "K10, 21, 21, moderate, false",
                "K10, 22, 22, high, true", "K10, 29, 29, high, true",
                "K10, 30, 30, very_high, true", "K10, 50, 50, very_high, true",
                // WHO-5 percentage = raw*4; positive = low well-being (<= 50, i.e. raw < 13)
                "WHO5, 0, 0, likely_depression, true", "WHO5, 7, 28, likely_depression, true",
                "WHO5, 8, 32, poor_wellbeing, true", "WHO5, 12, 48, poor_wellbeing, true",
                "WHO5, 13, 52, adequate, false", "WHO5, 25, 100, adequate, false",
        })
        void bandMinAndMax(String code, int raw, int expectedScore, String expectedBand, boolean positive) {
            InstrumentDefinition def = def(code);
            Map<String, Object> supp = code.equals("PHQA") ? phqaNo() : Map.of();
            for (List<Integer> answers : List.of(forRaw(def, raw), forRawFromEnd(def, raw))) {
                ScoreResult result = engine.score(def, answers, supp);

                assertThat(result.rawScore()).isEqualTo(raw);
                assertThat(result.score()).isEqualTo(expectedScore);
                assertThat(result.bandId()).isEqualTo(expectedBand);
                assertThat(result.positiveScreen()).isEqualTo(positive);
                assertThat(result.itemScores().stream().mapToInt(Integer::intValue).sum()).isEqualTo(raw);
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"PHQ9", "PHQA", "GAD7", "PHQ2", "GAD2", "EPDS", "AD8", "SDS", "SAS", "K10", "WHO5"})
        void everyAttainableRawScoreLandsInExactlyOneBand(String code) {
            InstrumentDefinition def = def(code);
            Map<String, Object> supp = code.equals("PHQA") ? phqaNo() : Map.of();
            for (int raw = def.rawMin(); raw <= def.rawMax(); raw++) {
                ScoreResult result = engine.score(def, forRaw(def, raw), supp);
                int score = result.score();
                List<Band> containing = def.bands().stream().filter(b -> b.contains(score)).toList();

                assertThat(containing).hasSize(1);
                assertThat(result.bandId()).isEqualTo(containing.get(0).id());
            }
        }
    }

    @Nested
    class ReverseScoring {

        /** Spec table §6: points by printed option position for each EPDS item. */
        @Test
        void epdsOptionToPointsMapMatchesTheSpecTable() {
            Set<Integer> reversed = Set.of(3, 5, 6, 7, 8, 9, 10);
            InstrumentDefinition epds = def("EPDS");
            for (int item = 1; item <= 10; item++) {
                for (int index = 0; index < 4; index++) {
                    int expected = reversed.contains(item) ? 3 - index : index;
                    List<Integer> answers = with(all(epds, 3), item, index);
                    ScoreResult result = engine.score(epds, answers, Map.of());

                    assertThat(result.itemScores().get(item - 1)).as("EPDS item %d index %d", item, index).isEqualTo(expected);
                }
            }
        }

        @Test
        void epdsTopOptionEverywhereScores21NotZero() {
            ScoreResult result = score("EPDS", all(def("EPDS"), 0));

            assertThat(result.rawScore()).isEqualTo(21);
            assertThat(result.bandId()).isEqualTo("probable");
            assertThat(result.critical()).isTrue();
        }

        @Test
        void epdsBottomOptionEverywhereScores9AndIsNotCritical() {
            ScoreResult result = score("EPDS", all(def("EPDS"), 3));

            assertThat(result.itemScores()).containsExactly(3, 3, 0, 3, 0, 0, 0, 0, 0, 0);
            assertThat(result.rawScore()).isEqualTo(9);
            assertThat(result.bandId()).isEqualTo("low");
            assertThat(result.critical()).isFalse();
        }

        @Test
        void epdsMaximumAndMinimum() {
            InstrumentDefinition epds = def("EPDS");
            List<Integer> max = answers(3, 3, 0, 3, 0, 0, 0, 0, 0, 0);
            List<Integer> min = answers(0, 0, 3, 0, 3, 3, 3, 3, 3, 3);

            assertThat(engine.score(epds, max, Map.of()).rawScore()).isEqualTo(30);
            assertThat(engine.score(epds, min, Map.of()).rawScore()).isZero();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
                "SDS, '2,5,6,11,12,14,16,17,18,20'",
                "SAS, '5,9,13,17,19'"})
        void zungReverseItemsScoreFourToOne(String code, String reverseList) {
            Set<Integer> reversed = new java.util.HashSet<>();
            for (String s : reverseList.split(",")) {
                reversed.add(Integer.parseInt(s.trim()));
            }
            InstrumentDefinition def = def(code);
            for (int index = 0; index < 4; index++) {
                ScoreResult result = engine.score(def, all(def, index), Map.of());
                for (int item = 1; item <= 20; item++) {
                    int expected = reversed.contains(item) ? 4 - index : index + 1;
                    assertThat(result.itemScores().get(item - 1)).as("%s item %d option %d", code, item, index).isEqualTo(expected);
                }
            }
        }

        @Test
        void sdsAllOptionAGivesRaw50() {
            // 10 forward items x 1 + 10 reverse items x 4 = 50 -> standard 62 (mild)
            ScoreResult result = score("SDS", all(def("SDS"), 0));

            assertThat(result.rawScore()).isEqualTo(50);
            assertThat(result.score()).isEqualTo(62);
            assertThat(result.bandId()).isEqualTo("mild");
        }

        @Test
        void sasAllOptionAGivesRaw35() {
            // 15 forward items x 1 + 5 reverse items x 4 = 35 -> standard 43 (normal)
            ScoreResult result = score("SAS", all(def("SAS"), 0));

            assertThat(result.rawScore()).isEqualTo(35);
            assertThat(result.score()).isEqualTo(43);
            assertThat(result.bandId()).isEqualTo("normal");
        }

        @Test
        void sasAllOptionDGivesRaw65() {
            // 15 forward items x 4 + 5 reverse items x 1 = 65 -> standard 81 (severe)
            ScoreResult result = score("SAS", all(def("SAS"), 3));

            assertThat(result.rawScore()).isEqualTo(65);
            assertThat(result.score()).isEqualTo(81);
            assertThat(result.bandId()).isEqualTo("severe");
        }

        @Test
        void sdsMostDepressedAnchorsGive80And100() {
            List<Integer> answers = answers(3, 0, 3, 3, 0, 0, 3, 3, 3, 3, 0, 0, 3, 0, 3, 0, 0, 0, 3, 0);
            ScoreResult result = score("SDS", answers);

            assertThat(result.rawScore()).isEqualTo(80);
            assertThat(result.score()).isEqualTo(100);
            assertThat(result.bandId()).isEqualTo("severe");
        }
    }

    @Nested
    class ZungRounding {

        @ParameterizedTest(name = "{0} raw {1}: floor {2}/{3}, half-up {4}/{5}")
        @CsvSource({
                "SDS, 20, 25, normal, 25, normal",
                "SDS, 41, 51, normal, 51, normal",     // 51.25
                "SDS, 42, 52, normal, 53, mild",       // 52.5 - band changes
                "SDS, 43, 53, mild, 54, mild",         // 53.75
                "SDS, 50, 62, mild, 63, moderate",     // 62.5 - band changes
                "SDS, 58, 72, moderate, 73, severe",   // 72.5 - band changes
                "SDS, 59, 73, severe, 74, severe",     // 73.75
                "SDS, 80, 100, severe, 100, severe",
                "SAS, 39, 48, normal, 49, normal",     // 48.75
                "SAS, 40, 50, mild, 50, mild",
                "SAS, 46, 57, mild, 58, mild",         // 57.5
                "SAS, 47, 58, mild, 59, mild",         // 58.75 (spec SAS-04)
                "SAS, 55, 68, moderate, 69, moderate", // 68.75
                "SAS, 56, 70, severe, 70, severe",
        })
        void floorVersusRoundHalfUp(String code, int raw, int floorScore, String floorBand, int halfUpScore,
                                    String halfUpBand) {
            ScoreResult floor = engine.score(def(code), forRaw(def(code), raw), Map.of());
            ScoreResult rounded = engine.score(halfUp(code), forRaw(def(code), raw), Map.of());

            assertThat(floor.score()).isEqualTo(floorScore);
            assertThat(floor.bandId()).isEqualTo(floorBand);
            assertThat(rounded.score()).isEqualTo(halfUpScore);
            assertThat(rounded.bandId()).isEqualTo(halfUpBand);
            assertThat(rounded.rawScore()).isEqualTo(floor.rawScore()).isEqualTo(raw);
        }

        @Test
        void floorIsIntegerPartOfRawTimesOnePointTwoFiveForEveryRaw() {
            InstrumentDefinition sds = def("SDS");
            for (int raw = 20; raw <= 80; raw++) {
                int expectedFloor = (int) Math.floor(raw * 1.25);
                int expectedHalfUp = (int) Math.floor(raw * 1.25 + 0.5);

                assertThat(sds.scoreForRaw(raw)).as("floor raw %d", raw).isEqualTo(expectedFloor);
                assertThat(halfUp("SDS").scoreForRaw(raw)).as("half-up raw %d", raw).isEqualTo(expectedHalfUp);
            }
        }

        @Test
        void roundingNeverChangesTheSasBand() {
            InstrumentDefinition floor = def("SAS");
            InstrumentDefinition rounded = halfUp("SAS");
            for (int raw = 20; raw <= 80; raw++) {
                assertThat(floor.bandFor(floor.scoreForRaw(raw)).orElseThrow().id())
                        .isEqualTo(rounded.bandFor(rounded.scoreForRaw(raw)).orElseThrow().id());
            }
        }

        @Test
        void roundingChangesTheSdsBandOnlyAtRaw42_50_58() {
            InstrumentDefinition floor = def("SDS");
            InstrumentDefinition rounded = halfUp("SDS");
            List<Integer> differing = new ArrayList<>();
            for (int raw = 20; raw <= 80; raw++) {
                String a = floor.bandFor(floor.scoreForRaw(raw)).orElseThrow().id();
                String b = rounded.bandFor(rounded.scoreForRaw(raw)).orElseThrow().id();
                if (!a.equals(b)) {
                    differing.add(raw);
                }
            }
            assertThat(differing).containsExactly(42, 50, 58);
        }

        @Test
        void shippedZungDefinitionsUseFloorExplicitly() {
            assertThat(def("SDS").formula().rounding()).isEqualTo(Rounding.FLOOR);
            assertThat(def("SAS").formula().rounding()).isEqualTo(Rounding.FLOOR);
        }
    }

    @Nested
    class Who5 {

        @Test
        void percentageIsRawTimesFourForEveryRaw() {
            InstrumentDefinition who5 = def("WHO5");
            for (int raw = 0; raw <= 25; raw++) {
                ScoreResult result = engine.score(who5, forRaw(who5, raw), Map.of());

                assertThat(result.rawScore()).isEqualTo(raw);
                assertThat(result.score()).isEqualTo(raw * 4);
                assertThat(result.positiveScreen()).as("raw %d", raw).isEqualTo(raw < 13);
            }
        }

        @Test
        void highScoreIsGoodWellBeing() {
            ScoreResult result = score("WHO5", all(def("WHO5"), 0));

            assertThat(result.score()).isEqualTo(100);
            assertThat(result.bandId()).isEqualTo("adequate");
            assertThat(result.positiveScreen()).isFalse();
            assertThat(result.flags()).isEmpty();
        }

        @Test
        void anyItemZeroOrOneRaisesAdvisoryFlagEvenWhenAdequate() {
            // points 5,5,5,1,5 = raw 21 -> 84%, adequate, but item 4 scored 1
            ScoreResult result = score("WHO5", forPoints(def("WHO5"), 5, 5, 5, 1, 5));

            assertThat(result.bandId()).isEqualTo("adequate");
            assertThat(result.positiveScreen()).isFalse();
            assertThat(result.flags()).containsExactly("anyItemAtMost1");
            assertThat(result.critical()).isFalse();
        }

        @Test
        void itemsAtTwoOrMoreDoNotRaiseTheFlag() {
            ScoreResult result = score("WHO5", forPoints(def("WHO5"), 2, 2, 2, 2, 5));

            assertThat(result.score()).isEqualTo(52);
            assertThat(result.flags()).isEmpty();
        }

        @Test
        void fiftyIsNotAttainable() {
            assertThat(def("WHO5").scoreForRaw(12)).isEqualTo(48);
            assertThat(def("WHO5").scoreForRaw(13)).isEqualTo(52);
        }
    }

    @Nested
    class Ad8NotApplicable {

        private static final int YES = 0;
        private static final int NO = 1;
        private static final int NA = 2;

        @Test
        void notApplicableIsValidAndNotCounted() {
            ScoreResult result = score("AD8", answers(YES, NA, NO, NO, NO, NO, NO, NO));

            assertThat(result.rawScore()).isEqualTo(1);
            assertThat(result.itemScores()).containsExactly(1, null, 0, 0, 0, 0, 0, 0);
            assertThat(result.notApplicableCount()).isEqualTo(1);
            assertThat(result.bandId()).isEqualTo("normal");
            assertThat(result.positiveScreen()).isFalse();
        }

        @Test
        void yesPlusNotApplicableReachingTwoIsIndeterminate() {
            ScoreResult result = score("AD8", answers(YES, NA, NO, NO, NO, NO, NO, NO));

            assertThat(result.flags()).containsExactly("indeterminate");
        }

        @Test
        void twoNotApplicableWithoutYesIsIndeterminate() {
            ScoreResult result = score("AD8", answers(NO, NA, NO, NA, NO, NO, NO, NO));

            assertThat(result.rawScore()).isZero();
            assertThat(result.flags()).containsExactly("indeterminate");
        }

        @Test
        void singleNotApplicableWithoutYesIsNotIndeterminate() {
            ScoreResult result = score("AD8", answers(NO, NA, NO, NO, NO, NO, NO, NO));

            assertThat(result.flags()).isEmpty();
        }

        @Test
        void positiveScreenIsNeverIndeterminate() {
            ScoreResult result = score("AD8", answers(YES, YES, NA, NA, NO, NO, NO, NO));

            assertThat(result.rawScore()).isEqualTo(2);
            assertThat(result.positiveScreen()).isTrue();
            assertThat(result.bandId()).isEqualTo("impairment_likely");
            assertThat(result.flags()).isEmpty();
        }

        @Test
        void allNotApplicableScoresZero() {
            ScoreResult result = score("AD8", all(def("AD8"), NA));

            assertThat(result.rawScore()).isZero();
            assertThat(result.notApplicableCount()).isEqualTo(8);
            assertThat(result.itemScores()).containsOnlyNulls().hasSize(8);
            assertThat(result.bandId()).isEqualTo("normal");
            assertThat(result.flags()).containsExactly("indeterminate");
        }

        @Test
        void allYesScoresEight() {
            ScoreResult result = score("AD8", all(def("AD8"), YES));

            assertThat(result.rawScore()).isEqualTo(8);
            assertThat(result.critical()).isFalse();
        }

        @Test
        void nullIsMissingNotNotApplicable() {
            InvalidAnswersException e = catchThrowableOfType(InvalidAnswersException.class,
                    () -> score("AD8", answers(NO, null, NO, NO, NO, NO, NO, NO)));

            assertThat(e.missingItems()).containsExactly(2);
        }

        @Test
        void indexAfterNotApplicableIsOutOfRange() {
            InvalidAnswersException e = catchThrowableOfType(InvalidAnswersException.class,
                    () -> score("AD8", answers(NO, 3, NO, NO, NO, NO, NO, NO)));

            assertThat(e.outOfRangeItems()).containsExactly(Map.entry(2, 3));
        }

        @Test
        void notApplicableIndexIsTheDocumentedOne() {
            assertThat(def("AD8").items()).allSatisfy(item -> {
                assertThat(item.allowsNotApplicable()).isTrue();
                assertThat(item.notApplicableIndex()).isEqualTo(NA);
                assertThat(item.indexOfCode("na")).isEqualTo(NA);
            });
        }
    }

    @Nested
    class CriticalRules {

        @ParameterizedTest(name = "PHQ9 item 9 index {0} -> critical {1}")
        @CsvSource({"0, false", "1, true", "2, true", "3, true"})
        void phq9Item9AtLeastOne(int index, boolean critical) {
            ScoreResult result = score("PHQ9", with(all(def("PHQ9"), 0), 9, index));

            assertThat(result.critical()).isEqualTo(critical);
            assertThat(result.criticalItems()).isEqualTo(critical ? List.of(9) : List.of());
            assertThat(result.hasCriticalRules()).isTrue();
        }

        @Test
        void phq9CriticalRegardlessOfTotal() {
            ScoreResult result = score("PHQ9", with(all(def("PHQ9"), 0), 9, 1));

            assertThat(result.rawScore()).isEqualTo(1);
            assertThat(result.bandId()).isEqualTo("none_minimal");
            assertThat(result.positiveScreen()).isFalse();
            assertThat(result.critical()).isTrue();
        }

        @Test
        void phq9SevereWithoutItem9IsNotCritical() {
            ScoreResult result = score("PHQ9", with(all(def("PHQ9"), 3), 9, 0));

            assertThat(result.rawScore()).isEqualTo(24);
            assertThat(result.bandId()).isEqualTo("severe");
            assertThat(result.critical()).isFalse();
        }

        @Test
        void epdsTotal11WithItem10IsCriticalRegardlessOfTotal() {
            // EPDS-03 style: total 11 ("possible") but item 10 "Hardly ever" (1 point)
            ScoreResult result = score("EPDS", forPoints(def("EPDS"), 1, 1, 1, 1, 1, 1, 1, 1, 2, 1));

            assertThat(result.rawScore()).isEqualTo(11);
            assertThat(result.bandId()).isEqualTo("possible");
            assertThat(result.positiveScreen()).isFalse();
            assertThat(result.critical()).isTrue();
            assertThat(result.criticalItems()).containsExactly(10);
        }

        @ParameterizedTest(name = "EPDS item 10 option index {0} = {1} points -> critical {2}")
        @CsvSource({"0, 3, true", "1, 2, true", "2, 1, true", "3, 0, false"})
        void epdsItem10UsesPointsAfterReverseMapping(int index, int points, boolean critical) {
            ScoreResult result = score("EPDS", with(all(def("EPDS"), 3), 10, index));

            assertThat(result.itemScores().get(9)).isEqualTo(points);
            assertThat(result.critical()).isEqualTo(critical);
        }

        @Test
        void epdsItem9IsNotTheSelfHarmItem() {
            ScoreResult result = score("EPDS", with(all(def("EPDS"), 3), 9, 0));

            assertThat(result.itemScores().get(8)).isEqualTo(3);
            assertThat(result.critical()).isFalse();
        }

        @ParameterizedTest(name = "SDS item 19 option {0} = {1} points -> critical {2}")
        @CsvSource({"0, 1, false", "1, 2, true", "2, 3, true", "3, 4, true"})
        void sdsItem19AtLeastTwoPoints(int index, int points, boolean critical) {
            List<Integer> healthy = answers(0, 3, 0, 0, 3, 3, 0, 0, 0, 0, 3, 3, 0, 3, 0, 3, 3, 3, 0, 3);
            ScoreResult result = score("SDS", with(healthy, 19, index));

            assertThat(result.itemScores().get(18)).isEqualTo(points);
            assertThat(result.critical()).isEqualTo(critical);
            assertThat(result.bandId()).isEqualTo("normal");
            assertThat(result.criticalItems()).isEqualTo(critical ? List.of(19) : List.of());
        }

        @Test
        void phqaItem9AloneIsCritical() {
            ScoreResult result = engine.score(def("PHQA"), with(all(def("PHQA"), 0), 9, 1), phqaNo());

            assertThat(result.critical()).isTrue();
            assertThat(result.criticalItems()).containsExactly(9);
            assertThat(result.criticalSupplementaryKeys()).isEmpty();
        }

        @Test
        void phqaSeriousThoughtsPastMonthAloneIsCritical() {
            Map<String, Object> supp = phqaNo();
            supp.put("seriousThoughtsPastMonth", "yes");
            ScoreResult result = engine.score(def("PHQA"), all(def("PHQA"), 0), supp);

            assertThat(result.rawScore()).isZero();
            assertThat(result.critical()).isTrue();
            assertThat(result.criticalItems()).isEmpty();
            assertThat(result.criticalSupplementaryKeys()).containsExactly("seriousThoughtsPastMonth");
        }

        @Test
        void phqaLifetimeAttemptAloneIsCritical() {
            Map<String, Object> supp = phqaNo();
            supp.put("lifetimeSuicideAttempt", true);
            ScoreResult result = engine.score(def("PHQA"), all(def("PHQA"), 0), supp);

            assertThat(result.critical()).isTrue();
            assertThat(result.criticalSupplementaryKeys()).containsExactly("lifetimeSuicideAttempt");
            assertThat(result.supplementaryAnswers()).containsEntry("lifetimeSuicideAttempt", "yes");
        }

        @Test
        void phqaAllThreeTriggers() {
            Map<String, Object> supp = new HashMap<>();
            supp.put("seriousThoughtsPastMonth", "YES");
            supp.put("lifetimeSuicideAttempt", 0);
            ScoreResult result = engine.score(def("PHQA"), with(all(def("PHQA"), 0), 9, 3), supp);

            assertThat(result.criticalItems()).containsExactly(9);
            assertThat(result.criticalSupplementaryKeys())
                    .containsExactly("seriousThoughtsPastMonth", "lifetimeSuicideAttempt");
        }

        @Test
        void phqaPastYearDepressedIsDysthymiaFlagNotCritical() {
            Map<String, Object> supp = phqaNo();
            supp.put("pastYearDepressedMostDays", "yes");
            supp.put("difficulty", "very");
            ScoreResult result = engine.score(def("PHQA"), all(def("PHQA"), 0), supp);

            assertThat(result.critical()).isFalse();
            assertThat(result.flags()).containsExactly("dysthymia");
            assertThat(result.supplementaryAnswers()).containsEntry("difficulty", "very");
        }

        @ParameterizedTest
        @ValueSource(strings = {"PHQ2", "GAD2", "GAD7", "SAS", "K10", "WHO5", "AD8"})
        void shortScreensAreNeverCritical(String code) {
            InstrumentDefinition def = def(code);
            for (int index = 0; index < def.items().get(0).options().size(); index++) {
                ScoreResult result = engine.score(def, all(def, index), Map.of());

                assertThat(result.critical()).isFalse();
                assertThat(result.criticalItems()).isEmpty();
                assertThat(result.hasCriticalRules()).isFalse();
            }
            assertThat(def.hasCriticalRules()).isFalse();
            assertThat(engine.evaluateCritical(def, all(def, 3), Map.of()).hasCriticalRules()).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"PHQ9", "PHQA", "EPDS", "SDS"})
        void instrumentsWithASuicideItemHaveCriticalRules(String code) {
            assertThat(def(code).hasCriticalRules()).isTrue();
        }
    }

    @Nested
    class PartialSubmissions {

        @Test
        void criticalFiresOnPartialAnswersAndIsCarriedByTheException() {
            // item 9 answered "More than half the days" (2), item 8 skipped
            List<Integer> partial = answers(0, 0, 0, 0, 0, 0, 0, null, 2);
            InvalidAnswersException e = catchThrowableOfType(InvalidAnswersException.class,
                    () -> score("PHQ9", partial));

            assertThat(e.missingItems()).containsExactly(8);
            assertThat(e.criticalCheck().critical()).isTrue();
            assertThat(e.criticalCheck().criticalItems()).containsExactly(9);
            assertThat(e.criticalCheck().criticalItemPoints()).containsExactly(Map.entry(9, 2));
            assertThat(e.getMessage()).contains("CRITICAL");
        }

        @Test
        void epdsAbandonedAfterItem10StillRoutesCrisis() {
            List<Integer> partial = answers(0, 0, null, null, null, null, null, null, null, 1);
            CriticalCheck check = engine.evaluateCritical(def("EPDS"), partial, Map.of());

            assertThat(check.critical()).isTrue();
            assertThat(check.criticalItems()).containsExactly(10);
            assertThat(check.criticalItemPoints()).containsEntry(10, 2);
            assertThat(check.fullyEvaluated()).isTrue();
        }

        @Test
        void shortListWithCriticalItemAnswered() {
            // SDS quit after item 19 ("good part of the time")
            List<Integer> partial = new ArrayList<>(Collections.nCopies(18, 0));
            partial.add(2);
            CriticalCheck check = engine.evaluateCritical(def("SDS"), partial, null);

            assertThat(check.critical()).isTrue();
            assertThat(check.criticalItems()).containsExactly(19);
            assertThat(check.criticalItemPoints()).containsEntry(19, 3);
        }

        @Test
        void criticalItemNotYetAnsweredIsNotFullyEvaluated() {
            CriticalCheck check = engine.evaluateCritical(def("PHQ9"), answers(3, 3, 3), Map.of());

            assertThat(check.critical()).isFalse();
            assertThat(check.fullyEvaluated()).isFalse();
            assertThat(check.hasCriticalRules()).isTrue();
        }

        @Test
        void emptyOrNullAnswersNeverThrow() {
            assertThat(engine.evaluateCritical(def("PHQ9"), null, null).critical()).isFalse();
            assertThat(engine.evaluateCritical(def("PHQ9"), List.of(), Map.of()).fullyEvaluated()).isFalse();
        }

        @Test
        void outOfRangeCriticalAnswerCannotFire() {
            CriticalCheck check = engine.evaluateCritical(def("PHQ9"), answers(0, 0, 0, 0, 0, 0, 0, 0, 7), Map.of());

            assertThat(check.critical()).isFalse();
            assertThat(check.fullyEvaluated()).isFalse();
        }

        @Test
        void extraAnswersAreIgnoredByTheCriticalCheckButRejectedByScoring() {
            List<Integer> tooMany = answers(0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 3);
            CriticalCheck check = engine.evaluateCritical(def("PHQ9"), tooMany, Map.of());
            InvalidAnswersException e = catchThrowableOfType(InvalidAnswersException.class,
                    () -> score("PHQ9", tooMany));

            assertThat(check.critical()).isTrue();
            assertThat(e.wrongCount()).isTrue();
            assertThat(e.expectedItemCount()).isEqualTo(9);
            assertThat(e.actualItemCount()).isEqualTo(11);
            assertThat(e.criticalCheck().critical()).isTrue();
        }

        @Test
        void phqaSupplementaryAloneRoutesCrisisWithoutAnyItemAnswers() {
            CriticalCheck check = engine.evaluateCritical(def("PHQA"), List.of(),
                    Map.of("lifetimeSuicideAttempt", "yes"));

            assertThat(check.critical()).isTrue();
            assertThat(check.criticalSupplementaryKeys()).containsExactly("lifetimeSuicideAttempt");
            assertThat(check.fullyEvaluated()).isFalse();
        }

        @Test
        void phqaInvalidSupplementaryValueCannotFire() {
            CriticalCheck check = engine.evaluateCritical(def("PHQA"), all(def("PHQA"), 0),
                    Map.of("seriousThoughtsPastMonth", "maybe", "lifetimeSuicideAttempt", "no"));

            assertThat(check.critical()).isFalse();
            assertThat(check.fullyEvaluated()).isFalse();
        }

        @Test
        void phqaFullyEvaluatedWhenItem9AndBothQuestionsAnswered() {
            CriticalCheck check = engine.evaluateCritical(def("PHQA"), all(def("PHQA"), 0), phqaNo());

            assertThat(check.critical()).isFalse();
            assertThat(check.fullyEvaluated()).isTrue();
            assertThat(check.instrumentCode()).isEqualTo("PHQA");
            assertThat(check.definitionVersion()).isEqualTo("PHQA@1");
        }
    }

    @Nested
    class InvalidInput {

        @Test
        void missingItemsAreNamed() {
            InvalidAnswersException e = catchThrowableOfType(InvalidAnswersException.class,
                    () -> score("GAD7", answers(0, null, 1, null, 0, 0, null)));

            assertThat(e.missingItems()).containsExactly(2, 4, 7);
            assertThat(e.wrongCount()).isFalse();
            assertThat(e.outOfRangeItems()).isEmpty();
            assertThat(e.getMessage()).contains("missing items [2, 4, 7]").contains("GAD7@1");
            assertThat(e.instrumentCode()).isEqualTo("GAD7");
            assertThat(e.definitionVersion()).isEqualTo("GAD7@1");
        }

        @Test
        void tooFewAnswersNameTheTrailingItems() {
            InvalidAnswersException e = catchThrowableOfType(InvalidAnswersException.class,
                    () -> score("PHQ9", answers(0, 0, 0, 0, 0, 0, 0)));

            assertThat(e.wrongCount()).isTrue();
            assertThat(e.expectedItemCount()).isEqualTo(9);
            assertThat(e.actualItemCount()).isEqualTo(7);
            assertThat(e.missingItems()).containsExactly(8, 9);
            assertThat(e.getMessage()).contains("expected 9 answers but got 7");
        }

        @Test
        void nullAnswerListMeansEverythingMissing() {
            InvalidAnswersException e = catchThrowableOfType(InvalidAnswersException.class,
                    () -> engine.score(def("PHQ2"), null, null));

            assertThat(e.missingItems()).containsExactly(1, 2);
            assertThat(e.actualItemCount()).isZero();
        }

        @ParameterizedTest(name = "{0} item 1 index {1}")
        @CsvSource({"PHQ9, 4", "PHQ9, -1", "EPDS, 4", "SDS, 4", "K10, 5", "WHO5, 6", "AD8, 3", "PHQ2, 99"})
        void outOfRangeIndexIsRejected(String code, int index) {
            InstrumentDefinition def = def(code);
            InvalidAnswersException e = catchThrowableOfType(InvalidAnswersException.class,
                    () -> engine.score(def, with(all(def, 0), 1, index), Map.of()));

            assertThat(e.outOfRangeItems()).containsExactly(Map.entry(1, index));
            assertThat(e.missingItems()).isEmpty();
            assertThat(e.getMessage()).contains("out of range");
        }

        @Test
        void lastValidIndexIsAccepted() {
            assertThat(score("K10", all(def("K10"), 4)).rawScore()).isEqualTo(50);
            assertThat(score("WHO5", all(def("WHO5"), 5)).rawScore()).isZero();
        }

        @Test
        void severalProblemsAreReportedTogether() {
            InvalidAnswersException e = catchThrowableOfType(InvalidAnswersException.class,
                    () -> engine.score(def("PHQA"), answers(0, 9, null, 0, 0, 0, 0, 0),
                            Map.of("seriousThoughtsPastMonth", "perhaps", "favouriteColour", "blue")));

            assertThat(e.wrongCount()).isTrue();
            assertThat(e.missingItems()).containsExactly(3, 9);
            assertThat(e.outOfRangeItems()).containsExactly(Map.entry(2, 9));
            assertThat(e.unknownSupplementaryKeys()).containsExactly("favouriteColour");
            assertThat(e.invalidSupplementaryValues()).containsExactly(Map.entry("seriousThoughtsPastMonth", "perhaps"));
            assertThat(e.missingSupplementaryKeys()).containsExactly("lifetimeSuicideAttempt");
        }

        @Test
        void phqaRequiresBothSuicideQuestions() {
            InvalidAnswersException e = catchThrowableOfType(InvalidAnswersException.class,
                    () -> engine.score(def("PHQA"), all(def("PHQA"), 0), Map.of("pastYearDepressedMostDays", "no")));

            assertThat(e.missingSupplementaryKeys()).containsExactly("seriousThoughtsPastMonth", "lifetimeSuicideAttempt");
            assertThat(e.missingItems()).isEmpty();
        }

        @Test
        void phqaMissingQuestionStillReportsCriticalFromTheOther() {
            InvalidAnswersException e = catchThrowableOfType(InvalidAnswersException.class,
                    () -> engine.score(def("PHQA"), all(def("PHQA"), 0), Map.of("lifetimeSuicideAttempt", "yes")));

            assertThat(e.missingSupplementaryKeys()).containsExactly("seriousThoughtsPastMonth");
            assertThat(e.criticalCheck().critical()).isTrue();
            assertThat(e.criticalCheck().criticalSupplementaryKeys()).containsExactly("lifetimeSuicideAttempt");
        }

        @Test
        void phqaOptionalQuestionsMayBeOmitted() {
            ScoreResult result = engine.score(def("PHQA"), all(def("PHQA"), 1), phqaNo());

            assertThat(result.rawScore()).isEqualTo(9);
            assertThat(result.supplementaryAnswers()).containsOnlyKeys("seriousThoughtsPastMonth", "lifetimeSuicideAttempt");
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, 2, 5})
        void phqaYesNoIndexOutOfRangeIsInvalid(int index) {
            Map<String, Object> supp = phqaNo();
            supp.put("seriousThoughtsPastMonth", index);
            InvalidAnswersException e = catchThrowableOfType(InvalidAnswersException.class,
                    () -> engine.score(def("PHQA"), all(def("PHQA"), 0), supp));

            assertThat(e.invalidSupplementaryValues()).containsKey("seriousThoughtsPastMonth");
        }

        @Test
        void booleanIsInvalidForNonYesNoQuestion() {
            Map<String, Object> supp = phqaNo();
            supp.put("difficulty", true);
            InvalidAnswersException e = catchThrowableOfType(InvalidAnswersException.class,
                    () -> engine.score(def("PHQA"), all(def("PHQA"), 0), supp));

            assertThat(e.invalidSupplementaryValues()).containsExactly(Map.entry("difficulty", "true"));
        }

        @Test
        void supplementaryAnswersForInstrumentWithoutQuestionsAreUnknown() {
            InvalidAnswersException e = catchThrowableOfType(InvalidAnswersException.class,
                    () -> engine.score(def("PHQ9"), all(def("PHQ9"), 0), Map.of("lifetimeSuicideAttempt", "no")));

            assertThat(e.unknownSupplementaryKeys()).containsExactly("lifetimeSuicideAttempt");
        }

        @Test
        void validSubmissionDoesNotThrow() {
            ScoreResult result = score("GAD7", all(def("GAD7"), 3));

            assertThat(result.rawScore()).isEqualTo(21);
            assertThat(result.bandId()).isEqualTo("severe");
        }

        @Test
        void exceptionIsARuntimeException() {
            assertThatThrownBy(() -> score("GAD2", answers(0)))
                    .isInstanceOf(RuntimeException.class)
                    .isInstanceOf(InvalidAnswersException.class)
                    .hasMessageContaining("missing items [2]");
        }
    }

    @Nested
    class FollowUp {

        @ParameterizedTest(name = "{0} raw {1} -> follow-up {2}")
        @CsvSource({"PHQ2, 2, ", "PHQ2, 3, PHQ9", "PHQ2, 6, PHQ9", "GAD2, 2, ", "GAD2, 3, GAD7",
                "PHQ9, 27, ", "GAD7, 21, ", "EPDS, 30, ", "WHO5, 0, "})
        void fullFormAfterPositiveShortScreen(String code, int raw, String followUp) {
            ScoreResult result = score(code, forRaw(def(code), raw));

            assertThat(result.followUpInstrument()).isEqualTo(followUp);
        }

        @Test
        void phq2PositiveIsStillNotCriticalAndSaysSo() {
            ScoreResult result = score("PHQ2", all(def("PHQ2"), 3));

            assertThat(result.positiveScreen()).isTrue();
            assertThat(result.critical()).isFalse();
            assertThat(result.hasCriticalRules()).isFalse();
            assertThat(result.followUpInstrument()).isEqualTo("PHQ9");
        }
    }

    @Nested
    class K10 {

        @Test
        void itemsAreCodedOneToFive() {
            ScoreResult result = score("K10", answers(0, 1, 2, 3, 4, 0, 1, 2, 3, 4));

            assertThat(result.itemScores()).containsExactly(1, 2, 3, 4, 5, 1, 2, 3, 4, 5);
            assertThat(result.rawScore()).isEqualTo(30);
            assertThat(result.bandId()).isEqualTo("very_high");
        }

        @Test
        void alternativeBandSchemeIsJustAnotherDefinitionVersion() {
            // K10-03: total 22 is "high" (ABS) but "mild_disorder" (CRUfAD)
            InstrumentDefinition abs = def("K10");
            InstrumentDefinition crufad = new InstrumentDefinition(abs.code(), "K10@crufad", abs.name(), abs.nameZh(),
                    abs.licence(), abs.pointRange(), abs.items(), abs.supplementaryQuestions(), abs.formula(),
                    abs.bandBasis(),
                    List.of(new Band("likely_well", 10, 19, "Likely to be well", null),
                            new Band("mild_disorder", 20, 24, "Likely mild disorder", null),
                            new Band("moderate_disorder", 25, 29, "Likely moderate disorder", null),
                            new Band("severe_disorder", 30, 50, "Likely severe disorder", null)),
                    abs.positiveScreen(), abs.criticalRules(), abs.advisoryFlags(), null, List.of());
            new org.socialpsych.assessment.instrument.domain.DefinitionValidator().validate(crufad);

            assertThat(engine.score(abs, forRaw(abs, 22), Map.of()).bandId()).isEqualTo("high");
            assertThat(engine.score(crufad, forRaw(abs, 22), Map.of()).bandId()).isEqualTo("mild_disorder");
            assertThat(engine.score(crufad, forRaw(abs, 10), Map.of()).bandId()).isEqualTo("likely_well");
            assertThat(engine.score(crufad, forRaw(abs, 22), Map.of()).definitionVersion()).isEqualTo("K10@crufad");
        }
    }
}
