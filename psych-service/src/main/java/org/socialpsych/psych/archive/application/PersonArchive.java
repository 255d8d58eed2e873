package org.socialpsych.psych.archive.application;

import java.time.LocalDate;
import java.util.List;

import org.socialpsych.psych.appointment.infra.AppointmentDocument;
import org.socialpsych.psych.archive.domain.AccessBasis;
import org.socialpsych.psych.archive.domain.ArchiveView;
import org.socialpsych.psych.archive.domain.Contact;
import org.socialpsych.psych.archive.domain.RiskColour;
import org.socialpsych.psych.archive.infra.AssessmentResultDocument;
import org.socialpsych.psych.consent.domain.ConsentEntry;
import org.socialpsych.psych.crisis.infra.CrisisCaseDocument;
import org.socialpsych.psych.referral.infra.ReferralDocument;
import org.socialpsych.psych.smd.infra.SmdPatientDocument;

/**
 * Everything psych-service holds about one person, with the view the caller is entitled to; the
 * web layer renders only the fields of that view.
 *
 * @param legalBasis for sharing callers: {@code consent:<purpose>} or the life-protection exemption
 */
public record PersonArchive(String personId, ArchiveView view, AccessBasis basis, String legalBasis,
        RiskColour riskColour, LocalDate nextVisitDue, List<Contact> whomToCall,
        List<AssessmentResultDocument> assessments, List<AppointmentDocument> appointments,
        List<CrisisCaseDocument> crisisCases, List<ReferralDocument> referrals, SmdPatientDocument smd,
        List<ConsentEntry> consents) {
}
