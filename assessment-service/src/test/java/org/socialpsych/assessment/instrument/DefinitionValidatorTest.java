package org.socialpsych.assessment.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialpsych.assessment.instrument.domain.DefinitionValidator;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.AdvisoryFlagRule;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.AnswerOption;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.AnyItemPointsAtMost;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Band;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.BandBasis;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Choice;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Comparison;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.CriticalRule;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Formula;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.FormulaType;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Item;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.ItemPointsAtLeast;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Licence;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.NotApplicableCouldMakePositive;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.PointRange;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.PositiveScreenRule;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Rounding;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.SupplementaryAnswered;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.SupplementaryEquals;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.SupplementaryQuestion;
import org.socialpsych.assessment.instrument.domain.InvalidDefinitionException;

/** The validator rejects broken definitions with clear, specific messages. */
class DefinitionValidatorTest {

    private final DefinitionValidator validator = new DefinitionValidator();

    /** Mutable builder around a valid 3-item, 0-3 point, SUM instrument (score 0..9). */
    static final class Builder {
        String code = "TEST3";
        String version = "TEST3@1";
        String name = "Test instrument";
        Licence licence = new Licence(true, "free", null);
        PointRange pointRange = new PointRange(0, 3);
        List<Item> items = new ArrayList<>(List.of(item(1), item(2), item(3)));
        List<SupplementaryQuestion> supplementary = new ArrayList<>();
        Formula formula = Formula.sum();
        BandBasis bandBasis = BandBasis.TOTAL;
        List<Band> bands = new ArrayList<>(List.of(
                new Band("low", 0, 2, "Low", "低"),
                new Band("mid", 3, 5, "Mid", "中"),
                new Band("high", 6, 9, "High", "高")));
        PositiveScreenRule positive = new PositiveScreenRule(Comparison.AT_LEAST, 3);
        List<CriticalRule> critical = new ArrayList<>(List.of(new ItemPointsAtLeast(3, 1)));
        List<AdvisoryFlagRule> flags = new ArrayList<>();
        String followUp = null;

        static Item item(int number) {
            return new Item(number, "Item " + number, null, options(0, 1, 2, 3), false);
        }

        static List<AnswerOption> options(Integer... points) {
            List<AnswerOption> options = new ArrayList<>();
            for (int i = 0; i < points.length; i++) {
                options.add(new AnswerOption("o" + i, "Option " + i, null, points[i], false));
            }
            return options;
        }

        InstrumentDefinition build() {
            return new InstrumentDefinition(code, version, name, null, licence, pointRange, items, supplementary,
                    formula, bandBasis, bands, positive, critical, flags, followUp, List.of());
        }
    }

    private List<String> problems(Builder b) {
        return validator.problems(b.build());
    }

    @Test
    void baseDefinitionIsValid() {
        assertThat(problems(new Builder())).isEmpty();
        assertThatCode(() -> validator.validate(new Builder().build())).doesNotThrowAnyException();
    }

    @Test
    void allShippedDefinitionsAreValidIndividuallyAndAsASet() {
        assertThat(InstrumentFixtures.DEFS.values()).allSatisfy(def -> assertThat(validator.problems(def)).isEmpty());
        assertThatCode(() -> validator.validateAll(InstrumentFixtures.DEFS.values())).doesNotThrowAnyException();
    }

    @Test
    void validateThrowsWithAllProblems() {
        Builder b = new Builder();
        b.bands.set(1, new Band("mid", 2, 5, "Mid", null));
        b.critical.add(new ItemPointsAtLeast(7, 1));
        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
                () -> validator.validate(b.build()));

        assertThat(e.source()).isEqualTo("TEST3@1");
        assertThat(e.problems()).hasSize(2);
        assertThat(e.getMessage()).contains("TEST3@1").contains("overlap").contains("item 7");
    }

    // ---- bands ---------------------------------------------------------------------------------

    @Test
    void overlappingBandsAreRejected() {
        Builder b = new Builder();
        b.bands.set(1, new Band("mid", 2, 5, "Mid", null));

        assertThat(problems(b)).singleElement().asString()
                .contains("bands low (0..2) and mid (2..5) overlap");
    }

    @Test
    void gapBetweenBandsIsRejected() {
        Builder b = new Builder();
        b.bands.set(1, new Band("mid", 4, 5, "Mid", null));

        assertThat(problems(b)).singleElement().asString()
                .contains("gap between bands low (max 2) and mid (min 4): scores 3..3 have no band");
    }

    @Test
    void bandsMustStartAtTheLowestScore() {
        Builder b = new Builder();
        b.bands.set(0, new Band("low", 1, 2, "Low", null));

        assertThat(problems(b)).singleElement().asString()
                .contains("first band low starts at 1 but the lowest possible score is 0");
    }

    @Test
    void bandsMustEndAtTheHighestScore() {
        Builder b = new Builder();
        b.bands.set(2, new Band("high", 6, 27, "High", null));

        assertThat(problems(b)).singleElement().asString()
                .contains("last band high ends at 27 but the highest possible score is 9");
    }

    @Test
    void zungBandsMustCoverTheStandardScoreRange() {
        // raw 20..80 -> standard 25..100; a band starting at raw 20 is wrong
        InstrumentDefinition sds = InstrumentFixtures.def("SDS");
        List<Band> bands = new ArrayList<>(sds.bands());
        bands.set(0, new Band("normal", 20, 52, "Normal", null));
        InstrumentDefinition broken = new InstrumentDefinition(sds.code(), sds.version(), sds.name(), sds.nameZh(),
                sds.licence(), sds.pointRange(), sds.items(), sds.supplementaryQuestions(), sds.formula(),
                sds.bandBasis(), bands, sds.positiveScreen(), sds.criticalRules(), sds.advisoryFlags(), null, List.of());

        assertThat(validator.problems(broken)).singleElement().asString()
                .contains("lowest possible score is 25");
    }

    @Test
    void bandsOutOfOrderAreRejected() {
        Builder b = new Builder();
        Band low = b.bands.get(0);
        b.bands.set(0, b.bands.get(1));
        b.bands.set(1, low);

        assertThat(problems(b)).anySatisfy(p -> assertThat(p).contains("not in ascending order"));
    }

    @Test
    void duplicateBandIdIsRejected() {
        Builder b = new Builder();
        b.bands.set(2, new Band("mid", 6, 9, "High", null));

        assertThat(problems(b)).singleElement().asString().contains("duplicate band id mid");
    }

    @Test
    void bandWithMinAboveMaxIsRejected() {
        Builder b = new Builder();
        b.bands.set(1, new Band("mid", 5, 3, "Mid", null));

        assertThat(problems(b)).anySatisfy(p -> assertThat(p).contains("band mid min 5 > max 3"));
    }

    @Test
    void bandWithoutLabelIsRejected() {
        Builder b = new Builder();
        b.bands.set(1, new Band("mid", 3, 5, " ", null));

        assertThat(problems(b)).singleElement().asString().contains("band mid has no label");
    }

    @Test
    void noBandsIsRejected() {
        Builder b = new Builder();
        b.bands.clear();

        assertThat(problems(b)).singleElement().asString().contains("at least one band");
    }

    // ---- items and options ---------------------------------------------------------------------

    @Test
    void optionPointsOutsidePointRangeAreRejected() {
        Builder b = new Builder();
        b.items.set(1, new Item(2, "Item 2", null, Builder.options(0, 1, 2, 4), false));
        b.bands.set(2, new Band("high", 6, 10, "High", null));

        assertThat(problems(b)).singleElement().asString()
                .contains("item 2 option 3 points 4 outside pointRange 0..3");
    }

    @Test
    void itemsMustBeNumberedConsecutively() {
        Builder b = new Builder();
        b.items.set(2, new Item(4, "Item 4", null, Builder.options(0, 1, 2, 3), false));

        assertThat(problems(b)).anySatisfy(p -> assertThat(p)
                .contains("item at position 3 has number 4; items must be numbered 1..3 in order"));
    }

    @Test
    void itemNeedsTwoScoredOptions() {
        Builder b = new Builder();
        b.items.set(0, new Item(1, "Item 1", null, Builder.options(0), false));

        assertThat(problems(b)).singleElement().asString().contains("item 1 needs at least 2 scored options, has 1");
    }

    @Test
    void itemWhoseOptionsAllScoreTheSameIsRejected() {
        Builder b = new Builder();
        b.items.set(0, new Item(1, "Item 1", null, Builder.options(2, 2), false));

        assertThat(problems(b)).singleElement().asString().contains("item 1 options all score 2");
    }

    @Test
    void duplicateOptionCodeIsRejected() {
        Builder b = new Builder();
        b.items.set(0, new Item(1, "Item 1", null, List.of(
                new AnswerOption("x", null, null, 0, false), new AnswerOption("x", null, null, 1, false),
                new AnswerOption("y", null, null, 2, false), new AnswerOption("z", null, null, 3, false)), false));

        assertThat(problems(b)).singleElement().asString().contains("item 1 has duplicate option code 'x'");
    }

    @Test
    void optionWithoutPointsMustBeNotApplicable() {
        Builder b = new Builder();
        b.items.set(0, new Item(1, "Item 1", null, Builder.options(0, 1, 2, null), false));

        assertThat(problems(b)).anySatisfy(p -> assertThat(p).contains("item 1 option 3 has no points"));
    }

    @Test
    void notApplicableOptionRequiresAllowsNotApplicable() {
        Builder b = new Builder();
        List<AnswerOption> options = new ArrayList<>(Builder.options(0, 1, 2, 3));
        options.add(new AnswerOption("na", null, null, null, true));
        b.items.set(0, new Item(1, "Item 1", null, options, false));

        assertThat(problems(b)).singleElement().asString()
                .contains("item 1 has an N/A option but allowsNotApplicable is false");
    }

    @Test
    void allowsNotApplicableRequiresExactlyOneNotApplicableOption() {
        Builder b = new Builder();
        b.items.set(0, new Item(1, "Item 1", null, Builder.options(0, 1, 2, 3), true));

        assertThat(problems(b)).singleElement().asString()
                .contains("item 1 allowsNotApplicable but has 0 N/A options (need exactly 1)");
    }

    @Test
    void notApplicableOptionMustNotCarryPoints() {
        Builder b = new Builder();
        List<AnswerOption> options = new ArrayList<>(Builder.options(0, 1, 2, 3));
        options.add(new AnswerOption("na", null, null, 0, true));
        b.items.set(0, new Item(1, "Item 1", null, options, true));

        assertThat(problems(b)).singleElement().asString().contains("item 1 option 4 is N/A and must not carry points");
    }

    @Test
    void noItemsIsRejected() {
        Builder b = new Builder();
        b.items.clear();

        assertThat(problems(b)).anySatisfy(p -> assertThat(p).contains("at least one item is required"));
    }

    // ---- licence -------------------------------------------------------------------------------

    @Test
    void wordingIsRejectedWhenTheLicenceForbidsShippingIt() {
        Builder b = new Builder();
        b.licence = new Licence(false, "copyright", "(c) someone");

        assertThat(problems(b))
                .anySatisfy(p -> assertThat(p).contains("item 1 has wording but the licence does not allow shipping item text"))
                .anySatisfy(p -> assertThat(p).contains("item 1 option 0 has wording"));
    }

    @Test
    void codesOnlyDefinitionIsFineWithoutShippingLicence() {
        Builder b = new Builder();
        b.licence = new Licence(false, "copyright", null);
        for (int i = 0; i < 3; i++) {
            b.items.set(i, new Item(i + 1, null, null, List.of(new AnswerOption("A", null, null, 0, false),
                    new AnswerOption("B", null, null, 1, false), new AnswerOption("C", null, null, 2, false),
                    new AnswerOption("D", null, null, 3, false)), false));
        }

        assertThat(problems(b)).isEmpty();
    }

    // ---- formula -------------------------------------------------------------------------------

    @Test
    void bandBasisMustMatchFormula() {
        Builder b = new Builder();
        b.bandBasis = BandBasis.STANDARD;

        assertThat(problems(b)).singleElement().asString()
                .contains("bandBasis STANDARD does not match formula SUM (expected bandBasis for SUM: TOTAL)");
    }

    @Test
    void zungFormulaNeedsExplicitRounding() {
        Builder b = new Builder();
        b.formula = new Formula(FormulaType.ZUNG_STANDARD, null);
        b.bandBasis = BandBasis.STANDARD;
        b.bands = new ArrayList<>(List.of(new Band("all", 0, 11, "All", null)));

        assertThat(problems(b)).singleElement().asString()
                .contains("ZUNG_STANDARD formula needs an explicit rounding rule");
    }

    @Test
    void sumFormulaTakesNoRounding() {
        Builder b = new Builder();
        b.formula = new Formula(FormulaType.SUM, Rounding.ROUND_HALF_UP);

        assertThat(problems(b)).singleElement().asString().contains("SUM formula takes no rounding rule");
    }

    @Test
    void percentFormulaBandsCoverZeroToHundred() {
        Builder b = new Builder();
        b.formula = new Formula(FormulaType.PERCENT, null);
        b.bandBasis = BandBasis.PERCENTAGE;
        b.bands = new ArrayList<>(List.of(new Band("low", 0, 49, "Low", null), new Band("high", 50, 100, "High", null)));
        b.positive = new PositiveScreenRule(Comparison.AT_MOST, 49);

        assertThat(problems(b)).isEmpty();
        assertThat(b.build().scoreForRaw(3)).isEqualTo(33);
        assertThat(b.build().scoreForRaw(9)).isEqualTo(100);
    }

    // ---- positive screen -----------------------------------------------------------------------

    @Test
    void positiveScreenThatIsAlwaysPositiveIsRejected() {
        Builder b = new Builder();
        b.positive = new PositiveScreenRule(Comparison.AT_LEAST, 0);

        assertThat(problems(b)).singleElement().asString()
                .contains("positiveScreen AT_LEAST 0 is always or never positive over the score range 0..9");
    }

    @Test
    void positiveScreenThatIsNeverPositiveIsRejected() {
        Builder b = new Builder();
        b.positive = new PositiveScreenRule(Comparison.AT_LEAST, 10);

        assertThat(problems(b)).singleElement().asString().contains("always or never positive");
    }

    @Test
    void atMostPositiveScreenAtTheMaximumIsRejected() {
        Builder b = new Builder();
        b.positive = new PositiveScreenRule(Comparison.AT_MOST, 9);

        assertThat(problems(b)).singleElement().asString().contains("always or never positive");
    }

    // ---- critical rules ------------------------------------------------------------------------

    @Test
    void criticalRuleOnUnknownItemIsRejected() {
        Builder b = new Builder();
        b.critical.add(new ItemPointsAtLeast(10, 1));

        assertThat(problems(b)).singleElement().asString()
                .contains("critical rule refers to item 10 which does not exist (items 1..3)");
    }

    @Test
    void criticalRuleThatCanNeverFireIsRejected() {
        Builder b = new Builder();
        b.critical.set(0, new ItemPointsAtLeast(3, 4));

        assertThat(problems(b)).singleElement().asString()
                .contains("critical rule item 3 >= 4 can never fire (item max points 3)");
    }

    @Test
    void criticalRuleThatAlwaysFiresIsRejected() {
        // e.g. SDS item 19 >= 1: every option of a 1-4 item scores at least 1
        InstrumentDefinition sds = InstrumentFixtures.def("SDS");
        InstrumentDefinition broken = new InstrumentDefinition(sds.code(), "SDS@x", sds.name(), sds.nameZh(),
                sds.licence(), sds.pointRange(), sds.items(), sds.supplementaryQuestions(), sds.formula(),
                sds.bandBasis(), sds.bands(), sds.positiveScreen(), List.of(new ItemPointsAtLeast(19, 1)),
                sds.advisoryFlags(), null, List.of());

        assertThat(validator.problems(broken)).singleElement().asString()
                .contains("critical rule item 19 >= 1 fires on every answer (item min points 1)");
    }

    @Test
    void supplementaryCriticalRuleMustReferToAKnownKeyAndChoice() {
        Builder b = new Builder();
        b.supplementary.add(new SupplementaryQuestion("attempt", "Attempt?", null, true,
                List.of(new Choice("yes", "Yes", null), new Choice("no", "No", null))));
        b.critical.add(new SupplementaryEquals("atempt", "yes"));
        b.critical.add(new SupplementaryEquals("attempt", "Y"));

        assertThat(problems(b))
                .anySatisfy(p -> assertThat(p).contains("critical rule refers to unknown supplementary key atempt"))
                .anySatisfy(p -> assertThat(p).contains("critical rule refers to unknown choice 'Y' of supplementary attempt"))
                .hasSize(2);
    }

    // ---- supplementary and flags ---------------------------------------------------------------

    @Test
    void supplementaryKeysMustBeUniqueCamelCase() {
        Builder b = new Builder();
        List<Choice> yesNo = List.of(new Choice("yes", null, null), new Choice("no", null, null));
        b.supplementary.add(new SupplementaryQuestion("pastMonth", null, null, false, yesNo));
        b.supplementary.add(new SupplementaryQuestion("pastMonth", null, null, false, yesNo));
        b.supplementary.add(new SupplementaryQuestion("Past_Month", null, null, false, yesNo));
        b.supplementary.add(new SupplementaryQuestion("single", null, null, false, List.of(new Choice("yes", null, null))));

        assertThat(problems(b))
                .anySatisfy(p -> assertThat(p).contains("duplicate supplementary key pastMonth"))
                .anySatisfy(p -> assertThat(p).contains("supplementary key 'Past_Month' must be camelCase"))
                .anySatisfy(p -> assertThat(p).contains("supplementary single needs at least 2 choices"))
                .hasSize(3);
    }

    @Test
    void advisoryFlagsAreChecked() {
        Builder b = new Builder();
        b.flags.add(new AnyItemPointsAtMost("low", 7));
        b.flags.add(new NotApplicableCouldMakePositive("low"));
        b.flags.add(new SupplementaryAnswered("x", "nothing", "yes"));

        assertThat(problems(b))
                .anySatisfy(p -> assertThat(p).contains("advisory flag low threshold 7 outside pointRange"))
                .anySatisfy(p -> assertThat(p).contains("duplicate advisory flag id low"))
                .anySatisfy(p -> assertThat(p).contains("advisory flag low needs items that allow N/A"))
                .anySatisfy(p -> assertThat(p).contains("advisory flag x refers to unknown supplementary key nothing"));
    }

    // ---- header and set ------------------------------------------------------------------------

    @Test
    void versionMustBeCodeAtRevision() {
        Builder b = new Builder();
        b.version = "PHQ9@1";

        assertThat(problems(b)).singleElement().asString()
                .contains("version 'PHQ9@1' must be 'TEST3@<revision>'");
    }

    @Test
    void codeMustBeUpperCase() {
        Builder b = new Builder();
        b.code = "test3";
        b.version = "test3@1";

        assertThat(problems(b)).singleElement().asString().contains("code 'test3' must be upper-case");
    }

    @Test
    void nameIsRequired() {
        Builder b = new Builder();
        b.name = "";

        assertThat(problems(b)).singleElement().asString().contains("name is required");
    }

    @Test
    void followUpMustNotBeItselfAndNeedsAPositiveRule() {
        Builder b = new Builder();
        b.followUp = "TEST3";
        b.positive = null;

        assertThat(problems(b))
                .anySatisfy(p -> assertThat(p).contains("requiresFullFormOnPositive must name another instrument"))
                .anySatisfy(p -> assertThat(p).contains("requiresFullFormOnPositive needs a positiveScreen rule"));
    }

    @Test
    void duplicateCodesInASetAreRejected() {
        Builder other = new Builder();
        other.version = "TEST3@2";
        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
                () -> validator.validateAll(List.of(new Builder().build(), other.build())));

        assertThat(e.problems()).containsExactly("duplicate instrument code TEST3");
    }

    @Test
    void duplicateVersionsInASetAreRejected() {
        InstrumentDefinition phq9 = InstrumentFixtures.def("PHQ9");
        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
                () -> validator.validateAll(List.of(phq9, phq9)));

        assertThat(e.problems()).contains("duplicate instrument code PHQ9", "duplicate definition version PHQ9@1");
    }

    @Test
    void followUpToUnknownInstrumentInASetIsRejected() {
        Builder b = new Builder();
        b.followUp = "PHQ9";
        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
                () -> validator.validateAll(List.of(b.build())));

        assertThat(e.problems()).containsExactly("TEST3@1: requiresFullFormOnPositive refers to unknown instrument PHQ9");
    }

    @Test
    void setProblemsArePrefixedWithTheVersion() {
        Builder b = new Builder();
        b.bands.set(1, new Band("mid", 4, 5, "Mid", null));
        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
                () -> validator.validateAll(List.of(b.build(), InstrumentFixtures.def("PHQ9"))));

        assertThat(e.problems()).singleElement().asString().startsWith("TEST3@1: gap between bands");
        assertThat(e.source()).isEqualTo("definition set");
    }
}
