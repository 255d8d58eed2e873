package org.socialpsych.psych.crisis.application;

import java.util.ArrayList;
import java.util.List;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.events.psych.CrisisCaseAcknowledgedV1;
import org.socialpsych.events.psych.CrisisCaseClosedV1;
import org.socialpsych.events.psych.CrisisCaseEscalatedV1;
import org.socialpsych.events.psych.CrisisCaseFirstContactMadeV1;
import org.socialpsych.events.psych.CrisisCaseOpenedV1;
import org.socialpsych.events.psych.CrisisCaseTierChangedV1;
import org.socialpsych.events.psych.CrisisCaseUnitReceiptV1;
import org.socialpsych.events.psych.PsychEvents;
import org.socialpsych.events.psych.NotificationRequestedV1;
import org.socialpsych.psych.crisis.domain.Notification;
import org.socialpsych.psych.crisis.domain.CrisisCase;
import org.socialpsych.psych.crisis.domain.CrisisEvent;
import org.socialpsych.psych.crisis.domain.ResponderUnit;
import org.springframework.stereotype.Component;

/** Turns a case's changes into the published contract (psych.crisis-cases.v1, key = case id). */
@Component
public class CrisisEventMapper {

    private final OutboxEventFactory events;

    public CrisisEventMapper(OutboxEventFactory events) {
        this.events = events;
    }

    public List<OutboxEvent> outbox(CrisisCase c) {
        List<OutboxEvent> out = new ArrayList<>();
        String tier = c.tier().name();
        for (CrisisEvent e : c.changes()) {
            if (e instanceof CrisisEvent.Opened o) {
                out.add(events.create(PsychEvents.CRISIS_CASE_OPENED, c.subjectId(),
                        new CrisisCaseOpenedV1(c.id(), o.version(), o.at(), c.subjectId(), tier, c.source().name(),
                                c.sourceRef(), c.areaCode(), c.areaPath(), names(c.assignees()),
                                c.escalationLevel().name(), c.acknowledgeBy(), c.firstContactBy())));
            } else if (e instanceof CrisisEvent.Acknowledged a) {
                out.add(events.create(PsychEvents.CRISIS_CASE_ACKNOWLEDGED, c.subjectId(),
                        new CrisisCaseAcknowledgedV1(c.id(), a.version(), a.at(), tier, c.areaCode(), c.areaPath(),
                                a.at(), c.acknowledgeBy(), a.onTime())));
            } else if (e instanceof CrisisEvent.FirstContactMade f) {
                out.add(events.create(PsychEvents.CRISIS_CASE_FIRST_CONTACT_MADE, c.subjectId(),
                        new CrisisCaseFirstContactMadeV1(c.id(), f.version(), f.at(), tier, c.areaCode(),
                                c.areaPath(), f.at(), c.firstContactBy(), f.onTime(), f.minutesToFirstContact())));
            } else if (e instanceof CrisisEvent.Escalated x) {
                out.add(events.create(PsychEvents.CRISIS_CASE_ESCALATED, c.subjectId(),
                        new CrisisCaseEscalatedV1(c.id(), x.version(), x.at(), tier, c.areaCode(), c.areaPath(),
                                x.escalation().to().name(), x.escalation().from().name(),
                                x.escalation().reason().name(), x.escalation().targetAreaCode())));
            } else if (e instanceof CrisisEvent.TierChanged t) {
                out.add(events.create(PsychEvents.CRISIS_CASE_TIER_CHANGED, c.subjectId(),
                        new CrisisCaseTierChangedV1(c.id(), t.version(), t.at(), t.from().name(), t.to().name(),
                                c.areaCode(), c.areaPath(), names(t.assignees()), c.acknowledgeBy(),
                                c.firstContactBy())));
            } else if (e instanceof CrisisEvent.Closed x) {
                out.add(events.create(PsychEvents.CRISIS_CASE_CLOSED, c.subjectId(),
                        new CrisisCaseClosedV1(c.id(), x.version(), x.at(), tier, c.areaCode(), c.areaPath(),
                                x.outcome().name(), x.seriousIncident(), c.firstContactAt() != null)));
            } else if (e instanceof CrisisEvent.NotificationRequested n) {
                // no ce_subject: the gateway and the organisations told get the case id, never the person's id
                Notification x = n.notification();
                out.add(events.create(PsychEvents.NOTIFICATION_REQUESTED, null,
                        new NotificationRequestedV1(c.id(), n.version(), n.at(), "crisis-case", x.id(),
                                x.kind().name(), x.role(), x.organisationId(), x.channel(), x.areaCode(),
                                pathTo(c.areaPath(), x.areaCode()), tier, x.deadline())));
            } else if (e instanceof CrisisEvent.UnitResponded u) {
                // each unit's own receipt, for per-unit on-time figures (no person id: the case id only)
                out.add(events.create(PsychEvents.CRISIS_CASE_UNIT_RECEIPT, null,
                        new CrisisCaseUnitReceiptV1(c.id(), u.version(), u.at(), tier, c.areaCode(), c.areaPath(),
                                u.unit().name(), "ACKNOWLEDGE".equals(u.kind()) ? "ACKNOWLEDGED" : "CONTACTED",
                                u.kind(), u.onTime())));
            } else if (e instanceof CrisisEvent.UnitSlaBreached b) {
                // a unit's breach is a fact of its own: no later receipt clears it
                out.add(events.create(PsychEvents.CRISIS_CASE_UNIT_RECEIPT, null,
                        new CrisisCaseUnitReceiptV1(c.id(), b.version(), b.at(), tier, c.areaCode(), c.areaPath(),
                                b.unit().name(), "BREACHED", b.deadline(), false)));
            }
            // the case's own SlaBreached is not published on its own: the acknowledge/contact events
            // carry onTime, and the crisis.sla.breaches metric counts it
        }
        return out;
    }

    /** The case's path cut at the area the message is about (an escalation's town or county). */
    static List<String> pathTo(List<String> path, String areaCode) {
        int i = path.indexOf(areaCode);
        return i < 0 ? path : path.subList(0, i + 1);
    }

    private static List<String> names(List<ResponderUnit> units) {
        return units.stream().map(Enum::name).toList();
    }
}
