package org.socialpsych.grid;

import org.socialpsych.chassis.config.EnableChassis;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Areas, grids, grid staff, residents, visits, grid events and supervision. */
@SpringBootApplication
@EnableChassis
public class GridServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(GridServiceApplication.class, args);
    }
}
