package org.socialpsych.assessment.campaign.infra;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's recorded consent to a campaign; the id {@code <campaignId>:<subjectId>} makes the
 * first recording the only one (and the only one counted).
 */
@Document("campaign_consents")
public class CampaignConsentDocument {

    @Id
    public String id;
    public String campaignId;
    public String subjectId;
    public boolean healthData;
    public Boolean guardian;
    public Integer ageYears;
    public Instant recordedAt;
    public String recordedBy;

    public static String idOf(String campaignId, String subjectId) {
        return campaignId + ":" + subjectId;
    }
}
