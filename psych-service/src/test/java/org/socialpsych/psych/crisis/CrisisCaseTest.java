package org.socialpsych.psych.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.crisis.domain.AreaRef;
import org.socialpsych.psych.crisis.domain.CaseOutcome;
import org.socialpsych.psych.crisis.domain.CaseSource;
import org.socialpsych.psych.crisis.domain.CaseStatus;
import org.socialpsych.psych.crisis.domain.CrisisCase;
import org.socialpsych.psych.crisis.domain.CrisisEvent;
import org.socialpsych.psych.crisis.domain.CrisisPolicy;
import org.socialpsych.psych.crisis.domain.EscalationLevel;
import org.socialpsych.psych.crisis.domain.EscalationReason;
import org.socialpsych.psych.crisis.domain.PendingSignOff;
import org.socialpsych.psych.crisis.domain.ResponderUnit;
import org.socialpsych.psych.crisis.domain.Review;
import org.socialpsych.psych.crisis.domain.RiskTier;
import org.socialpsych.psych.crisis.domain.Notification;
import org.socialpsych.psych.crisis.domain.UnitAssignment;

class CrisisCaseTest {

    static final Instant T0 = Instant.parse("2026-11-25T02:00:00Z");
    static final CrisisPolicy POLICY = CrisisPolicy.defaults();
    static final List<String> PATH = List.of("33", "3303", "330327", "330327001", "330327001001", "g01");
    static final List<AreaRef> ANCESTORS = List.of(new AreaRef("33", "PROVINCE"), new AreaRef("3303", "CITY"),
            new AreaRef("330327", "COUNTY"), new AreaRef("330327001", "TOWN"), new AreaRef("330327001001", "VILLAGE"),
            new AreaRef("g01", "GRID"));

    static CrisisCase open(RiskTier tier) {
        return CrisisCase.open("cc-1", "p-1", tier, CaseSource.RISK_FLAG, "assessment:a-1", "g01", PATH,
                List.of("PHQ9_ITEM9"), "system", T0, POLICY);
    }

    static Instant at(Duration d) {
        return T0.plus(d);
    }

    @Test
    void shouldRouteHighRiskCaseToPoliceHealthAndCommunityWithSeedDeadlines() {
        CrisisCase c = open(RiskTier.HIGH);
        assertThat(c.assignees()).containsExactly(ResponderUnit.POLICE, ResponderUnit.HEALTH_OFFICE,
                ResponderUnit.COMMUNITY);
        assertThat(c.acknowledgeBy()).isEqualTo(at(Duration.ofMinutes(15)));
        assertThat(c.firstContactBy()).isEqualTo(at(Duration.ofHours(2)));
        assertThat(c.nextCheckAt()).isEqualTo(c.acknowledgeBy());
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.version()).isEqualTo(1);
        assertThat(caseEvents(c)).singleElement().isInstanceOf(CrisisEvent.Opened.class);
        // one task per unit, each with its own deadlines, and an ASSIGNED notification to each
        assertThat(c.assignments()).extracting(UnitAssignment::unit).containsExactly(ResponderUnit.POLICE,
                ResponderUnit.HEALTH_OFFICE, ResponderUnit.COMMUNITY);
        assertThat(c.assignments()).allSatisfy(a -> {
            assertThat(a.acknowledgeBy()).isEqualTo(at(Duration.ofMinutes(15)));
            assertThat(a.contactBy()).isEqualTo(at(Duration.ofHours(2)));
        });
        assertThat(c.notifications()).extracting(Notification::kind).containsOnly(Notification.Kind.ASSIGNED);
        assertThat(c.notifications()).extracting(Notification::role).containsExactly("POLICE", "HEALTH_OFFICE",
                "COMMUNITY");
    }

    /** The case's own events, without the notifications they caused. */
    static List<CrisisEvent> caseEvents(CrisisCase c) {
        return c.changes().stream().filter(e -> !(e instanceof CrisisEvent.NotificationRequested)).toList();
    }

    @Test
    void shouldRouteMediumToGovernanceOfficeAndLowToGridTeamWithoutAcknowledgeDeadline() {
        CrisisCase m = open(RiskTier.MEDIUM);
        assertThat(m.assignees()).containsExactly(ResponderUnit.GOVERNANCE_OFFICE);
        assertThat(m.acknowledgeBy()).isEqualTo(at(Duration.ofHours(4)));
        assertThat(m.firstContactBy()).isEqualTo(at(Duration.ofHours(24)));
        assertThat(m.escalationLevel()).isEqualTo(EscalationLevel.TOWN);
        CrisisCase l = open(RiskTier.LOW);
        assertThat(l.assignees()).containsExactly(ResponderUnit.GRID_TEAM);
        assertThat(l.acknowledgeBy()).isNull();
        assertThat(l.firstContactBy()).isEqualTo(at(Duration.ofHours(72)));
        assertThat(l.nextCheckAt()).isEqualTo(l.firstContactBy());
    }

    @Test
    void shouldNotEscalateBeforeTheDeadline() {
        CrisisCase c = open(RiskTier.HIGH);
        assertThat(c.checkDeadlines(at(Duration.ofMinutes(14)), ANCESTORS, POLICY)).isFalse();
        assertThat(c.escalationLevel()).isEqualTo(EscalationLevel.GRID_TEAM);
    }

    @Test
    void shouldClimbTheLadderOneRungPerStepWhileUnacknowledgedAndStopAtTheTop() {
        CrisisCase c = open(RiskTier.HIGH);
        assertThat(c.checkDeadlines(at(Duration.ofMinutes(15)), ANCESTORS, POLICY)).isTrue();
        assertThat(c.acknowledgeBreached()).isTrue();
        assertThat(c.escalationLevel()).isEqualTo(EscalationLevel.TOWN);
        assertThat(c.escalations().get(0).targetAreaCode()).isEqualTo("330327001");
        assertThat(c.escalations().get(0).reason()).isEqualTo(EscalationReason.ACKNOWLEDGE_OVERDUE);
        assertThat(c.nextCheckAt()).isEqualTo(at(Duration.ofMinutes(30)));

        // a second sweep before the next step changes nothing (and a second replica would find nothing to do)
        assertThat(c.checkDeadlines(at(Duration.ofMinutes(20)), ANCESTORS, POLICY)).isFalse();

        c.checkDeadlines(at(Duration.ofMinutes(30)), ANCESTORS, POLICY);
        assertThat(c.escalationLevel()).isEqualTo(EscalationLevel.COUNTY);
        assertThat(c.escalations().get(1).targetAreaCode()).isEqualTo("330327");
        c.checkDeadlines(at(Duration.ofMinutes(45)), ANCESTORS, POLICY);
        assertThat(c.escalationLevel()).isEqualTo(EscalationLevel.EMERGENCY);
        assertThat(c.escalations().get(2).targetAreaCode()).isNull();
        // at the top: only the first-contact breach is still to be recorded
        assertThat(c.nextCheckAt()).isEqualTo(c.firstContactBy());
        c.checkDeadlines(at(Duration.ofHours(2)), ANCESTORS, POLICY);
        assertThat(c.firstContactBreached()).isTrue();
        assertThat(c.nextCheckAt()).isNull();
        assertThat(c.escalations()).hasSize(3);
    }

    @Test
    void shouldFireAtOnceForADeadlineThatPassedWhileTheServiceWasDown() {
        CrisisCase c = open(RiskTier.HIGH);
        assertThat(c.checkDeadlines(at(Duration.ofHours(5)), ANCESTORS, POLICY)).isTrue();
        assertThat(c.acknowledgeBreached()).isTrue();
        assertThat(c.firstContactBreached()).isTrue();
        assertThat(c.escalations()).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(EscalationReason.FIRST_CONTACT_OVERDUE));
    }

    @Test
    void shouldStopTheAcknowledgeTimerOnAcknowledgeAndAllTimersOnFirstContact() {
        CrisisCase c = open(RiskTier.HIGH);
        c.acknowledge("u-1", at(Duration.ofMinutes(5)), POLICY);
        assertThat(c.status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
        // the units' own receipts are still owed: their deadlines stay on the timer
        assertThat(c.nextCheckAt()).isEqualTo(at(Duration.ofMinutes(15)));
        assertThat(c.changes()).last().isInstanceOfSatisfying(CrisisEvent.Acknowledged.class,
                a -> assertThat(a.onTime()).isTrue());
        for (ResponderUnit u : List.of(ResponderUnit.POLICE, ResponderUnit.HEALTH_OFFICE, ResponderUnit.COMMUNITY)) {
            c.acknowledgeUnit(u, "staff-" + u, at(Duration.ofMinutes(6)), POLICY);
        }
        assertThat(c.nextCheckAt()).isEqualTo(c.firstContactBy());
        c.recordFirstContact("u-1", at(Duration.ofMinutes(50)), "home visit", POLICY);
        assertThat(c.status()).isEqualTo(CaseStatus.IN_CONTACT);
        assertThat(c.nextCheckAt()).as("each unit still owes its contact").isEqualTo(at(Duration.ofHours(2)));
        assertThat(c.changes()).last().isInstanceOfSatisfying(CrisisEvent.FirstContactMade.class, f -> {
            assertThat(f.onTime()).isTrue();
            assertThat(f.minutesToFirstContact()).isEqualTo(50);
        });
        assertThatThrownBy(() -> c.acknowledge("u-2", at(Duration.ofMinutes(51)), POLICY))
                .isInstanceOf(RuleException.class);
    }

    @Test
    void shouldAcknowledgeImplicitlyOnFirstContactFromOpenAndMarkLateness() {
        CrisisCase c = open(RiskTier.HIGH);
        c.recordFirstContact("u-1", at(Duration.ofMinutes(20)), null, POLICY);
        assertThat(caseEvents(c)).hasSize(3);
        assertThat(caseEvents(c).get(1)).isInstanceOfSatisfying(CrisisEvent.Acknowledged.class,
                a -> assertThat(a.onTime()).isFalse());
        assertThat(c.version()).isEqualTo(3);
    }

    @Test
    void shouldRequireASecondPersonToSignOffADowngrade() {
        CrisisCase c = open(RiskTier.HIGH);
        c.requestTierChange(RiskTier.MEDIUM, "misread item", "u-1", at(Duration.ofMinutes(5)), POLICY);
        assertThat(c.tier()).isEqualTo(RiskTier.HIGH);
        assertThat(c.pendingSignOff().kind()).isEqualTo(PendingSignOff.Kind.TIER_CHANGE);
        assertThatThrownBy(() -> c.signOff(PendingSignOff.Kind.TIER_CHANGE, "u-1", at(Duration.ofMinutes(6)), POLICY))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.code()).isEqualTo("second-person-required"));
        c.signOff(PendingSignOff.Kind.TIER_CHANGE, "u-2", at(Duration.ofMinutes(6)), POLICY);
        assertThat(c.tier()).isEqualTo(RiskTier.MEDIUM);
        assertThat(c.assignees()).containsExactly(ResponderUnit.GOVERNANCE_OFFICE);
        assertThat(c.acknowledgeBy()).isEqualTo(at(Duration.ofMinutes(6)).plus(Duration.ofHours(4)));
        assertThat(c.pendingSignOff()).isNull();
    }

    @Test
    void shouldRaiseATierAtOnceAndKeepTheTighterDeadline() {
        CrisisCase c = open(RiskTier.MEDIUM);
        c.requestTierChange(RiskTier.HIGH, null, "u-1", at(Duration.ofMinutes(10)), POLICY);
        assertThat(c.tier()).isEqualTo(RiskTier.HIGH);
        assertThat(c.assignees()).contains(ResponderUnit.POLICE);
        assertThat(c.acknowledgeBy()).isEqualTo(at(Duration.ofMinutes(25)));
    }

    @Test
    void shouldCloseAHighCaseOnlyAfterSignOffAndRequireAReviewForASeriousIncident() {
        CrisisCase c = open(RiskTier.HIGH);
        assertThatThrownBy(() -> c.requestClose(CaseOutcome.DECEASED, false, null, null, "u-1", at(Duration.ofHours(1)),
                POLICY)).isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.code()).isEqualTo("review-required"));
        c.requestClose(CaseOutcome.DECEASED, false, new Review(List.of("late referral"), List.of("green channel")),
                null, "u-1", at(Duration.ofHours(1)), POLICY);
        assertThat(c.status()).isNotEqualTo(CaseStatus.CLOSED);
        c.signOff(PendingSignOff.Kind.CLOSURE, "u-2", at(Duration.ofHours(2)), POLICY);
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.seriousIncident()).isTrue();
        assertThat(c.nextCheckAt()).isNull();
        assertThat(c.timeline()).extracting(t -> t.action()).contains("OPENED", "CLOSURE_REQUESTED", "SIGNED_OFF",
                "CLOSED");
    }

    @Test
    void shouldCloseAMediumCaseWithoutSignOff() {
        CrisisCase c = open(RiskTier.MEDIUM);
        c.requestClose(CaseOutcome.RESOLVED, false, null, "ok", "u-1", at(Duration.ofHours(1)), POLICY);
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.outcome()).isEqualTo(CaseOutcome.RESOLVED);
    }

    @Test
    void shouldNameAResponderOnceAndNotOnAClosedCase() {
        CrisisCase c = open(RiskTier.MEDIUM);
        assertThat(c.assignResponder("resp-1", "admin", T0)).isTrue();
        assertThat(c.assignResponder("resp-1", "admin", T0)).isFalse();
        assertThat(c.responders()).containsExactly("resp-1");
        assertThat(c.version()).isEqualTo(2);
        c.requestClose(CaseOutcome.RESOLVED, false, null, null, "admin", T0, POLICY);
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThatThrownBy(() -> c.assignResponder("resp-2", "admin", T0)).isInstanceOf(RuleException.class)
                .hasMessageContaining("closed");
    }
}
