package org.socialpsych.events.assessment;

import java.util.List;

import org.socialpsych.events.EventCatalog.Entry;
import org.socialpsych.events.Topics;

/** Event types owned by assessment-service. */
public final class AssessmentEvents {

    /** A submission was scored and stored; no answers. Key = assessment id. */
    public static final String ASSESSMENT_COMPLETED = "org.socialpsych.assessment.AssessmentCompleted.v1";
    /** A stored result has risk tier LOW or above; psych-service opens a crisis case for HIGH/MEDIUM. */
    public static final String RISK_FLAGGED = "org.socialpsych.assessment.RiskFlagged.v1";
    /** A result's retention period ended; it is a tombstone now and derived copies are removed. */
    public static final String ASSESSMENT_PURGED = "org.socialpsych.assessment.AssessmentPurged.v1";
    /** A screening campaign (筛查批次) opened. Key = campaign id. */
    public static final String CAMPAIGN_OPENED = "org.socialpsych.assessment.CampaignOpened.v1";
    /** A campaign's progress counts changed; carries the full snapshot of the counts. */
    public static final String CAMPAIGN_PROGRESSED = "org.socialpsych.assessment.CampaignProgressed.v1";
    /** A campaign closed; carries the final counts. */
    public static final String CAMPAIGN_CLOSED = "org.socialpsych.assessment.CampaignClosed.v1";

    public static final List<Entry> ENTRIES = List.of(
            new Entry(ASSESSMENT_COMPLETED, Topics.ASSESSMENT_ASSESSMENTS, AssessmentCompletedV1.class,
                    "assessment-service"),
            new Entry(RISK_FLAGGED, Topics.ASSESSMENT_ASSESSMENTS, RiskFlaggedV1.class, "assessment-service"),
            new Entry(ASSESSMENT_PURGED, Topics.ASSESSMENT_ASSESSMENTS, AssessmentPurgedV1.class,
                    "assessment-service"),
            new Entry(CAMPAIGN_OPENED, Topics.ASSESSMENT_CAMPAIGNS, CampaignOpenedV1.class, "assessment-service"),
            new Entry(CAMPAIGN_PROGRESSED, Topics.ASSESSMENT_CAMPAIGNS, CampaignProgressedV1.class,
                    "assessment-service"),
            new Entry(CAMPAIGN_CLOSED, Topics.ASSESSMENT_CAMPAIGNS, CampaignClosedV1.class, "assessment-service"));

    private AssessmentEvents() {
    }
}
