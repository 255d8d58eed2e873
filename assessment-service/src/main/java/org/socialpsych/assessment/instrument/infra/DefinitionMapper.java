package org.socialpsych.assessment.instrument.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.socialpsych.assessment.instrument.domain.InstrumentDefinition;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.AdvisoryFlagRule;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.AnswerOption;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.AnyItemPointsAtMost;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Band;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Choice;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.CriticalRule;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Formula;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Item;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.ItemPointsAtLeast;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Licence;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.NotApplicableCouldMakePositive;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.PointRange;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.PositiveScreenRule;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.SupplementaryAnswered;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.SupplementaryEquals;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.SupplementaryQuestion;
import org.socialpsych.assessment.instrument.domain.InvalidDefinitionException;

/**
 * Maps the JSON-shaped {@link DefinitionDocument} to the domain {@link InstrumentDefinition}:
 * resolves option sets, attaches per-item points and builds the rule objects. Structural problems
 * (missing fields, unknown option set, wrong number of points, unknown rule type) are collected and
 * thrown together; semantic consistency is left to the domain's DefinitionValidator.
 */
final class DefinitionMapper {

    private DefinitionMapper() {
    }

    static InstrumentDefinition toDomain(DefinitionDocument doc, String source) {
        List<String> p = new ArrayList<>();
        if (doc == null) {
            throw new InvalidDefinitionException(source, List.of("document is empty"));
        }
        if (doc.formatVersion() == null || doc.formatVersion() != DefinitionDocument.FORMAT_VERSION) {
            p.add("formatVersion must be " + DefinitionDocument.FORMAT_VERSION + ", was " + doc.formatVersion());
        }
        require(doc.code(), "code", p);
        require(doc.version(), "version", p);
        require(doc.name(), "name", p);
        require(doc.licence(), "licence", p);
        require(doc.pointRange(), "pointRange", p);
        require(doc.formula(), "formula", p);
        require(doc.bandBasis(), "bandBasis", p);
        if (doc.licence() != null) {
            require(doc.licence().shipItemText(), "licence.shipItemText", p);
        }
        if (doc.pointRange() != null) {
            require(doc.pointRange().min(), "pointRange.min", p);
            require(doc.pointRange().max(), "pointRange.max", p);
        }
        if (doc.formula() != null) {
            require(doc.formula().type(), "formula.type", p);
        }
        Map<String, List<DefinitionDocument.OptionDoc>> optionSets =
                doc.optionSets() == null ? Map.of() : doc.optionSets();

        List<Item> items = new ArrayList<>();
        List<DefinitionDocument.ItemDoc> itemDocs = doc.items() == null ? List.of() : doc.items();
        for (int i = 0; i < itemDocs.size(); i++) {
            DefinitionDocument.ItemDoc itemDoc = itemDocs.get(i);
            String where = "items[" + i + "]";
            if (itemDoc == null) {
                p.add(where + " is null");
                continue;
            }
            require(itemDoc.number(), where + ".number", p);
            List<DefinitionDocument.OptionDoc> options = optionSets.get(itemDoc.optionSet());
            if (options == null) {
                p.add(where + " refers to unknown optionSet '" + itemDoc.optionSet() + "'");
                continue;
            }
            List<Integer> points = itemDoc.points();
            if (points == null || points.size() != options.size()) {
                p.add(where + " needs " + options.size() + " points (one per option of '" + itemDoc.optionSet()
                        + "'), has " + (points == null ? "none" : points.size()));
                continue;
            }
            List<AnswerOption> answerOptions = new ArrayList<>();
            for (int o = 0; o < options.size(); o++) {
                DefinitionDocument.OptionDoc option = options.get(o);
                if (option == null) {
                    p.add("optionSet '" + itemDoc.optionSet() + "' has a null option");
                    continue;
                }
                answerOptions.add(new AnswerOption(option.code(), option.label(), option.labelZh(), points.get(o),
                        Boolean.TRUE.equals(option.notApplicable())));
            }
            items.add(new Item(itemDoc.number() == null ? -1 : itemDoc.number(), itemDoc.label(), itemDoc.labelZh(),
                    answerOptions, Boolean.TRUE.equals(itemDoc.allowsNotApplicable())));
        }

        List<SupplementaryQuestion> supplementary = new ArrayList<>();
        for (DefinitionDocument.SupplementaryDoc s : nonNull(doc.supplementary())) {
            List<DefinitionDocument.OptionDoc> options = s == null ? null : optionSets.get(s.optionSet());
            if (options == null) {
                p.add("supplementary " + (s == null ? null : s.key()) + " refers to unknown optionSet '"
                        + (s == null ? null : s.optionSet()) + "'");
                continue;
            }
            List<Choice> choices = new ArrayList<>();
            for (DefinitionDocument.OptionDoc option : options) {
                if (option != null && Boolean.TRUE.equals(option.notApplicable())) {
                    p.add("supplementary " + s.key() + " may not use an N/A option");
                } else if (option != null) {
                    choices.add(new Choice(option.code(), option.label(), option.labelZh()));
                }
            }
            supplementary.add(new SupplementaryQuestion(s.key(), s.label(), s.labelZh(),
                    Boolean.TRUE.equals(s.required()), choices));
        }

        List<Band> bands = new ArrayList<>();
        for (DefinitionDocument.BandDoc b : nonNull(doc.bands())) {
            if (b == null || b.min() == null || b.max() == null) {
                p.add("band " + (b == null ? null : b.id()) + " needs min and max");
                continue;
            }
            bands.add(new Band(b.id(), b.min(), b.max(), b.label(), b.labelZh()));
        }

        PositiveScreenRule positive = null;
        if (doc.positiveScreen() != null) {
            if (doc.positiveScreen().comparison() == null || doc.positiveScreen().threshold() == null) {
                p.add("positiveScreen needs comparison and threshold");
            } else {
                positive = new PositiveScreenRule(doc.positiveScreen().comparison(), doc.positiveScreen().threshold());
            }
        }

        List<CriticalRule> criticalRules = new ArrayList<>();
        for (DefinitionDocument.CriticalRuleDoc r : nonNull(doc.criticalRules())) {
            String type = r == null ? null : r.type();
            if ("ITEM_POINTS_AT_LEAST".equals(type) && r.item() != null && r.minPoints() != null) {
                criticalRules.add(new ItemPointsAtLeast(r.item(), r.minPoints()));
            } else if ("SUPPLEMENTARY_EQUALS".equals(type) && r.key() != null && r.equals() != null) {
                criticalRules.add(new SupplementaryEquals(r.key(), r.equals()));
            } else {
                p.add("critical rule " + r + " must be {type: ITEM_POINTS_AT_LEAST, item, minPoints}"
                        + " or {type: SUPPLEMENTARY_EQUALS, key, equals}");
            }
        }

        List<AdvisoryFlagRule> flags = new ArrayList<>();
        for (DefinitionDocument.AdvisoryFlagDoc f : nonNull(doc.advisoryFlags())) {
            String type = f == null ? null : f.type();
            if ("ANY_ITEM_POINTS_AT_MOST".equals(type) && f.maxPoints() != null) {
                flags.add(new AnyItemPointsAtMost(f.id(), f.maxPoints()));
            } else if ("NOT_APPLICABLE_COULD_MAKE_POSITIVE".equals(type)) {
                flags.add(new NotApplicableCouldMakePositive(f.id()));
            } else if ("SUPPLEMENTARY_EQUALS".equals(type) && f.key() != null && f.equals() != null) {
                flags.add(new SupplementaryAnswered(f.id(), f.key(), f.equals()));
            } else {
                p.add("advisory flag " + f + " must be {type: ANY_ITEM_POINTS_AT_MOST, maxPoints},"
                        + " {type: NOT_APPLICABLE_COULD_MAKE_POSITIVE} or {type: SUPPLEMENTARY_EQUALS, key, equals}");
            }
        }

        if (!p.isEmpty()) {
            throw new InvalidDefinitionException(doc.version() != null ? doc.version() : source, p);
        }
        return new InstrumentDefinition(doc.code(), doc.version(), doc.name(), doc.nameZh(),
                new Licence(doc.licence().shipItemText(), doc.licence().status(), doc.licence().attribution()),
                new PointRange(doc.pointRange().min(), doc.pointRange().max()),
                items, supplementary,
                new Formula(doc.formula().type(), doc.formula().rounding()),
                doc.bandBasis(), bands, positive, criticalRules, flags,
                doc.requiresFullFormOnPositive(), nonNull(doc.notes()).stream().filter(Objects::nonNull).toList());
    }

    private static void require(Object value, String field, List<String> problems) {
        if (value == null) {
            problems.add(field + " is required");
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
