package org.socialpsych.grid.resident.domain;

import java.time.LocalDate;

/** A dated population tag on a resident (validTo exclusive; null = open). */
public record PopulationTag(String tagId, TagCategory category, String department, Sensitivity sensitivity,
        LocalDate validFrom, LocalDate validTo, String addedBy) {

    public boolean activeOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || day.isBefore(validTo));
    }
}
