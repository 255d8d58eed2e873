package org.socialpsych.assessment.instrument.api;

import java.util.ArrayList;
import java.util.List;

import org.socialpsych.assessment.instrument.domain.InstrumentDefinition;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.AdvisoryFlagRule;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.AnyItemPointsAtMost;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.CriticalRule;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.ItemPointsAtLeast;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.NotApplicableCouldMakePositive;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.SupplementaryAnswered;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.SupplementaryEquals;

/**
 * A definition as the API shows it: scoring rules always; item, option and question wording only
 * when the licence allows shipping it (EPDS, AD8, SDS, SAS carry none until an operator loads a
 * licensed revision).
 */
public record InstrumentView(String code, String version, List<String> versions, String name, String nameZh,
        Licence licence, int itemCount, List<Item> items, List<Question> supplementary, String formula,
        String rounding, String bandBasis, int scoreMin, int scoreMax, List<Band> bands, PositiveScreen positiveScreen,
        List<Rule> criticalRules, List<Rule> advisoryFlags, String followUpInstrument, List<String> notes) {

    public record Licence(boolean shipItemText, String status, String attribution) {
    }

    public record Option(int index, String code, String label, String labelZh, Integer points, boolean notApplicable) {
    }

    public record Item(int number, String label, String labelZh, boolean allowsNotApplicable, List<Option> options) {
    }

    public record Choice(int index, String code, String label, String labelZh) {
    }

    public record Question(String key, String label, String labelZh, boolean required, List<Choice> choices) {
    }

    public record Band(String id, int min, int max, String label, String labelZh) {
    }

    public record PositiveScreen(String comparison, int threshold) {
    }

    public record Rule(String type, String id, Integer item, Integer points, String key, String equals) {
    }

    public static InstrumentView of(InstrumentDefinition d, List<String> versions) {
        boolean text = d.licence().shipItemText();
        List<Item> items = new ArrayList<>();
        for (InstrumentDefinition.Item i : d.items()) {
            List<Option> options = new ArrayList<>();
            for (int o = 0; o < i.options().size(); o++) {
                InstrumentDefinition.AnswerOption opt = i.options().get(o);
                options.add(new Option(o, opt.code(), text ? opt.label() : null, text ? opt.labelZh() : null,
                        opt.points(), opt.notApplicable()));
            }
            items.add(new Item(i.number(), text ? i.label() : null, text ? i.labelZh() : null, i.allowsNotApplicable(),
                    options));
        }
        List<Question> questions = new ArrayList<>();
        for (InstrumentDefinition.SupplementaryQuestion q : d.supplementaryQuestions()) {
            List<Choice> choices = new ArrayList<>();
            for (int c = 0; c < q.choices().size(); c++) {
                InstrumentDefinition.Choice ch = q.choices().get(c);
                choices.add(new Choice(c, ch.code(), text ? ch.label() : null, text ? ch.labelZh() : null));
            }
            questions.add(new Question(q.key(), text ? q.label() : null, text ? q.labelZh() : null, q.required(),
                    choices));
        }
        List<Rule> critical = d.criticalRules().stream().map(InstrumentView::rule).toList();
        List<Rule> flags = d.advisoryFlags().stream().map(InstrumentView::flag).toList();
        return new InstrumentView(d.code(), d.version(), versions, d.name(), d.nameZh(),
                new Licence(text, d.licence().status(), d.licence().attribution()), d.itemCount(), items, questions,
                d.formula().type().name(), d.formula().rounding() == null ? null : d.formula().rounding().name(),
                d.bandBasis().name(), d.scoreMin(), d.scoreMax(),
                d.bands().stream().map(b -> new Band(b.id(), b.min(), b.max(), b.label(), b.labelZh())).toList(),
                d.positiveScreen() == null ? null
                        : new PositiveScreen(d.positiveScreen().comparison().name(), d.positiveScreen().threshold()),
                critical, flags, d.requiresFullFormOnPositive(), d.notes());
    }

    private static Rule rule(CriticalRule r) {
        if (r instanceof ItemPointsAtLeast i) {
            return new Rule("ITEM_POINTS_AT_LEAST", null, i.itemNumber(), i.minPoints(), null, null);
        }
        SupplementaryEquals s = (SupplementaryEquals) r;
        return new Rule("SUPPLEMENTARY_EQUALS", null, null, null, s.key(), s.choiceCode());
    }

    private static Rule flag(AdvisoryFlagRule f) {
        if (f instanceof AnyItemPointsAtMost a) {
            return new Rule("ANY_ITEM_POINTS_AT_MOST", a.id(), null, a.maxPoints(), null, null);
        }
        if (f instanceof NotApplicableCouldMakePositive n) {
            return new Rule("NOT_APPLICABLE_COULD_MAKE_POSITIVE", n.id(), null, null, null, null);
        }
        SupplementaryAnswered s = (SupplementaryAnswered) f;
        return new Rule("SUPPLEMENTARY_EQUALS", s.id(), null, null, s.key(), s.choiceCode());
    }
}
