package org.socialpsych.psych.archive.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code socialpsych.archive.*}: how long a break-glass grant lasts (default 4h). */
@ConfigurationProperties("socialpsych.archive")
public record ArchiveProperties(Duration breakGlassTtl) {

    public ArchiveProperties {
        breakGlassTtl = breakGlassTtl == null ? Duration.ofHours(4) : breakGlassTtl;
        if (breakGlassTtl.isNegative() || breakGlassTtl.isZero()) {
            throw new IllegalStateException("socialpsych.archive.break-glass-ttl must be positive");
        }
    }
}
