package org.socialpsych.assessment.instrument.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A submission is incomplete or invalid and was not scored. Carries structured details of every
 * problem and, because crisis routing must not depend on a complete submission, the
 * {@link #criticalCheck() critical evaluation} of whatever was answered: callers should route a
 * crisis when {@code criticalCheck().critical()} even though they reject the submission.
 */
public class InvalidAnswersException extends RuntimeException {

    private final String instrumentCode;
    private final String definitionVersion;
    private final int expectedItemCount;
    private final int actualItemCount;
    private final List<Integer> missingItems;
    private final Map<Integer, Integer> outOfRangeItems;
    private final List<String> unknownSupplementaryKeys;
    private final List<String> missingSupplementaryKeys;
    private final Map<String, String> invalidSupplementaryValues;
    private final CriticalCheck criticalCheck;

    /**
     * @param instrumentCode instrument code
     * @param definitionVersion definition version
     * @param expectedItemCount number of answers expected (= number of items)
     * @param actualItemCount number of answers given (size of the answer list, 0 for null)
     * @param missingItems item numbers without an answer (null entries or list too short)
     * @param outOfRangeItems item number &rarr; given answer index that is not a valid option index
     * @param unknownSupplementaryKeys supplementary keys the instrument does not define
     * @param missingSupplementaryKeys required supplementary questions left unanswered
     * @param invalidSupplementaryValues key &rarr; given value that is not a valid choice
     * @param criticalCheck critical-rule evaluation of the partial answers
     */
    public InvalidAnswersException(String instrumentCode, String definitionVersion,
                                   int expectedItemCount, int actualItemCount,
                                   List<Integer> missingItems, Map<Integer, Integer> outOfRangeItems,
                                   List<String> unknownSupplementaryKeys,
                                   List<String> missingSupplementaryKeys,
                                   Map<String, String> invalidSupplementaryValues,
                                   CriticalCheck criticalCheck) {
        super(message(definitionVersion, expectedItemCount, actualItemCount, missingItems,
                outOfRangeItems, unknownSupplementaryKeys, missingSupplementaryKeys,
                invalidSupplementaryValues, criticalCheck));
        this.instrumentCode = instrumentCode;
        this.definitionVersion = definitionVersion;
        this.expectedItemCount = expectedItemCount;
        this.actualItemCount = actualItemCount;
        this.missingItems = List.copyOf(missingItems);
        this.outOfRangeItems = Collections.unmodifiableMap(new LinkedHashMap<>(outOfRangeItems));
        this.unknownSupplementaryKeys = List.copyOf(unknownSupplementaryKeys);
        this.missingSupplementaryKeys = List.copyOf(missingSupplementaryKeys);
        this.invalidSupplementaryValues = Collections.unmodifiableMap(new LinkedHashMap<>(invalidSupplementaryValues));
        this.criticalCheck = criticalCheck;
    }

    public String instrumentCode() {
        return instrumentCode;
    }

    public String definitionVersion() {
        return definitionVersion;
    }

    public int expectedItemCount() {
        return expectedItemCount;
    }

    public int actualItemCount() {
        return actualItemCount;
    }

    /** Whether the number of answers differs from the number of items. */
    public boolean wrongCount() {
        return expectedItemCount != actualItemCount;
    }

    /** Item numbers (1-based) without an answer. */
    public List<Integer> missingItems() {
        return missingItems;
    }

    /** Item number &rarr; given answer index outside the item's options. */
    public Map<Integer, Integer> outOfRangeItems() {
        return outOfRangeItems;
    }

    public List<String> unknownSupplementaryKeys() {
        return unknownSupplementaryKeys;
    }

    public List<String> missingSupplementaryKeys() {
        return missingSupplementaryKeys;
    }

    /** Supplementary key &rarr; the rejected value (as text). */
    public Map<String, String> invalidSupplementaryValues() {
        return invalidSupplementaryValues;
    }

    /** Critical-rule evaluation of the partial answers; route a crisis if {@code critical()}. */
    public CriticalCheck criticalCheck() {
        return criticalCheck;
    }

    private static String message(String version, int expected, int actual, List<Integer> missing,
                                  Map<Integer, Integer> outOfRange, List<String> unknownKeys,
                                  List<String> missingKeys, Map<String, String> invalidValues,
                                  CriticalCheck criticalCheck) {
        List<String> parts = new ArrayList<>();
        if (expected != actual) {
            parts.add("expected " + expected + " answers but got " + actual);
        }
        if (!missing.isEmpty()) {
            parts.add("missing items " + missing);
        }
        if (!outOfRange.isEmpty()) {
            parts.add("answer index out of range for items " + outOfRange);
        }
        if (!unknownKeys.isEmpty()) {
            parts.add("unknown supplementary keys " + unknownKeys);
        }
        if (!missingKeys.isEmpty()) {
            parts.add("missing required supplementary answers " + missingKeys);
        }
        if (!invalidValues.isEmpty()) {
            parts.add("invalid supplementary values " + invalidValues);
        }
        if (criticalCheck != null && criticalCheck.critical()) {
            parts.add("CRITICAL rules fired on the partial answers (items " + criticalCheck.criticalItems()
                    + ", supplementary " + criticalCheck.criticalSupplementaryKeys() + ")");
        }
        return "Invalid answers for " + version + ": " + String.join("; ", parts);
    }
}
