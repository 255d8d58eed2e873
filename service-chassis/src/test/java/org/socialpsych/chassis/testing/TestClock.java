package org.socialpsych.chassis.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A controllable platform clock for tests: real time plus an offset, in the platform zone
 * (Asia/Shanghai unless {@code socialpsych.platform.zone} says otherwise), whatever the machine's
 * zone is. Time keeps flowing after {@link #setTo}, so timers, leases and the outbox still work.
 */
public final class TestClock extends Clock {

    /** Registers a {@link TestClock} as the context's (primary) platform clock. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        TestClock testClock(@Value("${socialpsych.platform.zone:Asia/Shanghai}") String zone) {
            return new TestClock(ZoneId.of(zone), new AtomicReference<>(Duration.ZERO));
        }
    }

    private final ZoneId zone;
    private final AtomicReference<Duration> offset;

    /** A clock {@code offset} ahead of real time in {@code zone} (for contexts a test starts itself). */
    public TestClock(ZoneId zone, Duration offset) {
        this(zone, new AtomicReference<>(offset));
    }

    private TestClock(ZoneId zone, AtomicReference<Duration> offset) {
        this.zone = zone;
        this.offset = offset;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(other, offset);
    }

    @Override
    public Instant instant() {
        return Clock.systemUTC().instant().plus(offset.get());
    }

    /** From now on the clock reads {@code at} (and runs on from there). */
    public void setTo(Instant at) {
        offset.set(Duration.between(Clock.systemUTC().instant(), at));
    }

    /** From now on the clock reads {@code local} in the platform zone. */
    public void setTo(LocalDateTime local) {
        setTo(local.atZone(zone).toInstant());
    }

    public void advance(Duration by) {
        offset.updateAndGet(o -> o.plus(by));
    }

    /** Back to real time. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    /** Today in the platform zone. */
    public LocalDate today() {
        return LocalDate.now(this);
    }

    /** {@code local} (a wall-clock time in the platform zone) as an instant. */
    public Instant at(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }
}
