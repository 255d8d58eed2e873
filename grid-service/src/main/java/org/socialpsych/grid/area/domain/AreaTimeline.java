package org.socialpsych.grid.area.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Effective dating of areas: which version held on a day, and whether a change may start on a day. */
public final class AreaTimeline {

    private AreaTimeline() {
    }

    public static AreaVersion current(Area a) {
        return new AreaVersion(a.name(), a.parentCode(), a.path(), a.validFrom(), a.validTo());
    }

    /** The version of the area on {@code day}, if it existed then. */
    public static Optional<AreaVersion> asOf(Area a, List<AreaVersion> history, LocalDate day) {
        AreaVersion cur = current(a);
        if (cur.covers(day)) {
            return Optional.of(cur);
        }
        return history.stream().filter(v -> v.covers(day)).findFirst();
    }

    /** The area seen as of {@code day} (its version's name, parent and path and dates). */
    public static Optional<Area> view(Area a, List<AreaVersion> history, LocalDate day) {
        return asOf(a, history, day).map(v -> new Area(a.id(), a.code(), v.name(), a.level(), v.parentCode(), v.path(),
                a.population(), a.urban(), v.validFrom(), v.validTo(), a.version()));
    }

    /** A rename or re-parent from {@code effective}: the area must be current and the day after its current start. */
    public static void checkChange(Area a, LocalDate effective) {
        if (a.validTo() != null) {
            throw new AreaRuleException("area-ended", "Area " + a.code() + " ended on " + a.validTo());
        }
        if (!effective.isAfter(a.validFrom())) {
            throw new AreaRuleException("invalid-effective-date",
                    "A change must start after the current version's start " + a.validFrom());
        }
    }

    /** Merging {@code a} into {@code into}: same level, both current, not into itself or a descendant. */
    public static void checkMerge(Area a, Area into, LocalDate effective) {
        checkChange(a, effective);
        if (into.validTo() != null) {
            throw new AreaRuleException("area-ended", "Area " + into.code() + " has ended");
        }
        if (a.code().equals(into.code()) || into.path().contains(a.code())) {
            throw new AreaRuleException("invalid-merge", "An area cannot be merged into itself or its subtree");
        }
        if (a.level() != into.level()) {
            throw new AreaRuleException("invalid-merge", "Only areas of the same level merge");
        }
    }

    /** Re-parenting {@code a} under {@code parent}: a level that can hold it, not into its own subtree. */
    public static void checkReparent(Area a, Area parent, LocalDate effective) {
        checkChange(a, effective);
        if (parent.validTo() != null) {
            throw new AreaRuleException("area-ended", "Area " + parent.code() + " has ended");
        }
        if (effective.isBefore(parent.validFrom())) {
            throw new AreaRuleException("predates-parent", "The move (" + effective + ") cannot take effect before "
                    + parent.code() + " exists (" + parent.validFrom() + ")");
        }
        if (parent.path().contains(a.code())) {
            throw new AreaRuleException("invalid-parent", "An area cannot move into its own subtree");
        }
        if (!parent.level().canParent(a.level())) {
            throw new AreaRuleException("invalid-area-level", "A " + a.level() + " cannot be placed under a "
                    + parent.level());
        }
    }
}
