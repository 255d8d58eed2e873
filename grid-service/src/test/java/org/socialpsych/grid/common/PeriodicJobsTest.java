package org.socialpsych.grid.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import reactor.core.publisher.Mono;

class PeriodicJobsTest {

    @Test
    void shouldLogOnlyTheExceptionClassWhenAJobFails() {
        PeriodicJob failing = new PeriodicJob() {
            @Override
            public String name() {
                return "failing";
            }

            @Override
            public Mono<Long> runOnce(Instant now) {
                return Mono.error(new IllegalStateException("duplicate key: { idHash: \"330327199001011234\" }"));
            }
        };
        Logger logger = (Logger) LoggerFactory.getLogger(PeriodicJobs.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            PeriodicJobs jobs = new PeriodicJobs(List.of(failing), new GridProperties(null, null, null),
                    Clock.systemUTC(), new SimpleMeterRegistry());
            assertThat(jobs.runAll().block()).isZero();
        } finally {
            logger.detachAppender(appender);
        }
        assertThat(appender.list).hasSize(1);
        ILoggingEvent e = appender.list.get(0);
        assertThat(e.getFormattedMessage()).contains("failing").contains("IllegalStateException")
                .doesNotContain("330327199001011234").doesNotContain("idHash");
        assertThat(e.getThrowableProxy()).isNull();
    }
}
