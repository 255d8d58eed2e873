package org.socialpsych.events.grid;

import java.util.List;

import org.socialpsych.events.EventCatalog.Entry;
import org.socialpsych.events.Topics;

/** Event types owned by grid-service. */
public final class GridEvents {
    public static final String AREA_CREATED = "org.socialpsych.grid.AreaCreated.v1";

    public static final List<Entry> ENTRIES = List.of(
            new Entry(AREA_CREATED, Topics.GRID_AREAS, AreaCreatedV1.class, "grid-service"));

    private GridEvents() {
    }
}
