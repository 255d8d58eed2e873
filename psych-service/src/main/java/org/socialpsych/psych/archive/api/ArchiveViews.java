package org.socialpsych.psych.archive.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socialpsych.psych.appointment.domain.AppointmentStatus;
import org.socialpsych.psych.appointment.domain.Modality;
import org.socialpsych.psych.appointment.domain.ObservedRisk;
import org.socialpsych.psych.archive.application.PersonArchive;
import org.socialpsych.psych.archive.domain.AccessBasis;
import org.socialpsych.psych.archive.domain.Contact;
import org.socialpsych.psych.archive.domain.RiskColour;
import org.socialpsych.psych.consent.domain.ConsentAction;
import org.socialpsych.psych.consent.domain.ConsentActor;
import org.socialpsych.psych.consent.domain.ConsentPurpose;
import org.socialpsych.psych.consent.domain.ConsentRules;
import org.socialpsych.psych.crisis.domain.CaseOutcome;
import org.socialpsych.psych.crisis.domain.CaseStatus;
import org.socialpsych.psych.crisis.domain.ResponderUnit;
import org.socialpsych.psych.crisis.domain.RiskTier;
import org.socialpsych.psych.referral.domain.ReferralOutcome;
import org.socialpsych.psych.referral.domain.ReferralStatus;
import org.socialpsych.psych.referral.domain.ReferralType;
import org.socialpsych.psych.smd.domain.SmdClassification;

/**
 * The archive as each view renders it. The governance and minimal views are separate types, so
 * scores, bands, diagnosis groups, risk levels and notes cannot appear in them even as nulls.
 */
public final class ArchiveViews {

    private ArchiveViews() {
    }

    public record Access(AccessBasis basis, String legalBasis) {
    }

    public record ConsentState(ConsentPurpose purpose, ConsentAction state, ConsentActor by, Instant at) {
    }

    public record AssessmentView(String assessmentId, String instrument, Instant date, Double score, String band,
            String tier) {
    }

    public record SessionView(String appointmentId, String servicePointId, String practitionerId, Instant slotStart,
            AppointmentStatus status, Integer durationMinutes, Modality modality, ObservedRisk riskObserved,
            String notes, String notesClass, String crisisCaseId) {
    }

    public record CrisisCaseSummary(String id, RiskTier tier, CaseStatus status, Instant openedAt, Instant closedAt,
            List<ResponderUnit> assignees, List<String> responders, CaseOutcome outcome) {
    }

    public record ReferralSummary(String id, ReferralType type, ReferralStatus status, String toServicePointId,
            Instant createdAt, ReferralOutcome outcome) {
    }

    public record SmdFollowUpView(LocalDate date, int risk, SmdClassification classification) {
    }

    public record SmdView(String patientId, String diagnosisGroup, SmdClassification classification, Integer lastRisk,
            LocalDate nextDue, String responsibleWorker, List<SmdFollowUpView> followUps) {
    }

    /** Clinicians and counsellors: the whole record. */
    public record ClinicalArchive(String personId, String view, Access access, RiskColour riskColour,
            LocalDate nextVisitDue, List<Contact> whomToCall, List<AssessmentView> assessments,
            List<SessionView> sessions, List<CrisisCaseSummary> crisisCases, List<ReferralSummary> referrals,
            SmdView smd, List<ConsentState> consents) {
    }

    /** Grid workers and area admins: colour, next visit, whom to call, consents; never scores, bands, diagnoses or notes. */
    public record GovernanceArchive(String personId, String view, Access access, RiskColour riskColour,
            LocalDate nextVisitDue, List<Contact> whomToCall, boolean openCrisisCase, List<ConsentState> consents) {
    }

    public record OpenCase(String id, RiskTier tier, CaseStatus status, List<ResponderUnit> assignees) {
    }

    /** Hotline operators, police liaisons, external systems: enough to act on a crisis, nothing clinical. */
    public record MinimalArchive(String personId, String view, Access access, RiskColour riskColour,
            List<Contact> whomToCall, List<OpenCase> openCrisisCases) {
    }

    public static Object render(PersonArchive a) {
        Access access = new Access(a.basis(), a.legalBasis());
        String view = a.view().fieldsClass();
        List<ConsentState> consents = ConsentRules.current(a.consents()).values().stream()
                .map(e -> new ConsentState(e.purpose(), e.action(), e.by(), e.at())).toList();
        return switch (a.view()) {
            case CLINICAL -> new ClinicalArchive(a.personId(), view, access, a.riskColour(), a.nextVisitDue(),
                    a.whomToCall(),
                    a.assessments().stream().map(x -> new AssessmentView(x.id, x.instrument, x.completedAt, x.score,
                            x.band, x.tier)).toList(),
                    a.appointments().stream().map(x -> {
                        var s = x.session;
                        return new SessionView(x.id, x.servicePointId, x.practitionerId, x.slotStart, x.status,
                                s == null ? null : s.durationMinutes(), s == null ? null : s.modality(),
                                s == null ? null : s.riskObserved(), s == null ? null : s.notes(),
                                s == null ? null : s.notesClass(), s == null ? null : s.crisisCaseId());
                    }).toList(),
                    a.crisisCases().stream().map(c -> new CrisisCaseSummary(c.id, c.tier, c.status, c.openedAt,
                            c.closedAt, c.assignees, c.responders, c.outcome)).toList(),
                    a.referrals().stream().map(r -> new ReferralSummary(r.id, r.type, r.status, r.toServicePointId,
                            r.createdAt, r.outcome)).toList(),
                    a.smd() == null ? null : new SmdView(a.smd().id, a.smd().diagnosisGroup, a.smd().classification,
                            a.smd().lastRisk, a.smd().nextDue, a.smd().responsibleWorker,
                            a.smd().followUps.stream().map(f -> new SmdFollowUpView(f.date(), f.risk(),
                                    f.classification())).toList()),
                    consents);
            case GOVERNANCE -> new GovernanceArchive(a.personId(), view, access, a.riskColour(), a.nextVisitDue(),
                    a.whomToCall(), a.crisisCases().stream().anyMatch(c -> c.status != CaseStatus.CLOSED), consents);
            case MINIMAL -> new MinimalArchive(a.personId(), view, access, a.riskColour(), a.whomToCall(),
                    a.crisisCases().stream().filter(c -> c.status != CaseStatus.CLOSED)
                            .map(c -> new OpenCase(c.id, c.tier, c.status, c.assignees)).toList());
        };
    }
}
