package org.socialpsych.reporting.fact.infra;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.socialpsych.chassis.messaging.ListenerRetry;
import org.socialpsych.chassis.messaging.IncomingEvent;
import org.socialpsych.chassis.messaging.OrderedListener;
import org.socialpsych.events.Topics;
import org.socialpsych.reporting.area.application.AreaChanges;
import org.socialpsych.reporting.fact.application.FactProjector;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;

/** Every topic of the other services into the fact store (group {@code reporting-service.facts}). */
@Component
public class FactEventsListener {

    public static final String GROUP = "reporting-service.facts";
    private final FactProjector projector;
    private final FactStore store;
    private final MeterRegistry meters;
    private final AreaChanges areaChanges;

    public FactEventsListener(FactProjector projector, FactStore store, MeterRegistry meters,
            AreaChanges areaChanges) {
        this.areaChanges = areaChanges;
        this.projector = projector;
        this.store = store;
        this.meters = meters;
    }

    @KafkaListener(id = GROUP, groupId = GROUP, topics = {Topics.GRID_AREAS, Topics.GRID_RESIDENTS, Topics.GRID_VISITS,
            Topics.GRID_EVENTS, Topics.GRID_INSPECTIONS, Topics.PSYCH_SERVICE_POINTS, Topics.PSYCH_PRACTITIONERS, Topics.PSYCH_HOTLINE_CALLS,
            Topics.PSYCH_CRISIS_CASES, Topics.PSYCH_REFERRALS, Topics.PSYCH_SMD_PATIENTS,
            Topics.ASSESSMENT_ASSESSMENTS, Topics.ASSESSMENT_CAMPAIGNS})
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        // area changes first (timeline, moves), then the facts of the event (area counts)
        OrderedListener.await(areaChanges.apply(event).thenMany(Flux.fromIterable(projector.project(event)))
                .concatMap(store::write)
                .doOnNext(changed -> meters.counter("reporting.facts.applied", "topic", record.topic(),
                        "changed", String.valueOf(changed)).increment())
                .then()
                .retryWhen(ListenerRetry.transientFailures()));
    }
}
