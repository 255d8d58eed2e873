package org.socialpsych.grid.visit.domain;

import java.time.Duration;
import java.time.Instant;

/** Checks that flag (never reject) implausible visits. */
public final class Plausibility {

    public static final String IMPOSSIBLE_TRAVEL = "IMPOSSIBLE_TRAVEL";
    public static final String IMPLAUSIBLY_SHORT = "IMPLAUSIBLY_SHORT";
    public static final String REUSED_PHOTO_HASH = "REUSED_PHOTO_HASH";
    /** Visited at night (platform zone), {@code socialpsych.grid.visits.night-start}/{@code night-end}. */
    public static final String NIGHT_HOURS = "NIGHT_HOURS";
    /** Visited on a day before the resident was registered (a back-dated record). */
    public static final String BEFORE_REGISTRATION = "BEFORE_REGISTRATION";
    public static final String MISSING_LOCATION = "MISSING_LOCATION";
    /** Latitude and longitude both 0: a device that had no fix. */
    public static final String ZERO_LOCATION = "ZERO_LOCATION";
    /** Another visit of the same resident within {@code socialpsych.grid.visits.repeat-window}. */
    public static final String REPEATED_VISIT = "REPEATED_VISIT";
    /** The resident has a tag whose policy requires a photo, and the visit carries none. */
    public static final String MISSING_PHOTO = "MISSING_PHOTO";
    /** The visit fulfilled no due item (one visit per item; see {@code VisitPolicy.fulfils}). */
    public static final String EXTRA_VISIT = "EXTRA_VISIT";

    private Plausibility() {
    }

    public record Fix(double latitude, double longitude, Instant at) {
    }

    /** Great-circle distance in km. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    /** True when getting from one fix to the other needs more than {@code maxSpeedKmh}. */
    public static boolean impossibleTravel(Fix a, Fix b, double maxSpeedKmh) {
        double km = distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
        double hours = Math.abs(Duration.between(a.at(), b.at()).toMillis()) / 3_600_000.0;
        if (km < 1.0) {
            return false; // GPS noise
        }
        return hours == 0 || km / hours > maxSpeedKmh;
    }

    /** True when {@code t} lies in the night window [start, end) that may wrap midnight. */
    public static boolean nightHours(java.time.LocalTime t, java.time.LocalTime start, java.time.LocalTime end) {
        return start.isAfter(end) ? !t.isBefore(start) || t.isBefore(end) : !t.isBefore(start) && t.isBefore(end);
    }

    public static boolean zeroLocation(Double latitude, Double longitude) {
        return latitude != null && longitude != null && latitude == 0.0 && longitude == 0.0;
    }

    public static boolean implausiblyShort(Integer durationMinutes, Duration minimum) {
        return durationMinutes != null && Duration.ofMinutes(durationMinutes).compareTo(minimum) < 0;
    }
}
