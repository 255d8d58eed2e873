package org.socialpsych.assessment.instrument.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.AdvisoryFlagRule;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.AnyItemPointsAtMost;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Band;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Comparison;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.CriticalRule;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Item;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.ItemPointsAtLeast;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.NotApplicableCouldMakePositive;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.SupplementaryAnswered;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.SupplementaryEquals;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.SupplementaryQuestion;

/**
 * Scores submissions against an {@link InstrumentDefinition}. Stateless and thread-safe; integer
 * arithmetic only. The definition is expected to have passed {@link DefinitionValidator}.
 *
 * <h2>Answer encoding</h2>
 * <ul>
 *   <li>{@code answers}: one entry per item, in item order; each is the 0-based index of the chosen
 *       option in {@link Item#options()} (the position in the definition's option list, e.g. the
 *       printed Cox 1987 order for EPDS; the engine maps it to points, including reverse items).</li>
 *   <li>N/A (AD8 "N/A, don't know"): the index of the item's N/A option (AD8: index 2, after
 *       0 = "yes" and 1 = "no"). It is a valid answer that scores nothing ({@code null} in
 *       {@link ScoreResult#itemScores()}). A {@code null} entry is never N/A: it means unanswered.</li>
 *   <li>{@code supplementary}: key &rarr; choice code (case-insensitive, e.g. "yes"), 0-based choice
 *       index, or a boolean for yes/no questions. {@code null} map = no answers; a {@code null}
 *       value = unanswered.</li>
 * </ul>
 * Missing data is never prorated: every item (and every required supplementary question) must be
 * answered, otherwise {@link InvalidAnswersException} is thrown, carrying the critical evaluation
 * of the partial answers.
 */
public final class ScoringEngine {

    /**
     * Scores a complete submission.
     *
     * @param def validated instrument definition
     * @param answers 0-based option index per item, in item order
     * @param supplementary supplementary answers by key (nullable)
     * @return the score result
     * @throws InvalidAnswersException if answers are missing, out of range, of the wrong count, or
     *     supplementary answers are unknown, invalid or missing
     */
    public ScoreResult score(InstrumentDefinition def, List<Integer> answers, Map<String, ?> supplementary) {
        Objects.requireNonNull(def, "definition");
        List<Integer> given = answers == null ? List.of() : answers;
        Map<String, ?> supp = supplementary == null ? Map.of() : supplementary;

        List<Integer> missingItems = new ArrayList<>();
        Map<Integer, Integer> outOfRange = new LinkedHashMap<>();
        for (int i = 0; i < def.itemCount(); i++) {
            Item item = def.items().get(i);
            Integer index = i < given.size() ? given.get(i) : null;
            if (index == null) {
                missingItems.add(item.number());
            } else if (!item.isValidIndex(index)) {
                outOfRange.put(item.number(), index);
            }
        }

        List<String> unknownKeys = new ArrayList<>();
        for (String key : supp.keySet()) {
            if (key == null || def.supplementaryQuestion(key).isEmpty()) {
                unknownKeys.add(String.valueOf(key));
            }
        }
        List<String> missingKeys = new ArrayList<>();
        Map<String, String> invalidValues = new LinkedHashMap<>();
        Map<String, String> normalised = new LinkedHashMap<>();
        for (SupplementaryQuestion question : def.supplementaryQuestions()) {
            Object value = supp.get(question.key());
            if (value == null) {
                if (question.required()) {
                    missingKeys.add(question.key());
                }
                continue;
            }
            Optional<String> code = question.normalise(value);
            if (code.isPresent()) {
                normalised.put(question.key(), code.get());
            } else {
                invalidValues.put(question.key(), String.valueOf(value));
            }
        }

        CriticalCheck criticalCheck = evaluateCritical(def, given, supp);
        if (given.size() != def.itemCount() || !missingItems.isEmpty() || !outOfRange.isEmpty()
                || !unknownKeys.isEmpty() || !missingKeys.isEmpty() || !invalidValues.isEmpty()) {
            throw new InvalidAnswersException(def.code(), def.version(), def.itemCount(), given.size(),
                    missingItems, outOfRange, unknownKeys, missingKeys, invalidValues, criticalCheck);
        }

        List<Integer> itemScores = new ArrayList<>(def.itemCount());
        int raw = 0;
        int worstCaseRaw = 0;
        int notApplicable = 0;
        Comparison direction = def.positiveScreen() == null ? Comparison.AT_LEAST : def.positiveScreen().comparison();
        for (int i = 0; i < def.itemCount(); i++) {
            Item item = def.items().get(i);
            Integer points = item.pointsFor(given.get(i)).orElse(null);
            itemScores.add(points);
            if (points == null) {
                notApplicable++;
                worstCaseRaw += direction == Comparison.AT_LEAST ? item.maxPoints() : item.minPoints();
            } else {
                raw += points;
                worstCaseRaw += points;
            }
        }

        int score = def.scoreForRaw(raw);
        Band band = def.bandFor(score).orElseThrow(() -> new IllegalStateException(
                "Definition " + def.version() + " has no band for score " + score + "; was it validated?"));
        boolean positive = def.positiveScreen() != null && def.positiveScreen().test(score);

        List<String> flags = new ArrayList<>();
        for (AdvisoryFlagRule rule : def.advisoryFlags()) {
            boolean fired;
            if (rule instanceof AnyItemPointsAtMost r) {
                fired = itemScores.stream().anyMatch(p -> p != null && p <= r.maxPoints());
            } else if (rule instanceof NotApplicableCouldMakePositive) {
                fired = !positive && notApplicable > 0 && def.positiveScreen() != null
                        && def.positiveScreen().test(def.scoreForRaw(worstCaseRaw));
            } else if (rule instanceof SupplementaryAnswered r) {
                fired = r.choiceCode().equals(normalised.get(r.key()));
            } else {
                throw new IllegalStateException("Unsupported advisory flag rule " + rule);
            }
            if (fired) {
                flags.add(rule.id());
            }
        }

        String followUp = positive ? def.requiresFullFormOnPositive() : null;
        return new ScoreResult(def.code(), def.version(), score, raw, band.id(), positive,
                criticalCheck.critical(), criticalCheck.criticalItems(),
                criticalCheck.criticalSupplementaryKeys(), def.hasCriticalRules(), itemScores,
                notApplicable, normalised, flags, followUp);
    }

    /**
     * Evaluates the critical rules on possibly partial, abandoned or invalid answers. Never throws
     * for bad answers: entries that are missing, {@code null}, out of range or N/A cannot fire;
     * extra entries are ignored; unknown or invalid supplementary values cannot fire.
     *
     * @param def instrument definition
     * @param partialAnswers answers given so far (0-based option index per item, item order;
     *     may be shorter than the item count and contain nulls); nullable
     * @param supplementary supplementary answers given so far; nullable
     * @return the critical evaluation
     */
    public CriticalCheck evaluateCritical(InstrumentDefinition def, List<Integer> partialAnswers,
                                          Map<String, ?> supplementary) {
        Objects.requireNonNull(def, "definition");
        List<Integer> given = partialAnswers == null ? List.of() : partialAnswers;
        Map<String, ?> supp = supplementary == null ? Map.of() : supplementary;

        List<Integer> criticalItems = new ArrayList<>();
        List<String> criticalKeys = new ArrayList<>();
        Map<Integer, Integer> criticalPoints = new LinkedHashMap<>();
        boolean fullyEvaluated = true;
        for (CriticalRule rule : def.criticalRules()) {
            if (rule instanceof ItemPointsAtLeast r) {
                Optional<Integer> points = pointsOf(def, given, r.itemNumber());
                if (points.isEmpty()) {
                    fullyEvaluated = false;
                } else if (points.get() >= r.minPoints() && !criticalItems.contains(r.itemNumber())) {
                    criticalItems.add(r.itemNumber());
                    criticalPoints.put(r.itemNumber(), points.get());
                }
            } else if (rule instanceof SupplementaryEquals r) {
                Optional<String> code = def.supplementaryQuestion(r.key())
                        .flatMap(q -> q.normalise(supp.get(r.key())));
                if (code.isEmpty()) {
                    fullyEvaluated = false;
                } else if (code.get().equals(r.choiceCode()) && !criticalKeys.contains(r.key())) {
                    criticalKeys.add(r.key());
                }
            } else {
                throw new IllegalStateException("Unsupported critical rule " + rule);
            }
        }
        boolean critical = !criticalItems.isEmpty() || !criticalKeys.isEmpty();
        return new CriticalCheck(def.code(), def.version(), critical, criticalItems, criticalKeys,
                criticalPoints, def.hasCriticalRules(), fullyEvaluated);
    }

    /** Points of an answered item; empty if unanswered, out of range, N/A or unknown item. */
    private static Optional<Integer> pointsOf(InstrumentDefinition def, List<Integer> given, int itemNumber) {
        for (int i = 0; i < def.itemCount() && i < given.size(); i++) {
            Item item = def.items().get(i);
            if (item.number() == itemNumber) {
                Integer index = given.get(i);
                return index != null && item.isValidIndex(index) ? item.pointsFor(index) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
