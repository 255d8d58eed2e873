package org.socialpsych.grid;

import java.time.Duration;
import java.util.List;

import org.socialpsych.chassis.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.socialpsych.chassis.jobs.JobLease;
import org.socialpsych.chassis.jobs.PeriodicJob;
import org.socialpsych.chassis.jobs.PeriodicJobRunner;
import org.socialpsych.chassis.testing.ServiceTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The set-up of the grid ITs that move the platform clock ({@link TestClock}, Asia/Shanghai whatever
 * the machine's zone): a context of their own with the periodic runner off (tests run the jobs by
 * hand, as a named replica holding the lease), the clock back to real time after each test. A
 * subclass declares its {@code @DynamicPropertySource} with {@link #clockedProperties} and its own
 * database prefix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.Config.class)
public abstract class ClockedGridItSupport {

    /** The feature ITs' properties on a database of its own, periodic runner and crisis consumer off. */
    protected static void clockedProperties(DynamicPropertyRegistry r, String databasePrefix) {
        GridItSupport.gridProperties(r, databasePrefix, "1h");
        r.add("socialpsych.jobs.enabled", () -> "false");
        r.add("socialpsych.grid.crisis-visits.enabled", () -> "false");
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestClock clock;

    @Autowired
    protected ReactiveMongoTemplate mongo;

    @Autowired
    protected List<PeriodicJob> jobs;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    protected WebTestClient client() {
        return GridItSupport.client(port);
    }

    protected static String token(String subject, String role, String... areas) {
        return ServiceTestSupport.bearer(subject, List.of(role), List.of(areas));
    }

    /** A job runner of this context's jobs acting as {@code replica} (its own lease holder name). */
    protected PeriodicJobRunner runner(String replica, MeterRegistry meters) {
        return new PeriodicJobRunner(jobs, new JobLease(mongo, clock, replica), clock, meters, Duration.ofHours(1),
                false);
    }

    /** One tick of every grid job, as the lease holder {@code replica-a}. */
    protected void tick() {
        runner("replica-a", new SimpleMeterRegistry()).runAll().block();
    }
}
