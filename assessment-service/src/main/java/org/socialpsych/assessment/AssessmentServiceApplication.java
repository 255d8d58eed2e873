package org.socialpsych.assessment;

import org.socialpsych.chassis.config.EnableChassis;
import org.socialpsych.person.EnablePersonIndex;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Instruments, screening campaigns, exact scoring and risk tiers. */
@SpringBootApplication
@EnableChassis
@EnablePersonIndex
public class AssessmentServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(AssessmentServiceApplication.class, args);
    }
}
