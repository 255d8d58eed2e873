package org.socialpsych.psych.practitioner.application;

import org.socialpsych.psych.practitioner.domain.TrainingPlan;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code socialpsych.practitioners.*}: the 8+x curriculum hours. */
@ConfigurationProperties("socialpsych.practitioners")
public record PractitionerProperties(Integer coreHours, Integer communityDoctorExtraHours) {

    public TrainingPlan toPlan() {
        return new TrainingPlan(coreHours == null ? 32 : coreHours,
                communityDoctorExtraHours == null ? 4 : communityDoctorExtraHours);
    }
}
