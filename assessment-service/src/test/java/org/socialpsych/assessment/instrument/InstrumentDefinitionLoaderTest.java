package org.socialpsych.assessment.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.AnswerOption;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.BandBasis;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Comparison;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.FormulaType;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.ItemPointsAtLeast;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Rounding;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.SupplementaryEquals;
import org.socialpsych.assessment.instrument.domain.InvalidDefinitionException;
import org.socialpsych.assessment.instrument.domain.ScoringEngine;
import org.socialpsych.assessment.instrument.infra.InstrumentDefinitionLoader;

/** Shipped definition files load and validate; operator-supplied JSON is parsed strictly. */
class InstrumentDefinitionLoaderTest {

    private static final Set<String> ALL = Set.of("PHQ9", "PHQA", "GAD7", "PHQ2", "GAD2", "EPDS", "AD8", "SDS", "SAS",
            "K10", "WHO5");

    private final InstrumentDefinitionLoader loader = new InstrumentDefinitionLoader();

    private static final String MINIMAL = """
            {
              "formatVersion": 1,
              "code": "MINI2",
              "version": "MINI2@3",
              "name": "Mini two-item screen",
              "licence": {"shipItemText": true, "status": "test"},
              "pointRange": {"min": 0, "max": 3},
              "optionSets": {"f": [{"code": "a", "label": "A"}, {"code": "b"}, {"code": "c"}, {"code": "d"}]},
              "items": [
                {"number": 1, "label": "One", "optionSet": "f", "points": [0, 1, 2, 3]},
                {"number": 2, "label": "Two", "optionSet": "f", "points": [3, 2, 1, 0]}
              ],
              "formula": {"type": "SUM"},
              "bandBasis": "TOTAL",
              "bands": [
                {"id": "negative", "min": 0, "max": 2, "label": "Negative"},
                {"id": "positive", "min": 3, "max": 6, "label": "Positive"}
              ],
              "positiveScreen": {"comparison": "AT_LEAST", "threshold": 3},
              "criticalRules": [{"type": "ITEM_POINTS_AT_LEAST", "item": 2, "minPoints": 2}]
            }
            """;

    @Test
    void allElevenShippedDefinitionsLoadAndValidate() {
        List<InstrumentDefinition> defs = loader.loadAll();

        assertThat(defs).extracting(InstrumentDefinition::code).containsExactlyInAnyOrderElementsOf(ALL);
        assertThat(defs).allSatisfy(def -> assertThat(def.version()).isEqualTo(def.code() + "@1"));
        assertThat(defs).extracting(InstrumentDefinition::code).isSorted();
    }

    @Test
    void loadAllByCodeIsKeyedByCode() {
        Map<String, InstrumentDefinition> byCode = loader.loadAllByCode();

        assertThat(byCode.keySet()).containsExactlyInAnyOrderElementsOf(ALL);
        byCode.forEach((code, def) -> assertThat(def.code()).isEqualTo(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EPDS", "AD8", "SDS", "SAS"})
    void unlicensedInstrumentsShipNoItemWording(String code) {
        InstrumentDefinition def = InstrumentFixtures.def(code);

        assertThat(def.licence().shipItemText()).isFalse();
        assertThat(def.items()).allSatisfy(item -> {
            assertThat(item.label()).isNull();
            assertThat(item.labelZh()).isNull();
            assertThat(item.options()).allSatisfy(option -> {
                assertThat(option.label()).isNull();
                assertThat(option.labelZh()).isNull();
                assertThat(option.code()).isNotBlank();
            });
        });
        assertThat(def.supplementaryQuestions()).isEmpty();
        assertThat(def.licence().attribution()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"EPDS", "AD8", "SDS", "SAS"})
    void unlicensedDefinitionFilesContainNoLabelKeysForItemsOrOptions(String code) throws IOException {
        String json = resource("instruments/" + code + ".json");
        String itemsAndOptions = json.substring(json.indexOf("\"optionSets\""), json.indexOf("\"formula\""));

        assertThat(itemsAndOptions).doesNotContain("\"label\"").doesNotContain("\"labelZh\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PHQ9", "PHQA", "GAD7", "PHQ2", "GAD2", "K10", "WHO5"})
    void licensedInstrumentsShipShortLabels(String code) {
        InstrumentDefinition def = InstrumentFixtures.def(code);

        assertThat(def.licence().shipItemText()).isTrue();
        assertThat(def.items()).allSatisfy(item -> assertThat(item.label()).isNotBlank());
        assertThat(def.items()).allSatisfy(item -> assertThat(item.options())
                .extracting(AnswerOption::label).doesNotContainNull());
    }

    @Test
    void attributionsRequiredByTheLicencesArePresent() {
        for (String code : List.of("PHQ9", "GAD7", "PHQ2", "GAD2")) {
            assertThat(InstrumentFixtures.def(code).licence().attribution()).contains("Pfizer");
        }
        assertThat(InstrumentFixtures.def("K10").licence().attribution())
                .contains("World Health Organization 2003").contains("Kessler");
        assertThat(InstrumentFixtures.def("WHO5").licence().attribution()).contains("CC BY-NC-SA 3.0 IGO");
    }

    @Test
    void shippedDefinitionsEncodeTheSpecRules() {
        InstrumentDefinition epds = InstrumentFixtures.def("EPDS");
        Set<Integer> epdsReversed = epds.items().stream()
                .filter(i -> i.options().get(0).points() == 3).map(i -> i.number()).collect(Collectors.toSet());
        assertThat(epdsReversed).containsExactlyInAnyOrder(3, 5, 6, 7, 8, 9, 10);
        assertThat(epds.criticalRules()).containsExactly(new ItemPointsAtLeast(10, 1));
        assertThat(epds.positiveScreen().threshold()).isEqualTo(13);

        InstrumentDefinition sds = InstrumentFixtures.def("SDS");
        assertThat(sds.formula().type()).isEqualTo(FormulaType.ZUNG_STANDARD);
        assertThat(sds.formula().rounding()).isEqualTo(Rounding.FLOOR);
        assertThat(sds.bandBasis()).isEqualTo(BandBasis.STANDARD);
        assertThat(sds.criticalRules()).containsExactly(new ItemPointsAtLeast(19, 2));
        assertThat(sds.scoreMin()).isEqualTo(25);
        assertThat(sds.scoreMax()).isEqualTo(100);

        InstrumentDefinition phqa = InstrumentFixtures.def("PHQA");
        assertThat(phqa.criticalRules()).containsExactly(new ItemPointsAtLeast(9, 1),
                new SupplementaryEquals("seriousThoughtsPastMonth", "yes"),
                new SupplementaryEquals("lifetimeSuicideAttempt", "yes"));
        assertThat(phqa.supplementaryQuestions()).extracting(q -> q.key()).containsExactly(
                "pastYearDepressedMostDays", "difficulty", "seriousThoughtsPastMonth", "lifetimeSuicideAttempt");
        assertThat(phqa.supplementaryQuestions()).filteredOn(q -> q.required()).extracting(q -> q.key())
                .containsExactly("seriousThoughtsPastMonth", "lifetimeSuicideAttempt");

        InstrumentDefinition who5 = InstrumentFixtures.def("WHO5");
        assertThat(who5.bandBasis()).isEqualTo(BandBasis.PERCENTAGE);
        assertThat(who5.positiveScreen().comparison()).isEqualTo(Comparison.AT_MOST);

        assertThat(InstrumentFixtures.def("PHQ2").requiresFullFormOnPositive()).isEqualTo("PHQ9");
        assertThat(InstrumentFixtures.def("GAD2").requiresFullFormOnPositive()).isEqualTo("GAD7");
        assertThat(InstrumentFixtures.def("K10").pointRange().min()).isEqualTo(1);
        assertThat(InstrumentFixtures.def("PHQ9").positiveScreen().threshold()).isEqualTo(10);
        assertThat(InstrumentFixtures.def("AD8").positiveScreen().threshold()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PHQ9", "PHQA", "GAD7", "PHQ2", "GAD2", "EPDS", "AD8", "SDS", "SAS", "K10", "WHO5"})
    void parsingAShippedFileGivesTheSameDefinitionAsLoadAll(String code) throws IOException {
        InstrumentDefinition parsed = loader.parse(resource("instruments/" + code + ".json"));

        assertThat(parsed).isEqualTo(InstrumentFixtures.def(code));
    }

    // ---- operator-supplied definitions ---------------------------------------------------------

    @Test
    void parsesAValidOperatorDefinition() {
        InstrumentDefinition def = loader.parse(MINIMAL);

        assertThat(def.code()).isEqualTo("MINI2");
        assertThat(def.version()).isEqualTo("MINI2@3");
        assertThat(def.items().get(1).options()).extracting(AnswerOption::points).containsExactly(3, 2, 1, 0);
        assertThat(def.items().get(0).options().get(0).label()).isEqualTo("A");
        assertThat(def.supplementaryQuestions()).isEmpty();
        assertThat(def.advisoryFlags()).isEmpty();
        assertThat(def.requiresFullFormOnPositive()).isNull();
        assertThat(new ScoringEngine().score(def, List.of(3, 0), Map.of()).score()).isEqualTo(6);
        assertThat(new ScoringEngine().score(def, List.of(3, 0), Map.of()).criticalItems()).containsExactly(2);
    }

    @Test
    void malformedJsonIsRejected() {
        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
                () -> loader.parse("{\"code\": \"X\", "));

        assertThat(e.problems()).singleElement().asString().startsWith("malformed JSON");
    }

    @Test
    void emptyDocumentIsRejected() {
        assertThat(catchThrowableOfType(InvalidDefinitionException.class, () -> loader.parse("  ")).problems())
                .containsExactly("document is empty");
        assertThat(catchThrowableOfType(InvalidDefinitionException.class, () -> loader.parse("null")).problems())
                .containsExactly("document is empty");
    }

    @Test
    void unknownPropertyIsRejected() {
        String json = MINIMAL.replace("\"bandBasis\"", "\"bandbasis\": \"TOTAL\", \"bandBasis\"");

        assertThat(catchThrowableOfType(InvalidDefinitionException.class, () -> loader.parse(json)).problems())
                .singleElement().asString().startsWith("malformed JSON").contains("bandbasis");
    }

    @Test
    void duplicateKeyIsRejected() {
        String json = MINIMAL.replace("\"name\": \"Mini two-item screen\",",
                "\"name\": \"Mini two-item screen\", \"name\": \"again\",");

        assertThat(catchThrowableOfType(InvalidDefinitionException.class, () -> loader.parse(json)).problems())
                .singleElement().asString().startsWith("malformed JSON").contains("name");
    }

    @Test
    void fractionalPointsAreRejected() {
        String json = MINIMAL.replace("[0, 1, 2, 3]", "[0, 1.5, 2, 3]");

        assertThat(catchThrowableOfType(InvalidDefinitionException.class, () -> loader.parse(json)).problems())
                .singleElement().asString().startsWith("malformed JSON");
    }

    @Test
    void unknownEnumValueIsRejected() {
        String json = MINIMAL.replace("\"SUM\"", "\"AVERAGE\"");

        assertThat(catchThrowableOfType(InvalidDefinitionException.class, () -> loader.parse(json)).problems())
                .singleElement().asString().startsWith("malformed JSON").contains("AVERAGE");
    }

    @Test
    void missingRequiredFieldsAreListed() {
        String json = MINIMAL.replace("\"formatVersion\": 1,", "").replace("\"code\": \"MINI2\",", "")
                .replace("\"bandBasis\": \"TOTAL\",", "");
        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class, () -> loader.parse(json));

        assertThat(e.problems()).contains("formatVersion must be 1, was null", "code is required", "bandBasis is required");
    }

    @Test
    void unknownOptionSetIsRejected() {
        String json = MINIMAL.replace("\"label\": \"Two\", \"optionSet\": \"f\"", "\"label\": \"Two\", \"optionSet\": \"g\"");

        assertThat(catchThrowableOfType(InvalidDefinitionException.class, () -> loader.parse(json)).problems())
                .containsExactly("items[1] refers to unknown optionSet 'g'");
    }

    @Test
    void pointsMustMatchTheOptionSet() {
        String json = MINIMAL.replace("[3, 2, 1, 0]", "[3, 2, 1]");

        assertThat(catchThrowableOfType(InvalidDefinitionException.class, () -> loader.parse(json)).problems())
                .containsExactly("items[1] needs 4 points (one per option of 'f'), has 3");
    }

    @Test
    void unknownRuleTypeIsRejected() {
        String json = MINIMAL.replace("ITEM_POINTS_AT_LEAST", "ITEM_POINTS_ABOVE");

        assertThat(catchThrowableOfType(InvalidDefinitionException.class, () -> loader.parse(json)).problems())
                .singleElement().asString().contains("must be {type: ITEM_POINTS_AT_LEAST, item, minPoints}");
    }

    @Test
    void semanticProblemsComeFromTheValidator() {
        String json = MINIMAL.replace("\"min\": 3, \"max\": 6", "\"min\": 2, \"max\": 6")
                .replace("\"item\": 2,", "\"item\": 5,");
        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class, () -> loader.parse(json));

        assertThat(e.source()).isEqualTo("MINI2@3");
        assertThat(e.problems()).containsExactly(
                "bands negative (0..2) and positive (2..6) overlap or are not in ascending order",
                "critical rule refers to item 5 which does not exist (items 1..2)");
    }

    @Test
    void notApplicableOptionCannotBeUsedBySupplementaryQuestions() {
        String json = MINIMAL.replace("{\"code\": \"d\"}", "{\"code\": \"d\", \"notApplicable\": true}")
                .replace("\"formula\"", "\"supplementary\": [{\"key\": \"extra\", \"optionSet\": \"f\"}], \"formula\"");
        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class, () -> loader.parse(json));

        assertThat(e.problems()).contains("supplementary extra may not use an N/A option");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = InstrumentDefinitionLoaderTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
