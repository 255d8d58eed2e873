package org.socialpsych.psych.smd.infra;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.psych.smd.domain.SmdClassification;
import org.socialpsych.psych.smd.domain.SmdFollowUp;
import org.socialpsych.psych.smd.domain.SmdPatient;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A registered SMD patient; one per subject (unique), follow-ups embedded. */
@Document(SmdPatientDocument.COLLECTION)
public class SmdPatientDocument {
    public static final String COLLECTION = "smd_patients";

    @Id
    public String id;
    @Indexed(unique = true)
    public String subjectId;
    public String areaCode;
    @Indexed
    public List<String> areaPath;
    public LocalDate confirmedOn;
    public String diagnosisGroup;
    public Instant registeredAt;
    @Indexed
    public String responsibleWorker;
    public List<String> caseTeam = new ArrayList<>();
    public SmdClassification classification;
    public Integer lastRisk;
    @Indexed
    public LocalDate nextDue;
    public List<SmdFollowUp> followUps = new ArrayList<>();
    public long version;
    public List<OutboxEvent> outbox = new ArrayList<>();

    public static SmdPatientDocument of(SmdPatient p) {
        SmdPatientDocument d = new SmdPatientDocument();
        d.id = p.id();
        d.subjectId = p.subjectId();
        d.areaCode = p.areaCode();
        d.areaPath = new ArrayList<>(p.areaPath());
        d.confirmedOn = p.confirmedOn();
        d.diagnosisGroup = p.diagnosisGroup();
        d.registeredAt = p.registeredAt();
        d.responsibleWorker = p.responsibleWorker();
        d.caseTeam = new ArrayList<>(p.caseTeam());
        d.classification = p.classification();
        d.lastRisk = p.lastRisk();
        d.nextDue = p.nextDue();
        d.followUps = new ArrayList<>(p.followUps());
        d.version = p.version();
        return d;
    }

    public SmdPatient toDomain() {
        return new SmdPatient(id, subjectId, areaCode, areaPath, confirmedOn, diagnosisGroup, registeredAt,
                responsibleWorker, caseTeam, classification, lastRisk, nextDue, followUps, version);
    }
}
