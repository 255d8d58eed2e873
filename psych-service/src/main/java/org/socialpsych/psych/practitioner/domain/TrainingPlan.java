package org.socialpsych.psych.practitioner.domain;

import java.util.List;

import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.common.domain.RuleException.Kind;

/**
 * The national "8+x" curriculum (DOMAIN.md §3): {@code coreHours} (32) for everyone, plus
 * {@code communityDoctorExtraHours} (4) for community doctors. Configurable.
 */
public record TrainingPlan(int coreHours, int communityDoctorExtraHours) {

    public static final int MAX_HOURS_PER_RECORD = 100;

    public TrainingPlan {
        if (coreHours <= 0 || communityDoctorExtraHours < 0) {
            throw new IllegalArgumentException("training hours must be positive");
        }
    }

    public int requiredHours(PractitionerCategory category) {
        return category == PractitionerCategory.COMMUNITY_DOCTOR ? coreHours + communityDoctorExtraHours
                : coreHours;
    }

    public static int total(List<TrainingRecord> records) {
        return records.stream().mapToInt(TrainingRecord::hours).sum();
    }

    public static void check(TrainingRecord r) {
        if (r.hours() <= 0 || r.hours() > MAX_HOURS_PER_RECORD) {
            throw new RuleException(Kind.INVALID, "invalid-training-hours",
                    "A training record has 1 to " + MAX_HOURS_PER_RECORD + " hours");
        }
    }
}
