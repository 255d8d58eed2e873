package org.socialpsych.psych.servicepoint.domain;

import java.time.LocalDateTime;
import java.util.List;

/** Rules of the service network (docs/domain.md §3). */
public final class ServicePoints {

    private ServicePoints() {
    }

    /**
     * The network tier: 1 county/district centre, 2 town station, 3 village/community room; other
     * kinds (school, hospital, hotline, venues) take the tier of the area level they sit in.
     */
    public static int tierOf(ServicePointType type, String areaLevel) {
        switch (type) {
            case COUNTY_CENTRE:
                return 1;
            case TOWN_STATION:
                return 2;
            case VILLAGE_ROOM:
            case COMMUNITY_ROOM:
                return 3;
            default:
                if (areaLevel == null) {
                    return 3;
                }
                return switch (areaLevel) {
                    case "PROVINCE", "CITY", "COUNTY" -> 1;
                    case "TOWN" -> 2;
                    default -> 3;
                };
        }
    }

    /** Open at this local time; a point with no opening hours is never "open now" (the hotline lists 7×24 slots). */
    public static boolean openAt(List<OpeningSlot> hours, LocalDateTime local) {
        return hours != null && hours.stream().anyMatch(s -> s.covers(local));
    }
}
