package org.socialpsych.assessment.instrument.infra;

import java.util.List;
import java.util.Map;

import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.BandBasis;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Comparison;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.FormulaType;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Rounding;

/**
 * JSON shape of an instrument definition file ({@code classpath:instruments/<CODE>.json}, format
 * version 1), bound directly by Jackson 3. Boxed types so that missing required fields can be
 * reported by {@link DefinitionMapper} with clear messages. Example (abridged):
 *
 * <pre>{@code
 * {
 *   "formatVersion": 1,
 *   "code": "PHQ2", "version": "PHQ2@1", "name": "...", "nameZh": "...",
 *   "licence": {"shipItemText": true, "status": "free", "attribution": "..."},
 *   "pointRange": {"min": 0, "max": 3},
 *   "optionSets": {"frequency": [{"code": "LA6568-5", "label": "Not at all"}, ...,
 *                                {"code": "na", "notApplicable": true}]},
 *   "items": [{"number": 1, "label": "...", "optionSet": "frequency", "points": [0, 1, 2, 3]}],
 *   "supplementary": [{"key": "lifetimeSuicideAttempt", "required": true, "optionSet": "yesNo"}],
 *   "formula": {"type": "SUM"},              // ZUNG_STANDARD needs "rounding": FLOOR|ROUND_HALF_UP
 *   "bandBasis": "TOTAL",                     // TOTAL | STANDARD | PERCENTAGE
 *   "bands": [{"id": "negative", "min": 0, "max": 2, "label": "...", "labelZh": "..."}],
 *   "positiveScreen": {"comparison": "AT_LEAST", "threshold": 3},
 *   "criticalRules": [{"type": "ITEM_POINTS_AT_LEAST", "item": 9, "minPoints": 1},
 *                     {"type": "SUPPLEMENTARY_EQUALS", "key": "lifetimeSuicideAttempt", "equals": "yes"}],
 *   "advisoryFlags": [{"id": "indeterminate", "type": "NOT_APPLICABLE_COULD_MAKE_POSITIVE"}],
 *   "requiresFullFormOnPositive": "PHQ9",
 *   "notes": ["..."]
 * }
 * }</pre>
 */
public record DefinitionDocument(
        Integer formatVersion,
        String code,
        String version,
        String name,
        String nameZh,
        LicenceDoc licence,
        RangeDoc pointRange,
        Map<String, List<OptionDoc>> optionSets,
        List<ItemDoc> items,
        List<SupplementaryDoc> supplementary,
        FormulaDoc formula,
        BandBasis bandBasis,
        List<BandDoc> bands,
        PositiveScreenDoc positiveScreen,
        List<CriticalRuleDoc> criticalRules,
        List<AdvisoryFlagDoc> advisoryFlags,
        String requiresFullFormOnPositive,
        List<String> notes) {

    /** Current (only) format version. */
    public static final int FORMAT_VERSION = 1;

    public record LicenceDoc(Boolean shipItemText, String status, String attribution) {
    }

    public record RangeDoc(Integer min, Integer max) {
    }

    /** An option of an option set; points are given per item, by option index. */
    public record OptionDoc(String code, String label, String labelZh, Boolean notApplicable) {
    }

    /** {@code points[i]} are the points of option i of {@code optionSet}; null for the N/A option. */
    public record ItemDoc(Integer number, String label, String labelZh, String optionSet,
                          List<Integer> points, Boolean allowsNotApplicable) {
    }

    public record SupplementaryDoc(String key, String label, String labelZh, Boolean required, String optionSet) {
    }

    public record FormulaDoc(FormulaType type, Rounding rounding) {
    }

    public record BandDoc(String id, Integer min, Integer max, String label, String labelZh) {
    }

    public record PositiveScreenDoc(Comparison comparison, Integer threshold) {
    }

    /** type ITEM_POINTS_AT_LEAST (item, minPoints) or SUPPLEMENTARY_EQUALS (key, equals). */
    public record CriticalRuleDoc(String type, Integer item, Integer minPoints, String key, String equals,
                                  String description) {
    }

    /**
     * type ANY_ITEM_POINTS_AT_MOST (maxPoints), NOT_APPLICABLE_COULD_MAKE_POSITIVE, or
     * SUPPLEMENTARY_EQUALS (key, equals).
     */
    public record AdvisoryFlagDoc(String id, String type, Integer maxPoints, String key, String equals,
                                  String description) {
    }
}
