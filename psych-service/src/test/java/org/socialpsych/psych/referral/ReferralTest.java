package org.socialpsych.psych.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.referral.domain.DeclineReason;
import org.socialpsych.psych.referral.domain.Referral;
import org.socialpsych.psych.referral.domain.ReferralEvent;
import org.socialpsych.psych.referral.domain.ReferralOutcome;
import org.socialpsych.psych.referral.domain.ReferralPolicy;
import org.socialpsych.psych.referral.domain.ReferralStatus;
import org.socialpsych.psych.referral.domain.ReferralType;

class ReferralTest {

    static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
    static final ReferralPolicy POLICY;

    static {
        Map<ReferralType, ReferralPolicy.Due> m = new EnumMap<>(ReferralType.class);
        for (ReferralType t : ReferralType.values()) {
            m.put(t, new ReferralPolicy.Due(Duration.ofHours(24), Duration.ofHours(72)));
        }
        m.put(ReferralType.SCHOOL_TO_HOSPITAL, new ReferralPolicy.Due(Duration.ofHours(4), Duration.ofHours(24)));
        POLICY = new ReferralPolicy(m);
    }

    static Referral referral() {
        return Referral.offer("rf-1", "p-1", ReferralType.SCHOOL_TO_HOSPITAL, "sp-school", "sp-a", List.of("sp-b"),
                "v1", List.of("c", "v1"), null, "t-1", T0, POLICY);
    }

    @Test
    void shouldReRouteADeclinedReferralToTheNextReceiver() {
        Referral r = referral();
        assertThat(r.respondBy()).isEqualTo(T0.plus(Duration.ofHours(4)));
        assertThat(r.untriedAlternatives()).containsExactly("sp-b");
        r.decline(DeclineReason.NO_CAPACITY, "d-a", T0.plusSeconds(60), "sp-b", POLICY);
        assertThat(r.status()).isEqualTo(ReferralStatus.OFFERED);
        assertThat(r.toServicePointId()).isEqualTo("sp-b");
        assertThat(r.attempt()).isEqualTo(2);
        assertThat(r.tried()).containsExactly("sp-a", "sp-b");
        assertThat(r.changes()).extracting(e -> e.getClass().getSimpleName()).containsExactly("Offered", "Declined",
                "Offered");
        assertThat(r.changes().get(1)).isInstanceOfSatisfying(ReferralEvent.Declined.class,
                d -> assertThat(d.rerouted()).isTrue());
    }

    @Test
    void shouldTreatNoAnswerByTheDueTimeAsADeclineAndWaitUnroutedWhenNobodyIsLeft() {
        Referral r = referral();
        assertThat(r.checkDeadlines(T0.plus(Duration.ofHours(3)), null, POLICY)).isFalse();
        assertThat(r.checkDeadlines(T0.plus(Duration.ofHours(4)), null, POLICY)).isTrue();
        assertThat(r.status()).isEqualTo(ReferralStatus.UNROUTED);
        assertThat(r.nextCheckAt()).isNull();
        assertThat(r.changes().get(1)).isInstanceOfSatisfying(ReferralEvent.Declined.class, d -> {
            assertThat(d.reason()).isEqualTo(DeclineReason.NO_RESPONSE);
            assertThat(d.rerouted()).isFalse();
        });
    }

    @Test
    void shouldCloseTheLoopAndRemindOnceWhenFirstContactIsLate() {
        Referral r = referral();
        r.accept("d-a", T0.plus(Duration.ofHours(1)), POLICY);
        assertThat(r.firstContactBy()).isEqualTo(T0.plus(Duration.ofHours(25)));
        assertThat(r.checkDeadlines(T0.plus(Duration.ofHours(26)), null, POLICY)).isTrue();
        assertThat(r.reminded()).isTrue();
        assertThat(r.checkDeadlines(T0.plus(Duration.ofHours(27)), null, POLICY)).isFalse();
        r.recordFirstContact("d-a", T0.plus(Duration.ofHours(28)));
        assertThat(r.firstContactOnTime()).isFalse();
        r.close(ReferralOutcome.TREATED, "d-a", T0.plus(Duration.ofDays(5)), null);
        assertThat(r.status()).isEqualTo(ReferralStatus.CLOSED);
        assertThatThrownBy(() -> r.accept("d-a", T0.plus(Duration.ofDays(6)), POLICY))
                .isInstanceOf(RuleException.class);
    }

    @Test
    void shouldRefuseAReferralToItself() {
        assertThatThrownBy(() -> Referral.offer("rf-2", "p", ReferralType.OTHER, "sp-a", "sp-a", List.of(), "v1",
                List.of("v1"), null, "t", T0, POLICY)).isInstanceOf(RuleException.class);
    }
}
