package org.socialpsych.grid.resident.domain;

import static org.socialpsych.grid.resident.domain.Sensitivity.GENERAL;
import static org.socialpsych.grid.resident.domain.Sensitivity.POLICE_JUSTICE;
import static org.socialpsych.grid.resident.domain.Sensitivity.SENSITIVE;

/**
 * Key and special population categories (重点人群/特殊人群) of docs/domain.md §2, each with its default
 * owning department and its sensitivity class (fixed per category, so a police or justice tag can
 * never be downgraded by whoever adds it).
 */
public enum TagCategory {
    EMPTY_NEST_ELDERLY("CIVIL_AFFAIRS", GENERAL),
    WIDOWED_ELDERLY("CIVIL_AFFAIRS", GENERAL),
    DISABLED_ELDERLY("CIVIL_AFFAIRS", GENERAL),
    LIVING_ALONE_ELDERLY("CIVIL_AFFAIRS", GENERAL),
    PERINATAL_WOMAN("HEALTH", SENSITIVE),
    MENOPAUSAL_WOMAN("HEALTH", SENSITIVE),
    LEFT_BEHIND_CHILD("CIVIL_AFFAIRS", SENSITIVE),
    MIGRANT_CHILD("EDUCATION", SENSITIVE),
    DISTRESSED_CHILD("CIVIL_AFFAIRS", SENSITIVE),
    DISABLED_PERSON("DISABLED_PERSONS_FEDERATION", GENERAL),
    DISABLED_FAMILY("DISABLED_PERSONS_FEDERATION", GENERAL),
    VETERAN("VETERANS_AFFAIRS", GENERAL),
    POOR_HOUSEHOLD("CIVIL_AFFAIRS", SENSITIVE),
    CHRONIC_DISEASE("HEALTH", SENSITIVE),
    RELEASED_PRISONER("JUSTICE", POLICE_JUSTICE),
    COMMUNITY_CORRECTION("JUSTICE", POLICE_JUSTICE),
    DRUG_REHABILITATION("POLICE", POLICE_JUSTICE),
    FOUR_LOSS_ONE_DEVIATION("POLITICAL_LEGAL", SENSITIVE),
    DISPUTE_PARTY("POLITICAL_LEGAL", SENSITIVE),
    KEY_PETITIONER("PETITION", SENSITIVE),
    SMD_PATIENT("HEALTH", SENSITIVE),
    BULLYING_VICTIM("EDUCATION", SENSITIVE),
    DOMESTIC_VIOLENCE_VICTIM("WOMENS_FEDERATION", SENSITIVE),
    SEXUAL_ASSAULT_VICTIM("POLICE", POLICE_JUSTICE),
    /** 失独: parents who lost their only child. */
    BEREAVED_ONLY_CHILD_PARENT("HEALTH", SENSITIVE);

    private final String defaultDepartment;
    private final Sensitivity sensitivity;

    TagCategory(String defaultDepartment, Sensitivity sensitivity) {
        this.defaultDepartment = defaultDepartment;
        this.sensitivity = sensitivity;
    }

    /** The national category with this code, if there is one. */
    public static java.util.Optional<TagCategory> find(String code) {
        for (TagCategory c : values()) {
            if (c.name().equals(code)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }

    public String defaultDepartment() {
        return defaultDepartment;
    }

    public Sensitivity sensitivity() {
        return sensitivity;
    }
}
