package org.socialpsych.assessment.campaign.domain;

import java.util.List;
import java.util.Objects;

/**
 * @param type   population type
 * @param unit   school or employer id (SCHOOL_CLASSES, EMPLOYEES_OF_UNIT)
 * @param groups classes of the school (optional)
 * @param tag    key-population tag (KEY_POPULATION_TAG)
 */
public record TargetPopulation(PopulationType type, String unit, List<String> groups, String tag) {

    public TargetPopulation {
        Objects.requireNonNull(type, "population type");
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    void check() {
        boolean needsUnit = type == PopulationType.SCHOOL_CLASSES || type == PopulationType.EMPLOYEES_OF_UNIT;
        if (needsUnit && (unit == null || unit.isBlank())) {
            throw new CampaignRuleException("invalid-population", type + " needs the unit (school or employer)");
        }
        if (type == PopulationType.KEY_POPULATION_TAG && (tag == null || tag.isBlank())) {
            throw new CampaignRuleException("invalid-population", "KEY_POPULATION_TAG needs the tag");
        }
    }
}
