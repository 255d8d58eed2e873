package org.socialpsych.grid;

import org.socialpsych.chassis.config.EnableChassis;
import org.socialpsych.person.EnablePersonIndex;
import org.socialpsych.grid.common.GridProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Areas, grids, grid staff, residents, visits, grid events and supervision. */
@SpringBootApplication
@EnableChassis
@EnablePersonIndex
@EnableConfigurationProperties(GridProperties.class)
public class GridServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(GridServiceApplication.class, args);
    }
}
