package org.socialpsych.psych.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.crisis.domain.CaseSource;
import org.socialpsych.psych.crisis.domain.CaseStatus;
import org.socialpsych.psych.crisis.domain.CrisisCase;
import org.socialpsych.psych.crisis.domain.CrisisEvent;
import org.socialpsych.psych.crisis.domain.CrisisPolicy;
import org.socialpsych.psych.crisis.domain.EscalationLevel;
import org.socialpsych.psych.crisis.domain.Notification;
import org.socialpsych.psych.crisis.domain.PendingSignOff;
import org.socialpsych.psych.crisis.domain.ResponderUnit;
import org.socialpsych.psych.crisis.domain.RiskTier;
import org.socialpsych.psych.crisis.domain.UnitAssignment;
import org.socialpsych.psych.crisis.domain.UnitContact;
import org.socialpsych.psych.crisis.domain.UnitDirectory;

/** Issue 14: each unit a task with its own receipt and SLA, breaches as facts, joins, idempotent escalation. */
class CrisisUnitTasksTest {

    static final Instant T0 = CrisisCaseTest.T0;
    static final CrisisPolicy POLICY = CrisisPolicy.defaults();
    static final UnitDirectory DIRECTORY = new UnitDirectory(Map.of(
            "POLICE", new UnitContact("POLICE", "ps-1", "Town police station", "g01", "SMS", "110-duty", List.of("cop-1")),
            "TOWN", new UnitContact("TOWN", "town-desk", "Town 综治中心", "330327001", "WECOM", "grp-1", List.of())));

    static CrisisCase high() {
        return CrisisCase.open("cc-1", "p-1", RiskTier.HIGH, CaseSource.RISK_FLAG, "assessment:a-1", "g01",
                CrisisCaseTest.PATH, List.of("PHQ9_ITEM9"), "system", T0, POLICY, DIRECTORY);
    }

    static Instant at(Duration d) {
        return T0.plus(d);
    }

    static UnitAssignment unit(CrisisCase c, ResponderUnit u) {
        return c.assignment(u);
    }

    @Test
    void shouldGiveEachUnitItsOwnReceiptDeadlineAndBreachAndMeetTheCaseOnTheFirstContact() {
        CrisisCase c = high();
        assertThat(unit(c, ResponderUnit.POLICE).organisationId()).isEqualTo("ps-1");
        assertThat(c.notifications()).filteredOn(n -> n.role().equals("POLICE")).singleElement()
                .satisfies(n -> {
                    assertThat(n.organisationId()).isEqualTo("ps-1");
                    assertThat(n.channel()).isEqualTo("SMS");
                    assertThat(n.deadline()).isEqualTo(at(Duration.ofMinutes(15)));
                });

        // police and the health office acknowledge in time; the community does not
        assertThat(c.acknowledgeUnit(ResponderUnit.POLICE, "cop-1", at(Duration.ofMinutes(3)), POLICY)).isTrue();
        assertThat(c.status()).as("the first unit's receipt acknowledges the case").isEqualTo(CaseStatus.ACKNOWLEDGED);
        assertThat(c.acknowledgeUnit(ResponderUnit.POLICE, "cop-1", at(Duration.ofMinutes(4)), POLICY))
                .as("a repeated receipt changes nothing").isFalse();
        c.acknowledgeUnit(ResponderUnit.HEALTH_OFFICE, "doc-1", at(Duration.ofMinutes(10)), POLICY);
        assertThat(c.checkDeadlines(at(Duration.ofMinutes(15)), CrisisCaseTest.ANCESTORS, POLICY, DIRECTORY)).isTrue();

        assertThat(unit(c, ResponderUnit.COMMUNITY).acknowledgeBreached()).isTrue();
        assertThat(unit(c, ResponderUnit.POLICE).acknowledgeBreached()).isFalse();
        assertThat(unit(c, ResponderUnit.HEALTH_OFFICE).acknowledgeBreached()).isFalse();
        assertThat(c.acknowledgeBreached()).as("the case itself was acknowledged in time").isFalse();
        assertThat(c.escalationLevel()).isEqualTo(EscalationLevel.GRID_TEAM);
        assertThat(c.changes()).filteredOn(CrisisEvent.UnitSlaBreached.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((CrisisEvent.UnitSlaBreached) e).unit()).isEqualTo(ResponderUnit.COMMUNITY));
        assertThat(c.notifications()).filteredOn(n -> n.kind() == Notification.Kind.BREACHED).singleElement()
                .satisfies(n -> assertThat(n.role()).isEqualTo("COMMUNITY"));
        assertThat(c.timeline()).extracting(t -> t.action()).contains("UNIT_ACKNOWLEDGED", "UNIT_SLA_BREACHED");

        // the health office makes contact first: the case's deadlines are met; police still owe their contact
        c.contactByUnit(ResponderUnit.HEALTH_OFFICE, "doc-1", at(Duration.ofMinutes(40)), "home visit", POLICY);
        assertThat(c.status()).isEqualTo(CaseStatus.IN_CONTACT);
        assertThat(c.firstContactAt()).isEqualTo(at(Duration.ofMinutes(40)));
        assertThat(unit(c, ResponderUnit.POLICE).contactedAt()).isNull();
        assertThat(c.nextCheckAt()).isEqualTo(at(Duration.ofHours(2)));
        c.checkDeadlines(at(Duration.ofHours(2)), CrisisCaseTest.ANCESTORS, POLICY, DIRECTORY);
        assertThat(unit(c, ResponderUnit.POLICE).contactBreached()).isTrue();
        assertThat(unit(c, ResponderUnit.HEALTH_OFFICE).contactBreached()).isFalse();
        assertThat(c.firstContactBreached()).isFalse();
        assertThat(c.escalations()).as("a met case does not climb").isEmpty();
        // a late receipt is late: the breach stays
        c.acknowledgeUnit(ResponderUnit.COMMUNITY, "cw-1", at(Duration.ofHours(3)), POLICY);
        assertThat(unit(c, ResponderUnit.COMMUNITY).acknowledgeBreached()).isTrue();
        assertThat(unit(c, ResponderUnit.COMMUNITY).acknowledgedOnTime()).isFalse();
    }

    @Test
    void shouldNotifyTheRungAnEscalationReaches() {
        CrisisCase c = high();
        c.checkDeadlines(at(Duration.ofMinutes(15)), CrisisCaseTest.ANCESTORS, POLICY, DIRECTORY);
        assertThat(c.escalationLevel()).isEqualTo(EscalationLevel.TOWN);
        assertThat(c.notifications()).filteredOn(n -> n.kind() == Notification.Kind.ESCALATED).singleElement()
                .satisfies(n -> {
                    assertThat(n.role()).isEqualTo("TOWN");
                    assertThat(n.areaCode()).isEqualTo("330327001");
                    assertThat(n.organisationId()).isEqualTo("town-desk");
                });
    }

    @Test
    void shouldKeepABreachAfterASignedOffDowngradeAndCountTheLateAcknowledgementLate() {
        CrisisCase c = high();
        c.checkDeadlines(at(Duration.ofMinutes(16)), CrisisCaseTest.ANCESTORS, POLICY, DIRECTORY);
        assertThat(c.acknowledgeBreached()).isTrue();
        c.requestTierChange(RiskTier.MEDIUM, "calmer", "u-1", at(Duration.ofMinutes(20)), POLICY);
        c.signOff(PendingSignOff.Kind.TIER_CHANGE, "u-2", at(Duration.ofMinutes(21)), POLICY);
        assertThat(c.acknowledgeBreached()).as("a breach is a fact").isTrue();
        c.acknowledge("u-3", at(Duration.ofMinutes(30)), POLICY);
        assertThat(c.changes()).filteredOn(CrisisEvent.Acknowledged.class::isInstance).singleElement()
                .satisfies(a -> assertThat(((CrisisEvent.Acknowledged) a).onTime()).isFalse());
        // the units the downgrade released keep their record, without deadlines
        assertThat(c.assignments()).filteredOn(a -> a.unit() == ResponderUnit.POLICE).singleElement()
                .satisfies(a -> assertThat(a.active()).isFalse());
        assertThat(c.assignment(ResponderUnit.GOVERNANCE_OFFICE)).isNotNull();
    }

    @Test
    void shouldClimbOneRungForADoubleClickOnEscalate() {
        CrisisCase c = high();
        assertThat(c.escalateManually("u-1", at(Duration.ofMinutes(1)), null, CrisisCaseTest.ANCESTORS, POLICY,
                DIRECTORY, Duration.ofSeconds(60))).isTrue();
        assertThat(c.escalateManually("u-1", at(Duration.ofMinutes(1)).plusSeconds(1), null, CrisisCaseTest.ANCESTORS,
                POLICY, DIRECTORY, Duration.ofSeconds(60))).isFalse();
        assertThat(c.escalationLevel()).isEqualTo(EscalationLevel.TOWN);
        // another person, or the same person later, climbs on
        c.escalateManually("u-2", at(Duration.ofMinutes(2)), null, CrisisCaseTest.ANCESTORS, POLICY, DIRECTORY,
                Duration.ofSeconds(60));
        assertThat(c.escalationLevel()).isEqualTo(EscalationLevel.COUNTY);
    }

    @Test
    void shouldJoinALaterTriggerOnceAndRememberHandledRequests() {
        CrisisCase c = high();
        assertThat(c.join(CaseSource.RISK_FLAG, "assessment:a-2", RiskTier.HIGH, "system", at(Duration.ofMinutes(1))))
                .isTrue();
        assertThat(c.join(CaseSource.RISK_FLAG, "assessment:a-2", RiskTier.HIGH, "system", at(Duration.ofMinutes(2))))
                .isFalse();
        assertThat(c.join(CaseSource.RISK_FLAG, "assessment:a-1", RiskTier.HIGH, "system", at(Duration.ofMinutes(2))))
                .as("the case's own origin").isFalse();
        assertThat(c.joinedRefs()).containsExactly("assessment:a-2");
        assertThat(c.timeline()).extracting(t -> t.action()).containsOnlyOnce("JOINED");
        c.rememberRequest("k1");
        assertThat(c.handled("k1")).isTrue();
        assertThat(c.handled("k2")).isFalse();
    }

    @Test
    void shouldLetASecondPersonRejectAndTheRequesterWithdrawASignOffRequest() {
        CrisisCase c = high();
        c.requestTierChange(RiskTier.MEDIUM, "calmer", "u-1", at(Duration.ofMinutes(5)), POLICY);
        assertThat(c.notifications()).filteredOn(n -> n.kind() == Notification.Kind.SIGN_OFF_REQUESTED).hasSize(1);
        assertThatThrownBy(() -> c.rejectSignOff(PendingSignOff.Kind.TIER_CHANGE, "u-1", at(Duration.ofMinutes(6)),
                "no")).isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.code()).isEqualTo("second-person-required"));
        c.rejectSignOff(PendingSignOff.Kind.TIER_CHANGE, "u-2", at(Duration.ofMinutes(6)), "still at risk");
        assertThat(c.pendingSignOff()).isNull();
        assertThat(c.tier()).isEqualTo(RiskTier.HIGH);

        c.requestTierChange(RiskTier.MEDIUM, "calmer", "u-1", at(Duration.ofMinutes(7)), POLICY);
        assertThatThrownBy(() -> c.withdrawSignOff(PendingSignOff.Kind.TIER_CHANGE, "u-2", at(Duration.ofMinutes(8))))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.code()).isEqualTo("requester-only"));
        c.withdrawSignOff(PendingSignOff.Kind.TIER_CHANGE, "u-1", at(Duration.ofMinutes(8)));
        assertThat(c.pendingSignOff()).isNull();
        assertThat(c.timeline()).extracting(t -> t.action()).contains("SIGN_OFF_REJECTED", "SIGN_OFF_WITHDRAWN");
    }

    @Test
    void shouldMoveANotificationOnlyForwardOnReceipts() {
        CrisisCase c = high();
        String id = c.notifications().get(0).id();
        assertThat(c.recordReceipt(id, Notification.Status.DELIVERED, "gateway", "sms-1", at(Duration.ofSeconds(5))))
                .isTrue();
        assertThat(c.recordReceipt(id, Notification.Status.SENT, "local", null, at(Duration.ofSeconds(6)))).isTrue();
        assertThat(c.notifications().get(0).status()).isEqualTo(Notification.Status.DELIVERED);
        assertThat(c.notifications().get(0).receipts()).hasSize(2);
        assertThat(c.recordReceipt(id, Notification.Status.DELIVERED, "gateway", "sms-1", at(Duration.ofSeconds(7))))
                .as("the same receipt again").isFalse();
    }
}
