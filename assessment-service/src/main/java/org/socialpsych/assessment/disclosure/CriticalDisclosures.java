package org.socialpsych.assessment.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.socialpsych.assessment.instrument.domain.CriticalCheck;
import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.events.assessment.AssessmentEvents;
import org.socialpsych.events.assessment.RiskFlaggedV1;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

/**
 * Critical disclosures of refused submissions (DOMAIN: critical answers open the crisis route even
 * when the rest of a submission is refused; legal basis PIPL Art. 13(4), protecting a natural
 * person's life). When a submission is refused — incomplete answers, or a campaign refusing it for
 * missing (guardian) consent — and its given answers fire a critical rule, only the disclosure is
 * kept: which rule fired, when, where and by whom; no other answer, no score. It is stored with a
 * HIGH {@code RiskFlagged} (sourceRef {@code disclosure:<id>}) in its outbox, so psych-service opens
 * the crisis case exactly as for a complete critical submission. Collection
 * {@code critical_disclosures}; metric {@code assessment.critical.disclosures{reason}}.
 */
@Service
public class CriticalDisclosures {

    public static final String COLLECTION = "critical_disclosures";
    private final ReactiveMongoTemplate mongo;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;
    private final Clock clock;
    private final MeterRegistry meters;

    public CriticalDisclosures(ReactiveMongoTemplate mongo, OutboxEventFactory events, OutboxRelay relay,
            Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
        this.meters = meters;
    }

    @Document(COLLECTION)
    public static class CriticalDisclosureDocument {
        @Id
        public String id;
        public String subjectId;
        public boolean anonymous;
        public String instrument;
        public String definitionVersion;
        public List<Integer> criticalItems;
        public List<String> criticalSupplementaryKeys;
        /** why the submission was refused: incomplete, consent */
        public String refusedFor;
        public String areaCode;
        public List<String> areaPath;
        public String disclosedTo;
        public Instant disclosedAt;
        public String legalBasis;
        public long version;
        public List<OutboxEvent> outbox = new ArrayList<>();
    }

    /**
     * Records the disclosure and its HIGH risk flag when {@code check} fired; emits the disclosure
     * id, or nothing when no critical rule fired.
     */
    public Mono<String> disclose(CriticalCheck check, String refusedFor, String subject, boolean anonymous,
            String areaCode, List<String> areaPath, PlatformPrincipal user) {
        if (check == null || !check.critical()) {
            return Mono.empty();
        }
        Instant now = clock.instant();
        CriticalDisclosureDocument d = new CriticalDisclosureDocument();
        d.id = "cd-" + UUID.randomUUID();
        d.subjectId = subject;
        d.anonymous = anonymous;
        d.instrument = check.instrumentCode();
        d.definitionVersion = check.definitionVersion();
        d.criticalItems = check.criticalItems();
        d.criticalSupplementaryKeys = check.criticalSupplementaryKeys();
        d.refusedFor = refusedFor;
        d.areaCode = areaCode;
        d.areaPath = List.copyOf(areaPath);
        d.disclosedTo = user.subject();
        d.disclosedAt = now;
        d.legalBasis = "PIPL-13(4)-protect-life";
        d.version = 1;
        List<String> reasons = new ArrayList<>();
        check.criticalItems().forEach(i -> reasons.add(check.instrumentCode() + ".item" + i));
        check.criticalSupplementaryKeys().forEach(k -> reasons.add(check.instrumentCode() + "." + k));
        reasons.add("disclosure:" + refusedFor);
        d.outbox.add(events.create(AssessmentEvents.RISK_FLAGGED, subject, new RiskFlaggedV1(d.id, d.version, now,
                subject, "HIGH", "disclosure:" + d.id, check.instrumentCode(), areaCode, areaPath, reasons, null)));
        return mongo.insert(d).map(saved -> {
            relay.nudge();
            Counter.builder("assessment.critical.disclosures").tag("reason", refusedFor).register(meters).increment();
            return saved.id;
        });
    }
}
