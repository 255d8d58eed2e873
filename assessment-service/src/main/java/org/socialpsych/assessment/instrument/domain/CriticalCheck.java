package org.socialpsych.assessment.instrument.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Outcome of evaluating an instrument's critical (crisis-routing) rules. Works on complete and on
 * partial/invalid submissions: a rule whose item or supplementary question is unanswered (or
 * answered with an unusable value) simply cannot fire and makes {@link #fullyEvaluated()} false.
 *
 * @param instrumentCode instrument code
 * @param definitionVersion definition version the rules came from
 * @param critical whether any critical rule fired
 * @param criticalItems item numbers whose rule fired, in rule order
 * @param criticalSupplementaryKeys supplementary keys whose rule fired, in rule order
 * @param criticalItemPoints points of each fired item (e.g. PHQ-9 item 9 value 1/2/3 for triage)
 * @param hasCriticalRules false for instruments that cannot raise a crisis flag at all (no
 *     suicide item): a non-critical result must then not be read as "no suicide risk"
 * @param fullyEvaluated whether every critical rule could be evaluated on the given answers
 */
public record CriticalCheck(
        String instrumentCode,
        String definitionVersion,
        boolean critical,
        List<Integer> criticalItems,
        List<String> criticalSupplementaryKeys,
        Map<Integer, Integer> criticalItemPoints,
        boolean hasCriticalRules,
        boolean fullyEvaluated) {

    public CriticalCheck {
        criticalItems = List.copyOf(criticalItems);
        criticalSupplementaryKeys = List.copyOf(criticalSupplementaryKeys);
        criticalItemPoints = Collections.unmodifiableMap(new LinkedHashMap<>(criticalItemPoints));
    }
}
