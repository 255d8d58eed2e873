package org.socialpsych.events.psych;

import java.util.List;

import org.socialpsych.events.EventCatalog.Entry;

/** Event types owned by psych-service. */
public final class PsychEvents {

    public static final List<Entry> ENTRIES = List.of();

    private PsychEvents() {
    }
}
