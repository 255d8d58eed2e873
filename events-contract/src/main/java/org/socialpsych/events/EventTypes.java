package org.socialpsych.events;

/** Stable wire type ids ({@code ce_type}): {@code org.socialpsych.<context>.<EventName>.v<major>}. */
public final class EventTypes {
    public static final String AREA_CREATED = "org.socialpsych.grid.AreaCreated.v1";

    private EventTypes() {
    }
}
