package org.socialpsych.psych.crisis.application;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.socialpsych.psych.crisis.domain.CaseStatus;
import org.socialpsych.psych.crisis.domain.CrisisCase;
import org.socialpsych.psych.crisis.domain.CrisisEvent;
import org.socialpsych.psych.crisis.domain.RiskTier;
import org.socialpsych.psych.crisis.infra.CrisisCaseRepository;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code crisis.cases.open{tier}} (gauge, refreshed by the sweep), {@code crisis.cases.opened{tier,source}},
 * {@code crisis.sla.breaches{tier,deadline}}, {@code crisis.escalations{level,reason}},
 * {@code crisis.responses{kind,on_time}} (the seeds' "response on time 100%"), and per unit
 * {@code crisis.unit.sla.breaches{tier,unit,deadline}}, {@code crisis.unit.responses{unit,kind,on_time}};
 * {@code crisis.cases.joined{tier,source}} counts triggers that joined an open case.
 */
@Component
public class CrisisMetrics {

    private final MeterRegistry meters;
    private final Map<RiskTier, AtomicLong> open = new EnumMap<>(RiskTier.class);
    private final CrisisCaseRepository cases;

    public CrisisMetrics(MeterRegistry meters, CrisisCaseRepository cases) {
        this.meters = meters;
        this.cases = cases;
        for (RiskTier t : RiskTier.values()) {
            AtomicLong v = new AtomicLong();
            open.put(t, v);
            Gauge.builder("crisis.cases.open", v, AtomicLong::get).tag("tier", t.name())
                    .description("Crisis cases not yet closed").register(meters);
        }
    }

    public Mono<Void> refreshOpenCounts() {
        return Flux.fromArray(RiskTier.values())
                .concatMap(t -> cases.countByTierAndStatusNot(t, CaseStatus.CLOSED).doOnNext(n -> open.get(t).set(n)))
                .then();
    }

    public void record(CrisisCase c) {
        String tier = c.tier().name();
        for (CrisisEvent e : c.changes()) {
            if (e instanceof CrisisEvent.Opened) {
                meters.counter("crisis.cases.opened", "tier", tier, "source", c.source().name()).increment();
            } else if (e instanceof CrisisEvent.SlaBreached b) {
                meters.counter("crisis.sla.breaches", "tier", tier, "deadline", b.deadline()).increment();
            } else if (e instanceof CrisisEvent.Escalated x) {
                meters.counter("crisis.escalations", "level", x.escalation().to().name(), "reason",
                        x.escalation().reason().name()).increment();
            } else if (e instanceof CrisisEvent.Acknowledged a) {
                meters.counter("crisis.responses", "kind", "ACKNOWLEDGE", "on_time", String.valueOf(a.onTime()))
                        .increment();
            } else if (e instanceof CrisisEvent.FirstContactMade f) {
                meters.counter("crisis.responses", "kind", "FIRST_CONTACT", "on_time", String.valueOf(f.onTime()))
                        .increment();
            } else if (e instanceof CrisisEvent.UnitSlaBreached b) {
                meters.counter("crisis.unit.sla.breaches", "tier", tier, "unit", b.unit().name(), "deadline",
                        b.deadline()).increment();
            } else if (e instanceof CrisisEvent.UnitResponded r) {
                meters.counter("crisis.unit.responses", "unit", r.unit().name(), "kind", r.kind(), "on_time",
                        String.valueOf(r.onTime())).increment();
            } else if (e instanceof CrisisEvent.Joined j) {
                meters.counter("crisis.cases.joined", "tier", tier, "source", j.source().name()).increment();
            }
        }
    }
}
