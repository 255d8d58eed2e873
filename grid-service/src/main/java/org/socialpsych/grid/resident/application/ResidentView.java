package org.socialpsych.grid.resident.application;

import java.time.Instant;
import java.util.List;

import org.socialpsych.grid.resident.domain.DepartureReason;

import org.socialpsych.grid.resident.domain.PopulationTag;
import org.socialpsych.grid.resident.domain.RiskLevel;

/**
 * A resident as the caller may see it ({@code view}: GOVERNANCE or MINIMAL, from the chassis
 * field-view policy): identity number masked, tags filtered by role; {@code householdId} is null
 * in the MINIMAL view, {@code riskLevel} null unless the caller's view of results is GOVERNANCE;
 * {@code departure} is null while the resident has not left.
 */
public record ResidentView(String id, String idNumberMasked, String name, String phone, String address,
        String gridCode, List<String> gridPath, String householdId, String guardianId, RiskLevel riskLevel,
        List<PopulationTag> tags, long version, String view, Departure departure) {

    /** Why and when the resident left; {@code on} is the departure day in the platform zone. */
    public record Departure(DepartureReason reason, Instant at, java.time.LocalDate on) {
    }
}
