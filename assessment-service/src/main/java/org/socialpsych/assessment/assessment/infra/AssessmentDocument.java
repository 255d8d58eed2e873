package org.socialpsych.assessment.assessment.infra;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored screening result (health data) with its pending events (outbox) in the same document,
 * so the result and its AssessmentCompleted/RiskFlagged events are written in one insert. When its
 * retention period has ended ({@link AssessmentRetention}) the document becomes a tombstone:
 * {@code purgedAt} is set and only id, area, instrument and completion month are left.
 */
@Document("assessments")
@CompoundIndex(name = "subject_completed", def = "{'subjectId': 1, 'completedAt': -1}")
public class AssessmentDocument {

    @Id
    public String id;
    public String subjectId;
    public boolean anonymous;
    public String instrument;
    public String definitionVersion;
    public int score;
    public int rawScore;
    public String band;
    public boolean positiveScreen;
    public boolean critical;
    public List<Integer> criticalItems;
    public List<String> criticalSupplementaryKeys;
    public boolean hasCriticalRules;
    public List<Integer> answers;
    public List<Integer> itemScores;
    public Map<String, String> supplementary;
    public List<String> flags;
    public String followUpInstrument;
    public String tier;
    public List<String> tierReasons;
    public String tierRulesVersion;
    public String tierRulesArea;
    public String rescreenInstrument;
    public LocalDate rescreenDue;
    public String areaCode;
    @Indexed
    public List<String> areaPath;
    @Indexed(sparse = true)
    public String campaignId;
    public String administeredBy;
    public List<String> administeredByRoles;
    @Indexed(name = "completed_at")
    public Instant completedAt;
    @Indexed(unique = true, sparse = true)
    public String idempotencyKey;
    public String requestHash;
    public long version;
    public List<OutboxEvent> outbox = new ArrayList<>();
    /** Set on a tombstone: the result was purged at the end of its retention period. */
    public Instant purgedAt;
    public String retentionClass;
    /** On a tombstone: the month (yyyy-MM, service zone) the screening was completed in. */
    public String completedMonth;

    public boolean purged() {
        return purgedAt != null;
    }
}
