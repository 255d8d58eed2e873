package org.socialpsych.assessment.campaign.domain;

/** DRAFT &rarr; OPEN &rarr; CLOSED (a draft may also be closed without opening). */
public enum CampaignStatus {
    DRAFT, OPEN, CLOSED
}
