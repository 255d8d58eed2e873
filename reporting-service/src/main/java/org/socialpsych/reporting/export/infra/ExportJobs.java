package org.socialpsych.reporting.export.infra;

import org.socialpsych.chassis.jobs.PeriodicJob;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The export worker's periodic work as chassis {@link PeriodicJob} beans (no private schedulers). */
@Configuration(proxyBeanMethods = false)
public class ExportJobs {

    @Bean
    PeriodicJob exportWorkJob(ExportWorker worker) {
        return worker.periodicJobs().get(0);
    }

    @Bean
    PeriodicJob exportHousekeepingJob(ExportWorker worker) {
        return worker.periodicJobs().get(1);
    }
}
