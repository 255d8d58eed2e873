package org.socialpsych.assessment.instrument.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.AdvisoryFlagRule;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.AnswerOption;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.AnyItemPointsAtMost;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Band;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Choice;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Comparison;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.CriticalRule;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.FormulaType;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Item;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.ItemPointsAtLeast;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.NotApplicableCouldMakePositive;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.PositiveScreenRule;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.SupplementaryAnswered;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.SupplementaryEquals;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.SupplementaryQuestion;

/**
 * Rejects inconsistent instrument definitions before they are used for scoring. Collects every
 * problem (not just the first) into an {@link InvalidDefinitionException}.
 *
 * <p>Checks: code/version/name; items numbered 1..n with at least two scored options, unique option
 * codes, points inside the declared point range and N/A options consistent with
 * {@code allowsNotApplicable}; no wording when the licence forbids shipping it; supplementary keys;
 * formula/band-basis agreement and an explicit Zung rounding rule; bands unique, ascending, without
 * gaps or overlaps and covering exactly the attainable score range; positive-screen threshold able
 * to give both outcomes; critical rules referring to existing items/keys/choices and neither
 * impossible nor always firing; advisory flags; follow-up instrument. {@link #validateAll} also
 * rejects duplicate codes and follow-ups to unknown instruments.
 */
public final class DefinitionValidator {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern VERSION_SUFFIX = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*");

    /** Throws {@link InvalidDefinitionException} listing every problem of {@code def}. */
    public void validate(InstrumentDefinition def) {
        List<String> problems = problems(def);
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(def.version(), problems);
        }
    }

    /**
     * Validates each definition and the set as a whole: codes and versions must be unique and every
     * {@code requiresFullFormOnPositive} must name an instrument in the set.
     */
    public void validateAll(Collection<InstrumentDefinition> defs) {
        List<String> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> versions = new HashSet<>();
        for (InstrumentDefinition def : defs) {
            for (String p : problems(def)) {
                problems.add(def.version() + ": " + p);
            }
            if (!codes.add(def.code())) {
                problems.add("duplicate instrument code " + def.code());
            }
            if (!versions.add(def.version())) {
                problems.add("duplicate definition version " + def.version());
            }
        }
        for (InstrumentDefinition def : defs) {
            String followUp = def.requiresFullFormOnPositive();
            if (followUp != null && !codes.contains(followUp)) {
                problems.add(def.version() + ": requiresFullFormOnPositive refers to unknown instrument " + followUp);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException("definition set", problems);
        }
    }

    /** All problems of a single definition; empty when it is consistent. */
    public List<String> problems(InstrumentDefinition def) {
        List<String> p = new ArrayList<>();
        checkHeader(def, p);
        boolean itemsOk = checkItems(def, p);
        checkSupplementary(def, p);
        checkFormula(def, p);
        if (itemsOk) {
            // Score range, bands and rules are only meaningful when the items are sound.
            checkBands(def, p);
            checkPositiveScreen(def, p);
            checkCriticalRules(def, p);
            checkAdvisoryFlags(def, p);
        }
        return p;
    }

    private void checkHeader(InstrumentDefinition def, List<String> p) {
        if (!CODE.matcher(def.code()).matches()) {
            p.add("code '" + def.code() + "' must be upper-case letters, digits or '_' (e.g. PHQ9)");
        }
        String prefix = def.code() + "@";
        if (!def.version().startsWith(prefix)
                || !VERSION_SUFFIX.matcher(def.version().substring(Math.min(prefix.length(), def.version().length()))).matches()) {
            p.add("version '" + def.version() + "' must be '" + prefix + "<revision>' (e.g. " + prefix + "1)");
        }
        if (isBlank(def.name())) {
            p.add("name is required");
        }
        if (def.pointRange().min() > def.pointRange().max()) {
            p.add("pointRange min " + def.pointRange().min() + " > max " + def.pointRange().max());
        }
        String followUp = def.requiresFullFormOnPositive();
        if (followUp != null) {
            if (followUp.equals(def.code())) {
                p.add("requiresFullFormOnPositive must name another instrument, not " + followUp);
            } else if (!CODE.matcher(followUp).matches()) {
                p.add("requiresFullFormOnPositive '" + followUp + "' is not an instrument code");
            }
            if (def.positiveScreen() == null) {
                p.add("requiresFullFormOnPositive needs a positiveScreen rule");
            }
        }
    }

    private boolean checkItems(InstrumentDefinition def, List<String> p) {
        int before = p.size();
        if (def.items().isEmpty()) {
            p.add("at least one item is required");
            return false;
        }
        boolean shipText = def.licence().shipItemText();
        for (int i = 0; i < def.items().size(); i++) {
            Item item = def.items().get(i);
            String where = "item " + item.number();
            if (item.number() != i + 1) {
                p.add("item at position " + (i + 1) + " has number " + item.number()
                        + "; items must be numbered 1.." + def.items().size() + " in order");
            }
            if (!shipText && (item.label() != null || item.labelZh() != null)) {
                p.add(where + " has wording but the licence does not allow shipping item text");
            }
            Set<String> codes = new HashSet<>();
            int notApplicableOptions = 0;
            int scoredOptions = 0;
            for (int o = 0; o < item.options().size(); o++) {
                AnswerOption option = item.options().get(o);
                String optWhere = where + " option " + o;
                if (isBlank(option.code())) {
                    p.add(optWhere + " has no code");
                } else if (!codes.add(option.code())) {
                    p.add(where + " has duplicate option code '" + option.code() + "'");
                }
                if (!shipText && (option.label() != null || option.labelZh() != null)) {
                    p.add(optWhere + " has wording but the licence does not allow shipping item text");
                }
                if (option.notApplicable()) {
                    notApplicableOptions++;
                    if (option.points() != null) {
                        p.add(optWhere + " is N/A and must not carry points");
                    }
                } else if (option.points() == null) {
                    p.add(optWhere + " has no points (only an N/A option may be unscored)");
                } else {
                    scoredOptions++;
                    if (!def.pointRange().contains(option.points())) {
                        p.add(optWhere + " points " + option.points() + " outside pointRange "
                                + def.pointRange().min() + ".." + def.pointRange().max());
                    }
                }
            }
            if (scoredOptions < 2) {
                p.add(where + " needs at least 2 scored options, has " + scoredOptions);
            } else if (item.minPoints() == item.maxPoints()) {
                p.add(where + " options all score " + item.minPoints() + "; the item cannot discriminate");
            }
            if (item.allowsNotApplicable() && notApplicableOptions != 1) {
                p.add(where + " allowsNotApplicable but has " + notApplicableOptions + " N/A options (need exactly 1)");
            }
            if (!item.allowsNotApplicable() && notApplicableOptions > 0) {
                p.add(where + " has an N/A option but allowsNotApplicable is false");
            }
        }
        return p.size() == before;
    }

    private void checkSupplementary(InstrumentDefinition def, List<String> p) {
        boolean shipText = def.licence().shipItemText();
        Set<String> keys = new HashSet<>();
        for (SupplementaryQuestion q : def.supplementaryQuestions()) {
            if (q.key() == null || !KEY.matcher(q.key()).matches()) {
                p.add("supplementary key '" + q.key() + "' must be camelCase (e.g. lifetimeSuicideAttempt)");
            } else if (!keys.add(q.key())) {
                p.add("duplicate supplementary key " + q.key());
            }
            if (!shipText && (q.label() != null || q.labelZh() != null)) {
                p.add("supplementary " + q.key() + " has wording but the licence does not allow shipping item text");
            }
            if (q.choices().size() < 2) {
                p.add("supplementary " + q.key() + " needs at least 2 choices");
            }
            Set<String> codes = new HashSet<>();
            for (Choice c : q.choices()) {
                if (isBlank(c.code())) {
                    p.add("supplementary " + q.key() + " has a choice without code");
                } else if (!codes.add(c.code().toLowerCase())) {
                    p.add("supplementary " + q.key() + " has duplicate choice code '" + c.code() + "'");
                }
                if (!shipText && (c.label() != null || c.labelZh() != null)) {
                    p.add("supplementary " + q.key() + " choice " + c.code() + " has wording but the licence does not allow it");
                }
            }
        }
    }

    private void checkFormula(InstrumentDefinition def, List<String> p) {
        FormulaType type = def.formula().type();
        if (def.bandBasis().formulaType() != type) {
            p.add("bandBasis " + def.bandBasis() + " does not match formula " + type
                    + " (expected bandBasis for " + type + ": " + basisFor(type) + ")");
        }
        if (type == FormulaType.ZUNG_STANDARD && def.formula().rounding() == null) {
            p.add("ZUNG_STANDARD formula needs an explicit rounding rule (FLOOR or ROUND_HALF_UP)");
        }
        if (type == FormulaType.SUM && def.formula().rounding() != null) {
            p.add("SUM formula takes no rounding rule");
        }
    }

    private void checkBands(InstrumentDefinition def, List<String> p) {
        int scoreMin = def.scoreMin();
        int scoreMax = def.scoreMax();
        List<Band> bands = def.bands();
        if (bands.isEmpty()) {
            p.add("at least one band is required");
            return;
        }
        Set<String> ids = new HashSet<>();
        for (Band b : bands) {
            if (isBlank(b.id())) {
                p.add("band without id");
            } else if (!ids.add(b.id())) {
                p.add("duplicate band id " + b.id());
            }
            if (isBlank(b.label())) {
                p.add("band " + b.id() + " has no label");
            }
            if (b.min() > b.max()) {
                p.add("band " + b.id() + " min " + b.min() + " > max " + b.max());
            }
        }
        Band first = bands.get(0);
        Band last = bands.get(bands.size() - 1);
        if (first.min() != scoreMin) {
            p.add("first band " + first.id() + " starts at " + first.min() + " but the lowest possible score is " + scoreMin);
        }
        if (last.max() != scoreMax) {
            p.add("last band " + last.id() + " ends at " + last.max() + " but the highest possible score is " + scoreMax);
        }
        for (int i = 1; i < bands.size(); i++) {
            Band prev = bands.get(i - 1);
            Band next = bands.get(i);
            if (next.min() <= prev.max()) {
                p.add("bands " + prev.id() + " (" + prev.min() + ".." + prev.max() + ") and " + next.id()
                        + " (" + next.min() + ".." + next.max() + ") overlap or are not in ascending order");
            } else if (next.min() != prev.max() + 1) {
                p.add("gap between bands " + prev.id() + " (max " + prev.max() + ") and " + next.id()
                        + " (min " + next.min() + "): scores " + (prev.max() + 1) + ".." + (next.min() - 1) + " have no band");
            }
        }
    }

    private void checkPositiveScreen(InstrumentDefinition def, List<String> p) {
        PositiveScreenRule rule = def.positiveScreen();
        if (rule == null) {
            return;
        }
        int min = def.scoreMin();
        int max = def.scoreMax();
        boolean bothOutcomes = rule.comparison() == Comparison.AT_LEAST
                ? rule.threshold() > min && rule.threshold() <= max
                : rule.threshold() >= min && rule.threshold() < max;
        if (!bothOutcomes) {
            p.add("positiveScreen " + rule.comparison() + " " + rule.threshold()
                    + " is always or never positive over the score range " + min + ".." + max);
        }
    }

    private void checkCriticalRules(InstrumentDefinition def, List<String> p) {
        for (CriticalRule rule : def.criticalRules()) {
            if (rule instanceof ItemPointsAtLeast r) {
                var item = def.item(r.itemNumber());
                if (item.isEmpty()) {
                    p.add("critical rule refers to item " + r.itemNumber() + " which does not exist (items 1.."
                            + def.itemCount() + ")");
                } else if (r.minPoints() > item.get().maxPoints()) {
                    p.add("critical rule item " + r.itemNumber() + " >= " + r.minPoints()
                            + " can never fire (item max points " + item.get().maxPoints() + ")");
                } else if (r.minPoints() <= item.get().minPoints()) {
                    p.add("critical rule item " + r.itemNumber() + " >= " + r.minPoints()
                            + " fires on every answer (item min points " + item.get().minPoints() + ")");
                }
            } else if (rule instanceof SupplementaryEquals r) {
                checkChoiceReference(def, "critical rule", r.key(), r.choiceCode(), p);
            }
        }
    }

    private void checkAdvisoryFlags(InstrumentDefinition def, List<String> p) {
        Set<String> ids = new HashSet<>();
        for (AdvisoryFlagRule rule : def.advisoryFlags()) {
            if (isBlank(rule.id())) {
                p.add("advisory flag without id");
            } else if (!ids.add(rule.id())) {
                p.add("duplicate advisory flag id " + rule.id());
            }
            if (rule instanceof AnyItemPointsAtMost r && !def.pointRange().contains(r.maxPoints())) {
                p.add("advisory flag " + r.id() + " threshold " + r.maxPoints() + " outside pointRange");
            } else if (rule instanceof NotApplicableCouldMakePositive r) {
                if (def.items().stream().noneMatch(Item::allowsNotApplicable)) {
                    p.add("advisory flag " + r.id() + " needs items that allow N/A");
                }
                if (def.positiveScreen() == null) {
                    p.add("advisory flag " + r.id() + " needs a positiveScreen rule");
                }
            } else if (rule instanceof SupplementaryAnswered r) {
                checkChoiceReference(def, "advisory flag " + r.id(), r.key(), r.choiceCode(), p);
            }
        }
    }

    private static void checkChoiceReference(InstrumentDefinition def, String what, String key, String code,
                                             List<String> p) {
        var question = def.supplementaryQuestion(key);
        if (question.isEmpty()) {
            p.add(what + " refers to unknown supplementary key " + key);
        } else if (question.get().choices().stream().noneMatch(c -> c.code() != null && c.code().equals(code))) {
            p.add(what + " refers to unknown choice '" + code + "' of supplementary " + key);
        }
    }

    private static String basisFor(FormulaType type) {
        for (InstrumentDefinition.BandBasis basis : InstrumentDefinition.BandBasis.values()) {
            if (basis.formulaType() == type) {
                return basis.name();
            }
        }
        return "?";
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
