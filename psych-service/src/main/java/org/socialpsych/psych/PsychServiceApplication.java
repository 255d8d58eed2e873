package org.socialpsych.psych;

import org.socialpsych.chassis.config.EnableChassis;
import org.socialpsych.person.EnablePersonIndex;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Service points, practitioners, hotline, crisis cases, referrals, SMD follow-up and archives. */
@SpringBootApplication
@EnableChassis
@EnablePersonIndex
@ConfigurationPropertiesScan
public class PsychServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PsychServiceApplication.class, args);
    }
}
