package org.socialpsych.events.assessment;

import java.util.List;

import org.socialpsych.events.EventCatalog.Entry;

/** Event types owned by assessment-service. */
public final class AssessmentEvents {

    public static final List<Entry> ENTRIES = List.of();

    private AssessmentEvents() {
    }
}
