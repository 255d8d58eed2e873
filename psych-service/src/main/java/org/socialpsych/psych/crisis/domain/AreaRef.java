package org.socialpsych.psych.crisis.domain;

/** An ancestor of the case's area with its level name (CITY, COUNTY, TOWN, VILLAGE, GRID …). */
public record AreaRef(String code, String level) {
}
