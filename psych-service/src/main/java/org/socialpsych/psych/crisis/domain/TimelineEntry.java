package org.socialpsych.psych.crisis.domain;

import java.time.Instant;

/** One thing that happened to a case: who (staff subject or {@code system}), what, and a short detail. */
public record TimelineEntry(Instant at, String actor, String action, String detail) {
}
