package org.socialpsych.assessment.instrument.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socialpsych.assessment.instrument.domain.CriticalCheck;
import org.socialpsych.assessment.instrument.domain.InvalidAnswersException;
import org.socialpsych.chassis.web.ApiException;

/**
 * Renders rejected answers as a 422 problem naming every problem item, plus the critical check of
 * the partial answers: a client must show crisis resources when {@code criticalCheck.critical} is
 * true even though nothing was scored or stored.
 */
public final class AnswerProblems {

    private AnswerProblems() {
    }

    public static ApiException of(InvalidAnswersException e) {
        boolean onlyMissing = e.outOfRangeItems().isEmpty() && e.unknownSupplementaryKeys().isEmpty()
                && e.invalidSupplementaryValues().isEmpty() && e.actualItemCount() <= e.expectedItemCount();
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("instrument", e.instrumentCode());
        props.put("definitionVersion", e.definitionVersion());
        props.put("expectedAnswers", e.expectedItemCount());
        props.put("givenAnswers", e.actualItemCount());
        props.put("missingItems", e.missingItems());
        List<Map<String, Object>> outOfRange = new ArrayList<>();
        e.outOfRangeItems().forEach((item, answer) -> outOfRange.add(Map.of("item", item, "answer", answer)));
        props.put("outOfRangeItems", outOfRange);
        props.put("unknownSupplementaryKeys", e.unknownSupplementaryKeys());
        props.put("missingSupplementaryKeys", e.missingSupplementaryKeys());
        List<Map<String, Object>> invalid = new ArrayList<>();
        e.invalidSupplementaryValues().forEach((key, value) -> invalid.add(Map.of("key", key, "value", value)));
        props.put("invalidSupplementaryValues", invalid);
        props.put("criticalCheck", criticalCheck(e.criticalCheck()));
        return ApiException.invalid(onlyMissing ? "incomplete-answers" : "invalid-answers", e.getMessage(), props);
    }

    static Map<String, Object> criticalCheck(CriticalCheck c) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (c == null) {
            m.put("critical", false);
            m.put("fullyEvaluated", false);
            return m;
        }
        m.put("critical", c.critical());
        m.put("criticalItems", c.criticalItems());
        m.put("criticalSupplementaryKeys", c.criticalSupplementaryKeys());
        m.put("hasCriticalRules", c.hasCriticalRules());
        m.put("fullyEvaluated", c.fullyEvaluated());
        return m;
    }
}
