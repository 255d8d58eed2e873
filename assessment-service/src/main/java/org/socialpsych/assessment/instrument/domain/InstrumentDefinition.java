package org.socialpsych.assessment.instrument.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable, versioned, data-driven definition of a screening instrument (PHQ-9, EPDS, SDS, ...).
 *
 * <p>Everything that decides a score is data: the per-item option&rarr;points table (so reverse
 * scoring is explicit per item), the formula that turns the raw sum into the band-basis score, the
 * inclusive bands, the positive-screen rule, the critical (crisis-routing) rules and advisory flags.
 * Construction only checks for nulls; use {@link DefinitionValidator} to check consistency before a
 * definition is used for scoring.
 *
 * <p>Answers are 0-based indices into {@link Item#options()}. An option with
 * {@link AnswerOption#notApplicable()} (only on items with {@link Item#allowsNotApplicable()}, e.g.
 * AD8 "N/A, don't know") is a valid answer that scores nothing.
 *
 * @param code instrument code, e.g. {@code PHQ9}
 * @param version definition version, {@code <code>@<revision>}, e.g. {@code PHQ9@1}
 * @param name English name
 * @param nameZh Chinese name (nullable)
 * @param licence licence facts that affect what may be shipped/displayed
 * @param pointRange inclusive range every scored option's points must lie in
 * @param items scored items in presentation order, numbered 1..n
 * @param supplementaryQuestions unscored questions (e.g. PHQ-A suicide questions); may be empty
 * @param formula how the raw sum becomes the band-basis score
 * @param bandBasis which score the bands and the positive-screen rule refer to
 * @param bands inclusive, contiguous bands over the whole score range, ascending
 * @param positiveScreen positive-screen rule on the band-basis score (nullable = never positive)
 * @param criticalRules crisis-routing rules, independent of total and band; may be empty
 * @param advisoryFlags advisory (non-crisis) flags; may be empty
 * @param requiresFullFormOnPositive code of the instrument to administer after a positive screen
 *     (e.g. PHQ2 &rarr; PHQ9); nullable
 * @param notes free-text documentation of choices made in this definition; may be empty
 */
public record InstrumentDefinition(
        String code,
        String version,
        String name,
        String nameZh,
        Licence licence,
        PointRange pointRange,
        List<Item> items,
        List<SupplementaryQuestion> supplementaryQuestions,
        Formula formula,
        BandBasis bandBasis,
        List<Band> bands,
        PositiveScreenRule positiveScreen,
        List<CriticalRule> criticalRules,
        List<AdvisoryFlagRule> advisoryFlags,
        String requiresFullFormOnPositive,
        List<String> notes) {

    public InstrumentDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(pointRange, "pointRange");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(bandBasis, "bandBasis");
        items = copy(items, "items");
        supplementaryQuestions = copy(supplementaryQuestions, "supplementaryQuestions");
        bands = copy(bands, "bands");
        criticalRules = copy(criticalRules, "criticalRules");
        advisoryFlags = copy(advisoryFlags, "advisoryFlags");
        notes = copy(notes, "notes");
    }

    /** Number of scored items, i.e. the number of answers {@link ScoringEngine#score} expects. */
    public int itemCount() {
        return items.size();
    }

    /** The item with the given 1-based number, if any. */
    public Optional<Item> item(int number) {
        return items.stream().filter(i -> i.number() == number).findFirst();
    }

    /** The supplementary question with the given key, if any. */
    public Optional<SupplementaryQuestion> supplementaryQuestion(String key) {
        return supplementaryQuestions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    /** The band with the given id, if any. */
    public Optional<Band> band(String id) {
        return bands.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** The band containing {@code score}, if any (a validated definition always has one). */
    public Optional<Band> bandFor(int score) {
        return bands.stream().filter(b -> b.contains(score)).findFirst();
    }

    /** Lowest possible raw sum; an N/A answer contributes 0 points. */
    public int rawMin() {
        return items.stream()
                .mapToInt(i -> i.allowsNotApplicable() ? Math.min(0, i.minPoints()) : i.minPoints())
                .sum();
    }

    /** Highest possible raw sum. */
    public int rawMax() {
        return items.stream().mapToInt(Item::maxPoints).sum();
    }

    /** Lowest possible band-basis score. */
    public int scoreMin() {
        return formula.apply(rawMin(), rawMin(), rawMax());
    }

    /** Highest possible band-basis score. */
    public int scoreMax() {
        return formula.apply(rawMax(), rawMin(), rawMax());
    }

    /** Applies the formula to a raw sum, giving the band-basis score. */
    public int scoreForRaw(int raw) {
        return formula.apply(raw, rawMin(), rawMax());
    }

    /**
     * Whether this instrument can raise a crisis flag at all. Short screens (PHQ-2, GAD-2, GAD-7,
     * SAS, K10, WHO-5, AD8) cannot: a non-critical result from them must never be reported as
     * "no suicide risk".
     */
    public boolean hasCriticalRules() {
        return !criticalRules.isEmpty();
    }

    /** A copy with another formula and version, e.g. an operator-chosen Zung rounding rule. */
    public InstrumentDefinition withFormula(Formula newFormula, String newVersion) {
        return new InstrumentDefinition(code, newVersion, name, nameZh, licence, pointRange, items,
                supplementaryQuestions, newFormula, bandBasis, bands, positiveScreen, criticalRules,
                advisoryFlags, requiresFullFormOnPositive, notes);
    }

    static <T> List<T> copy(List<T> list, String what) {
        if (list == null) {
            return List.of();
        }
        for (T element : list) {
            Objects.requireNonNull(element, () -> what + " must not contain null");
        }
        return List.copyOf(list);
    }

    // ------------------------------------------------------------------------------------------
    // Nested types
    // ------------------------------------------------------------------------------------------

    /**
     * Licence facts. When {@code shipItemText} is false (EPDS, AD8, SDS, SAS until licensed) the
     * definition must carry no item, option or supplementary wording: only numbers and codes.
     *
     * @param shipItemText whether item/option wording may be shipped with the definition
     * @param status short licence status
     * @param attribution attribution text that must be displayed where required (nullable)
     */
    public record Licence(boolean shipItemText, String status, String attribution) {
    }

    /** Inclusive range of points a scored option may carry. */
    public record PointRange(int min, int max) {
        public boolean contains(int points) {
            return points >= min && points <= max;
        }
    }

    /**
     * A scored item.
     *
     * @param number 1-based item number
     * @param label short English label (null when the licence forbids shipping wording)
     * @param labelZh short Chinese label (nullable)
     * @param options options in presentation order; the answer index refers to this list
     * @param allowsNotApplicable whether one option is a valid "N/A" answer that is not counted
     */
    public record Item(int number, String label, String labelZh, List<AnswerOption> options,
                       boolean allowsNotApplicable) {
        public Item {
            options = copy(options, "options");
        }

        /** Points for an answer index; empty for N/A. Throws for an index outside the options. */
        public Optional<Integer> pointsFor(int answerIndex) {
            return Optional.ofNullable(options.get(answerIndex).points());
        }

        /** Whether {@code answerIndex} designates one of this item's options. */
        public boolean isValidIndex(int answerIndex) {
            return answerIndex >= 0 && answerIndex < options.size();
        }

        /** Index of the option with the given code, or -1 (for front ends that store codes). */
        public int indexOfCode(String optionCode) {
            for (int i = 0; i < options.size(); i++) {
                if (Objects.equals(options.get(i).code(), optionCode)) {
                    return i;
                }
            }
            return -1;
        }

        /** Index of the N/A option, or -1. */
        public int notApplicableIndex() {
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).notApplicable()) {
                    return i;
                }
            }
            return -1;
        }

        /** Lowest points over scored (non-N/A) options; 0 if there are none. */
        public int minPoints() {
            return options.stream().map(AnswerOption::points).filter(Objects::nonNull)
                    .mapToInt(Integer::intValue).min().orElse(0);
        }

        /** Highest points over scored (non-N/A) options; 0 if there are none. */
        public int maxPoints() {
            return options.stream().map(AnswerOption::points).filter(Objects::nonNull)
                    .mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    /**
     * One option of an item.
     *
     * @param code stable option code (e.g. LOINC answer code, "A".."D", "yes"/"no"/"na")
     * @param label English wording (null when the licence forbids shipping wording)
     * @param labelZh Chinese wording (nullable)
     * @param points points this option scores; null exactly when {@code notApplicable}
     * @param notApplicable whether this is a valid "N/A" answer that is not counted
     */
    public record AnswerOption(String code, String label, String labelZh, Integer points,
                               boolean notApplicable) {
    }

    /**
     * An unscored supplementary question (PHQ-A). Answers are given as a choice code
     * (case-insensitive), a 0-based choice index, or - for yes/no questions - a boolean.
     *
     * @param key stable camelCase key used in the supplementary answer map
     * @param label English wording (nullable)
     * @param labelZh Chinese wording (nullable)
     * @param required whether a scored submission must answer it
     * @param choices allowed answers
     */
    public record SupplementaryQuestion(String key, String label, String labelZh, boolean required,
                                        List<Choice> choices) {
        public SupplementaryQuestion {
            choices = copy(choices, "choices");
        }

        /** Whether the choice codes are exactly yes/no, which also allows boolean answers. */
        public boolean isYesNo() {
            return choices.size() == 2
                    && choices.stream().anyMatch(c -> "yes".equals(c.code()))
                    && choices.stream().anyMatch(c -> "no".equals(c.code()));
        }

        /**
         * Normalises an answer value to a choice code: a code (case-insensitive, trimmed), an
         * integral number used as 0-based index, or a boolean for yes/no questions.
         *
         * @return the choice code, or empty if the value is not a valid answer
         */
        public Optional<String> normalise(Object value) {
            if (value instanceof String s) {
                String trimmed = s.trim();
                return choices.stream().map(Choice::code).filter(c -> c.equalsIgnoreCase(trimmed)).findFirst();
            }
            if (value instanceof Boolean b) {
                return isYesNo() ? Optional.of(b ? "yes" : "no") : Optional.empty();
            }
            if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                long index = ((Number) value).longValue();
                return index >= 0 && index < choices.size()
                        ? Optional.of(choices.get((int) index).code()) : Optional.empty();
            }
            return Optional.empty();
        }
    }

    /** A choice of a supplementary question. */
    public record Choice(String code, String label, String labelZh) {
    }

    /** How the raw sum of item points is turned into the band-basis score. */
    public enum FormulaType {
        /** score = raw sum. */
        SUM,
        /** Zung standard score = raw &times; 5/4 with an explicit rounding rule. */
        ZUNG_STANDARD,
        /** score = (raw - rawMin) &times; 100 / (rawMax - rawMin); WHO-5: raw &times; 4. */
        PERCENT
    }

    /** Integer rounding of a non-integral formula result. */
    public enum Rounding {
        /** Integer part ("取整数部分"): (raw*5) div 4 for Zung. The default. */
        FLOOR,
        /** Round half up ("四舍五入"): (raw*5 + 2) div 4 for Zung. */
        ROUND_HALF_UP
    }

    /**
     * Formula with its rounding rule (integer arithmetic only).
     *
     * @param type formula type
     * @param rounding rounding rule; must be given explicitly for {@link FormulaType#ZUNG_STANDARD},
     *     null means {@link Rounding#FLOOR} otherwise
     */
    public record Formula(FormulaType type, Rounding rounding) {
        public Formula {
            Objects.requireNonNull(type, "formula type");
        }

        public static Formula sum() {
            return new Formula(FormulaType.SUM, null);
        }

        public Rounding effectiveRounding() {
            return rounding == null ? Rounding.FLOOR : rounding;
        }

        /** Applies the formula; exact integer arithmetic. */
        public int apply(int raw, int rawMin, int rawMax) {
            return switch (type) {
                case SUM -> raw;
                case ZUNG_STANDARD -> divide(raw * 5L, 4L);
                case PERCENT -> rawMax == rawMin ? 0 : divide((raw - rawMin) * 100L, rawMax - rawMin);
            };
        }

        private int divide(long numerator, long denominator) {
            long result = switch (effectiveRounding()) {
                case FLOOR -> Math.floorDiv(numerator, denominator);
                case ROUND_HALF_UP -> Math.floorDiv(2 * numerator + denominator, 2 * denominator);
            };
            return Math.toIntExact(result);
        }
    }

    /** The score the bands and positive-screen rule refer to; must match the formula. */
    public enum BandBasis {
        /** Raw total ({@link FormulaType#SUM}). */
        TOTAL,
        /** Zung standard score ({@link FormulaType#ZUNG_STANDARD}). */
        STANDARD,
        /** Percentage ({@link FormulaType#PERCENT}). */
        PERCENTAGE;

        /** The formula type this basis belongs to. */
        public FormulaType formulaType() {
            return switch (this) {
                case TOTAL -> FormulaType.SUM;
                case STANDARD -> FormulaType.ZUNG_STANDARD;
                case PERCENTAGE -> FormulaType.PERCENT;
            };
        }
    }

    /** An inclusive band [min, max] on the band-basis score. */
    public record Band(String id, int min, int max, String label, String labelZh) {
        public boolean contains(int score) {
            return score >= min && score <= max;
        }
    }

    /** Direction of a threshold comparison. */
    public enum Comparison {
        /** score &ge; threshold (symptom scales). */
        AT_LEAST,
        /** score &le; threshold (WHO-5: low well-being is the positive screen). */
        AT_MOST;

        public boolean test(int value, int threshold) {
            return this == AT_LEAST ? value >= threshold : value <= threshold;
        }
    }

    /** Positive screen: {@code score <comparison> threshold} on the band-basis score. */
    public record PositiveScreenRule(Comparison comparison, int threshold) {
        public PositiveScreenRule {
            Objects.requireNonNull(comparison, "comparison");
        }

        public boolean test(int score) {
            return comparison.test(score, threshold);
        }
    }

    /** A crisis-routing rule. Evaluated on every submission, including partial ones. */
    public sealed interface CriticalRule permits ItemPointsAtLeast, SupplementaryEquals {
    }

    /** Fires when the item's points (after the option&rarr;points mapping) are &ge; minPoints. */
    public record ItemPointsAtLeast(int itemNumber, int minPoints) implements CriticalRule {
    }

    /** Fires when a supplementary question is answered with the given choice code. */
    public record SupplementaryEquals(String key, String choiceCode) implements CriticalRule {
        public SupplementaryEquals {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(choiceCode, "choiceCode");
        }
    }

    /** An advisory flag: reported in {@link ScoreResult#flags()}, never a crisis route. */
    public sealed interface AdvisoryFlagRule
            permits AnyItemPointsAtMost, NotApplicableCouldMakePositive, SupplementaryAnswered {
        /** Flag id reported in the result. */
        String id();
    }

    /** Fires when any answered item scores &le; maxPoints (WHO-5: any item 0 or 1). */
    public record AnyItemPointsAtMost(String id, int maxPoints) implements AdvisoryFlagRule {
    }

    /**
     * Fires when the screen is negative but would be positive if every N/A answer had scored its
     * worst case (AD8 "indeterminate": yes &lt; 2 but yes + N/A &ge; 2).
     */
    public record NotApplicableCouldMakePositive(String id) implements AdvisoryFlagRule {
    }

    /** Fires when a supplementary question is answered with the given choice code (PHQ-A dysthymia). */
    public record SupplementaryAnswered(String id, String key, String choiceCode) implements AdvisoryFlagRule {
    }

    /** Mutable-list helper for records that allow null elements (e.g. item scores with N/A). */
    static <T> List<T> copyAllowingNulls(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
