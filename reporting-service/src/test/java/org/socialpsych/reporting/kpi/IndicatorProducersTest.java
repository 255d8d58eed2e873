package org.socialpsych.reporting.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.messaging.IncomingEvent;
import org.socialpsych.events.EventCatalog;
import org.socialpsych.reporting.fact.application.FactProjector;
import org.socialpsych.reporting.fact.application.FactWrite;
import org.socialpsych.reporting.fact.infra.FactEventsListener;
import org.socialpsych.reporting.kpi.domain.DisclosureControl;
import org.socialpsych.reporting.kpi.domain.IndicatorDefinition;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.kafka.annotation.KafkaListener;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every indicator has a producer: each numerator and denominator of the shipped definitions is a
 * metric that some event type on a consumed topic produces (projected from the contract's golden
 * samples), or one the fact store derives from those. (Before: specialPopulationSupported and
 * smdTreated had no producer; visitsDue was produced per schedule, not per due item.)
 */
class IndicatorProducersTest {

    /** Metrics the fact store derives rather than an event carrying them. */
    static final Set<String> DERIVED = Set.of("villagesWithRoom");

    @Test
    void shouldHaveAProducerForEveryNumeratorAndDenominator() throws Exception {
        Set<String> consumed = new TreeSet<>(List.of(FactEventsListener.class.getMethod("on",
                org.apache.kafka.clients.consumer.ConsumerRecord.class).getAnnotation(KafkaListener.class).topics()));
        FactProjector projector = new FactProjector(JsonMapper.builder().build(),
                Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")));
        Set<String> produced = new TreeSet<>(DERIVED);
        List<String> projectedTypes = new ArrayList<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (EventCatalog.Entry e : EventCatalog.ENTRIES) {
            if (!consumed.contains(e.topic())) {
                continue;
            }
            for (Resource sample : resolver.getResources("classpath*:" + e.samplesFolder() + "*.json")) {
                String payload;
                try (InputStream in = sample.getInputStream()) {
                    payload = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                IncomingEvent event = new IncomingEvent("e-" + sample.getFilename(), e.type(), "test",
                        Instant.parse("2026-11-30T00:00:00Z"), null, e.topic(), "k", payload);
                for (FactWrite w : projector.project(event)) {
                    produced.addAll(w.metrics().keySet());
                    produced.addAll(w.alsoCount().values());
                    projectedTypes.add(e.type());
                }
            }
        }
        assertThat(projectedTypes).as("the golden samples were found and projected").hasSizeGreaterThan(20);
        // AreaCreated counts "areas<Level>" for whatever level it carries (the samples show a county and a grid)
        if (produced.contains("areasCounty")) {
            for (String level : List.of("Province", "City", "County", "Town", "Village", "Grid")) {
                produced.add("areas" + level);
            }
        }
        List<String> orphans = new ArrayList<>();
        for (IndicatorDefinition d : DisclosureControlTest.DEFS) {
            List<String> metrics = new ArrayList<>(DisclosureControl.metrics(d));
            if (d.numerator().startsWith("median:")) {
                String prefix = d.numerator().substring("median:".length());
                if (produced.stream().noneMatch(m -> m.startsWith(prefix))) {
                    orphans.add(d.code() + " numerator " + d.numerator());
                }
            }
            for (String m : metrics) {
                if (!produced.contains(m)) {
                    orphans.add(d.code() + " " + m);
                }
            }
        }
        assertThat(orphans).as("metrics no consumed event type produces (produced: " + produced + ")").isEmpty();
    }
}
