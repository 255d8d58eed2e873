package org.socialpsych.reporting;

import org.socialpsych.chassis.config.EnableChassis;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Indicators, live KPIs by area, period reports and exports, computed from the other services' events. */
@SpringBootApplication
@EnableChassis
public class ReportingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReportingServiceApplication.class, args);
    }
}
