package org.socialpsych.psych.referral.domain;

import java.time.Instant;

public record ReferralTimelineEntry(Instant at, String actor, String action, String detail) {
}
