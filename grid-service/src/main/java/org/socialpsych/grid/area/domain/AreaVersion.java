package org.socialpsych.grid.area.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An area as it was between {@code validFrom} (inclusive) and {@code validTo} (exclusive; null =
 * still so): name, parent and path. Renames and re-parenting close the current version and start a
 * new one; merges and retirements close the last one.
 */
public record AreaVersion(String name, String parentCode, List<String> path, LocalDate validFrom, LocalDate validTo) {

    public AreaVersion {
        path = List.copyOf(path);
    }

    public boolean covers(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || day.isBefore(validTo));
    }
}
