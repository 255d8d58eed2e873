package org.socialpsych.assessment.instrument.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Result of scoring one complete, valid submission.
 *
 * @param instrumentCode instrument code, e.g. {@code PHQ9}
 * @param definitionVersion version of the definition used, e.g. {@code PHQ9@1}
 * @param score value on the band basis: total (SUM), Zung standard score, or WHO-5 percentage
 * @param rawScore raw sum of item points
 * @param bandId id of the band containing {@code score}
 * @param positiveScreen whether the positive-screen rule fired
 * @param critical whether any critical rule fired (independent of score and band)
 * @param criticalItems item numbers whose critical rule fired
 * @param criticalSupplementaryKeys supplementary keys whose critical rule fired (PHQ-A)
 * @param hasCriticalRules false for instruments without a suicide item (PHQ-2, GAD-2, GAD-7, SAS,
 *     K10, WHO-5, AD8): {@code critical == false} then means "not assessed", not "no risk"
 * @param itemScores points per item in item order; {@code null} for an N/A answer (AD8)
 * @param notApplicableCount number of N/A answers
 * @param supplementaryAnswers supplementary answers normalised to choice codes
 * @param flags ids of advisory flags that fired (e.g. {@code indeterminate}, {@code dysthymia})
 * @param followUpInstrument instrument to administer next (PHQ-2 positive &rarr; PHQ9), or null
 */
public record ScoreResult(
        String instrumentCode,
        String definitionVersion,
        int score,
        int rawScore,
        String bandId,
        boolean positiveScreen,
        boolean critical,
        List<Integer> criticalItems,
        List<String> criticalSupplementaryKeys,
        boolean hasCriticalRules,
        List<Integer> itemScores,
        int notApplicableCount,
        Map<String, String> supplementaryAnswers,
        List<String> flags,
        String followUpInstrument) {

    public ScoreResult {
        criticalItems = List.copyOf(criticalItems);
        criticalSupplementaryKeys = List.copyOf(criticalSupplementaryKeys);
        itemScores = InstrumentDefinition.copyAllowingNulls(itemScores);
        supplementaryAnswers = Collections.unmodifiableMap(new LinkedHashMap<>(supplementaryAnswers));
        flags = List.copyOf(flags);
    }
}
