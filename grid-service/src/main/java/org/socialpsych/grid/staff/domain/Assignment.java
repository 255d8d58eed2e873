package org.socialpsych.grid.staff.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A person (platform subject id) serving a grid in a role from {@code validFrom} until
 * {@code validTo} (exclusive; null = open). A person may serve several grids.
 */
public record Assignment(String id, String personId, StaffRole role, String gridCode, List<String> gridPath,
        LocalDate validFrom, LocalDate validTo) {

    public Assignment {
        gridPath = List.copyOf(gridPath);
    }

    public boolean activeOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || day.isBefore(validTo));
    }
}
