package org.socialpsych.assessment.campaign.infra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.socialpsych.assessment.campaign.domain.Campaign;
import org.socialpsych.assessment.campaign.domain.CampaignStatus;
import org.socialpsych.assessment.campaign.domain.ConsentRule;
import org.socialpsych.assessment.campaign.domain.PopulationType;
import org.socialpsych.assessment.campaign.domain.Progress;
import org.socialpsych.assessment.campaign.domain.TargetPopulation;
import org.socialpsych.chassis.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored campaign with its counters and its pending events (outbox) in one document. */
@Document("campaigns")
public class CampaignDocument {

    @Id
    public String id;
    public String name;
    public String areaCode;
    @Indexed
    public List<String> areaPath;
    public PopulationType populationType;
    public String populationUnit;
    public List<String> populationGroups;
    public String populationTag;
    public List<String> battery;
    public Instant opensAt;
    public Instant closesAt;
    public boolean healthDataConsentRequired;
    public int guardianConsentUnderAge;
    public CampaignStatus status;
    public Long targetSize;
    public long invited;
    public long consented;
    public long completed;
    public long positive;
    public long critical;
    public long version;
    /** Per partition of assessment.assessments.v1, the offset of the last completion counted. */
    public java.util.Map<String, Long> countedOffsets = new java.util.HashMap<>();
    public Instant createdAt;
    public String createdBy;
    @Indexed(unique = true, sparse = true)
    public String idempotencyKey;
    public List<OutboxEvent> outbox = new ArrayList<>();

    public static CampaignDocument of(Campaign c) {
        CampaignDocument d = new CampaignDocument();
        d.id = c.id();
        d.name = c.name();
        d.areaCode = c.areaCode();
        d.areaPath = new ArrayList<>(c.areaPath());
        d.populationType = c.population().type();
        d.populationUnit = c.population().unit();
        d.populationGroups = new ArrayList<>(c.population().groups());
        d.populationTag = c.population().tag();
        d.battery = new ArrayList<>(c.battery());
        d.opensAt = c.opensAt();
        d.closesAt = c.closesAt();
        d.healthDataConsentRequired = c.consentRule().healthDataConsentRequired();
        d.guardianConsentUnderAge = c.consentRule().guardianConsentUnderAge();
        d.status = c.status();
        d.targetSize = c.targetSize();
        d.version = c.version();
        return d;
    }

    public Campaign toDomain() {
        return new Campaign(id, name, areaCode, areaPath,
                new TargetPopulation(populationType, populationUnit, populationGroups, populationTag), battery,
                opensAt, closesAt, new ConsentRule(healthDataConsentRequired, guardianConsentUnderAge), status,
                targetSize, new Progress(invited, consented, completed, positive, critical), version);
    }
}
