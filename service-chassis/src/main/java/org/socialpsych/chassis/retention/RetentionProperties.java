package org.socialpsych.chassis.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled   runs the purge job (on by default; the job only touches classes a service declares)
 * @param interval  how often the job runs
 * @param batchSize documents purged per class and pass
 * @param classes   retention period per class name, overriding the class's default: an ISO-8601
 *                  period in calendar units ({@code P5Y}, {@code P18M}, {@code P30D}) or a duration
 *                  ({@code PT72H}); Spring's Duration binding refuses years, so these are read here
 */
@ConfigurationProperties("socialpsych.retention")
public record RetentionProperties(Boolean enabled, Duration interval, Integer batchSize,
        Map<String, String> classes) {

    public RetentionProperties {
        enabled = enabled == null || enabled;
        interval = interval == null ? Duration.ofHours(1) : interval;
        batchSize = batchSize == null ? 200 : batchSize;
        classes = classes == null ? Map.of() : Map.copyOf(classes);
        classes.forEach((name, spec) -> {
            try {
                parse(spec);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("socialpsych.retention.classes." + name
                        + " is not an ISO-8601 period (P5Y) or duration (PT72H): " + spec, e);
            }
        });
    }

    /** The configured period of a class as written ({@code P5Y}), or its default. */
    public String keep(RetentionClass c) {
        String spec = classes.get(c.name());
        if (spec != null) {
            return spec.trim().toUpperCase();
        }
        Duration d = c.defaultKeep();
        // whole days read as days (P1827D), not as Duration's hours (PT43848H)
        return d.toSeconds() % 86_400 == 0 ? "P" + d.toDays() + "D" : d.toString();
    }

    /** Records of the class whose clock started before this instant have expired (calendar-exact for periods). */
    public Instant cutoff(RetentionClass c, Instant now) {
        return cutoff(c, now, java.time.ZoneId.of("Asia/Shanghai"));
    }

    /** The cutoff in the platform zone: a calendar period ends on the same local date, years earlier. */
    public Instant cutoff(RetentionClass c, Instant now, java.time.ZoneId zone) {
        String spec = classes.get(c.name());
        if (spec == null) {
            return now.minus(c.defaultKeep());
        }
        Object keep = parse(spec);
        return keep instanceof Period p ? now.atZone(zone).minus(p).toInstant() : now.minus((Duration) keep);
    }

    private static Object parse(String spec) {
        String s = spec.trim().toUpperCase();
        return s.contains("T") ? Duration.parse(s) : Period.parse(s);
    }
}
