package org.socialpsych.grid.resident.domain;

import java.time.LocalDate;

/**
 * A dated population tag on a resident (validTo exclusive; null = open). {@code category} is the code
 * of a national category ({@link TagCategory}) or of one an area added; {@code sensitivity} is fixed
 * by the category when the tag is added.
 */
public record PopulationTag(String tagId, String category, String department, Sensitivity sensitivity,
        LocalDate validFrom, LocalDate validTo, String addedBy) {

    public boolean activeOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || day.isBefore(validTo));
    }
}
