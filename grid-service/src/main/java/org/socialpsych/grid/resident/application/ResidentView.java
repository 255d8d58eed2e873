package org.socialpsych.grid.resident.application;

import java.util.List;

import org.socialpsych.grid.resident.domain.PopulationTag;
import org.socialpsych.grid.resident.domain.RiskLevel;

/** A resident as the caller may see it: identity number masked, tags filtered by role. */
public record ResidentView(String id, String idNumberMasked, String name, String phone, String address,
        String gridCode, List<String> gridPath, String householdId, String guardianId, RiskLevel riskLevel,
        List<PopulationTag> tags, long version) {
}
