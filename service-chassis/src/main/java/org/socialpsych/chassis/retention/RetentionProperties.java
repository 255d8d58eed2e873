package org.socialpsych.chassis.retention;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled   runs the purge job (on by default; the job only touches classes a service declares)
 * @param interval  how often the job runs
 * @param batchSize documents purged per class and pass
 * @param classes   retention period per class name, overriding the class's default
 */
@ConfigurationProperties("socialpsych.retention")
public record RetentionProperties(Boolean enabled, Duration interval, Integer batchSize,
        Map<String, Duration> classes) {

    public RetentionProperties {
        enabled = enabled == null || enabled;
        interval = interval == null ? Duration.ofHours(1) : interval;
        batchSize = batchSize == null ? 200 : batchSize;
        classes = classes == null ? Map.of() : Map.copyOf(classes);
    }

    public Duration keep(RetentionClass c) {
        return classes.getOrDefault(c.name(), c.defaultKeep());
    }
}
