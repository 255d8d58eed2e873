package org.socialpsych.grid.area.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An area of the administrative hierarchy. {@code path} holds the codes from the root down to this
 * area, which makes subtree queries and area-scope checks a single indexed lookup.
 */
public record Area(String id, String code, String name, AreaLevel level, String parentCode, List<String> path,
        Long population, Boolean urban, LocalDate validFrom, LocalDate validTo, long version) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    public Area {
        path = List.copyOf(path);
    }

    /** Creates a root area (no parent) or a child of {@code parent}; rules violated throw {@link AreaRuleException}. */
    public static Area create(String code, String name, AreaLevel level, Area parent, Long population, Boolean urban,
            LocalDate validFrom) {
        if (!CODE.matcher(code).matches()) {
            throw new AreaRuleException("invalid-area-code", "Area code must be 1-32 letters, digits, '-' or '_'");
        }
        if (population != null && population < 0) {
            throw new AreaRuleException("invalid-population", "Population cannot be negative");
        }
        List<String> path = new ArrayList<>();
        if (parent != null) {
            if (!parent.level().canParent(level)) {
                throw new AreaRuleException("invalid-area-level",
                        "A " + level + " cannot be placed under a " + parent.level());
            }
            if (validFrom.isBefore(parent.validFrom())) {
                throw new AreaRuleException("predates-parent", "The area cannot start (" + validFrom
                        + ") before its parent does (" + parent.validFrom() + ")");
            }
            if (parent.validTo() != null && !validFrom.isBefore(parent.validTo())) {
                throw new AreaRuleException("parent-not-valid", "The parent area has ended before " + validFrom);
            }
            path.addAll(parent.path());
        }
        path.add(code);
        return new Area("a-" + code, code, name.strip(), level, parent == null ? null : parent.code(), path,
                population, urban, validFrom, null, 1);
    }
}
