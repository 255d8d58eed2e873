package org.socialpsych.psych.practitioner.domain;

import java.util.List;

import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.common.domain.RuleException.Kind;

/**
 * The national "8+x" curriculum (docs/domain.md §3): {@code coreHours} (32) for everyone, plus
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

    /** Each module counts once (a second record of the same module is refused when recorded). */
    public static int total(List<TrainingRecord> records) {
        return records.stream().collect(java.util.stream.Collectors.toMap(TrainingRecord::module,
                TrainingRecord::hours, Math::max)).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The "8": hours of core modules (module names starting with {@code CORE}). */
    public static int coreDone(List<TrainingRecord> records) {
        return total(records.stream().filter(TrainingPlan::core).toList());
    }

    /** The "+x": hours of every other module. */
    public static int extraDone(List<TrainingRecord> records) {
        return total(records.stream().filter(r -> !core(r)).toList());
    }

    public int extraRequired(PractitionerCategory category) {
        return requiredHours(category) - coreHours;
    }

    /** Complete when the core hours and the category's extra hours are each done (not a bare total). */
    public boolean complete(PractitionerCategory category, List<TrainingRecord> records) {
        return coreDone(records) >= coreHours && extraDone(records) >= extraRequired(category);
    }

    private static boolean core(TrainingRecord r) {
        return r.module() != null && r.module().toUpperCase(java.util.Locale.ROOT).startsWith("CORE");
    }

    /** Refuses a future completion and a module already recorded. */
    public static void checkNew(TrainingRecord r, List<TrainingRecord> existing, java.time.LocalDate today) {
        check(r);
        if (r.completedOn() != null && r.completedOn().isAfter(today)) {
            throw new RuleException(Kind.INVALID, "completed-in-future", "A training cannot be completed in the future");
        }
        if (existing.stream().anyMatch(e -> e.module().equalsIgnoreCase(r.module()))) {
            throw new RuleException(Kind.CONFLICT, "module-already-recorded",
                    "Module " + r.module() + " is already recorded; a module counts once");
        }
    }

    public static void check(TrainingRecord r) {
        if (r.hours() <= 0 || r.hours() > MAX_HOURS_PER_RECORD) {
            throw new RuleException(Kind.INVALID, "invalid-training-hours",
                    "A training record has 1 to " + MAX_HOURS_PER_RECORD + " hours");
        }
    }
}
