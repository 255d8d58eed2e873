package org.socialpsych.assessment.campaign.domain;

/** Whom a campaign screens (docs/domain.md §4.1). */
public enum PopulationType {
    /** a school's classes: {@code unit} = school, {@code groups} = classes (may be empty = whole school) */
    SCHOOL_CLASSES,
    /** residents aged 60 and over in the area */
    RESIDENTS_60_PLUS,
    /** perinatal women in the area */
    PERINATAL_WOMEN,
    /** employees of a unit: {@code unit} = employer */
    EMPLOYEES_OF_UNIT,
    /** a key-population tag (重点人群): {@code tag} */
    KEY_POPULATION_TAG
}
