package org.socialpsych.psych.smd.application;

import java.time.Period;

import org.socialpsych.psych.smd.domain.FollowUpSchedule;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code socialpsych.smd.*}: the follow-up schedule of docs/domain.md §4.4; unset values keep the national defaults. */
@ConfigurationProperties("socialpsych.smd")
public record SmdProperties(Integer unstableMinRisk, Period unstable, Period basicallyStable, Period stable,
        Period firstFollowUp) {

    public FollowUpSchedule toSchedule() {
        FollowUpSchedule d = FollowUpSchedule.defaults();
        return new FollowUpSchedule(unstableMinRisk != null ? unstableMinRisk : d.unstableMinRisk(),
                unstable != null ? unstable : d.unstable(),
                basicallyStable != null ? basicallyStable : d.basicallyStable(),
                stable != null ? stable : d.stable(), firstFollowUp != null ? firstFollowUp : d.firstFollowUp());
    }
}
