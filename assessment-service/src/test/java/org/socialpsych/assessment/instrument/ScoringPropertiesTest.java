package org.socialpsych.assessment.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Item;
import org.socialpsych.assessment.instrument.domain.ScoreResult;
import org.socialpsych.assessment.instrument.domain.ScoringEngine;

/**
 * Properties that must hold for every possible answer sheet, checked on thousands of seeded random
 * ones per instrument: the score stays in range, exactly one band holds it, the positive-screen flag
 * and critical flags follow their rules, and answering any item with more points never lowers the
 * score (monotonicity, across reverse-scored items too).
 */
class ScoringPropertiesTest {

    static final ScoringEngine ENGINE = new ScoringEngine();
    static final int SHEETS = 3000;

    static Map<String, Object> supplementary(InstrumentDefinition def, Random random) {
        Map<String, Object> supp = new HashMap<>();
        def.supplementaryQuestions().forEach(q -> {
            if (q.required() || random.nextBoolean()) {
                supp.put(q.key(), random.nextInt(q.isYesNo() ? 2 : 4));
            }
        });
        return supp;
    }

    static List<Integer> randomSheet(InstrumentDefinition def, Random random) {
        List<Integer> answers = new ArrayList<>();
        for (Item item : def.items()) {
            int index;
            do {
                index = random.nextInt(item.options().size());
            } while (item.pointsFor(index).isEmpty() && random.nextInt(4) > 0); // N/A (AD8) now and then
            answers.add(index);
        }
        return answers;
    }

    @ParameterizedTest
    @ValueSource(strings = {"PHQ9", "PHQA", "GAD7", "PHQ2", "GAD2", "EPDS", "AD8", "SDS", "SAS", "K10", "WHO5"})
    void shouldKeepScoresInRangeBandedAndMonotonic(String code) {
        InstrumentDefinition def = InstrumentFixtures.def(code);
        Random random = new Random(code.hashCode());
        for (int n = 0; n < SHEETS; n++) {
            List<Integer> answers = randomSheet(def, random);
            Map<String, Object> supp = supplementary(def, random);
            ScoreResult r = ENGINE.score(def, answers, supp);

            assertThat(r.score()).as(code + " score in range for " + answers)
                    .isBetween(def.scoreMin(), def.scoreMax());
            assertThat(def.bands().stream().filter(b -> b.contains(r.score())).count()).as(code + " one band").isOne();
            assertThat(def.bandFor(r.score()).orElseThrow().id()).isEqualTo(r.bandId());
            if (def.positiveScreen() != null) {
                assertThat(r.positiveScreen()).isEqualTo(def.positiveScreen().test(r.score()));
            }
            if (!def.hasCriticalRules()) {
                assertThat(r.critical()).as(code + " has no critical item").isFalse();
            }
            int pointsSum = r.itemScores().stream().filter(p -> p != null).mapToInt(Integer::intValue).sum();
            assertThat(r.rawScore()).isEqualTo(pointsSum);

            // raise one item to an option worth more points: the score never goes down
            int i = random.nextInt(def.items().size());
            Item item = def.items().get(i);
            Integer current = r.itemScores().get(i);
            for (int option = 0; option < item.options().size(); option++) {
                Integer points = item.pointsFor(option).orElse(null);
                if (current != null && points != null && points > current) {
                    List<Integer> raised = new ArrayList<>(answers);
                    raised.set(i, option);
                    ScoreResult higher = ENGINE.score(def, raised, supp);
                    assertThat(higher.score()).as(code + " monotonic in item " + item.number())
                            .isGreaterThanOrEqualTo(r.score());
                    assertThat(higher.rawScore()).isEqualTo(r.rawScore() + points - current);
                    if (r.critical()) {
                        assertThat(higher.critical() || !r.criticalItems().contains(item.number())).isTrue();
                    }
                }
            }
        }
    }
}
