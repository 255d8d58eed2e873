package org.socialpsych.psych.smd.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.common.domain.RuleException.Kind;

/**
 * A registered severe-mental-disorder patient (严重精神障碍患者). Only confirmed diagnoses are
 * registered; suspected cases are kept apart. Every follow-up carries a 0–5 risk level that sets
 * the classification and the next due date; unstable patients need a multi-agency case team.
 */
public final class SmdPatient {

    private final String id;
    private final String subjectId;
    private final String areaCode;
    private final List<String> areaPath;
    private final LocalDate confirmedOn;
    private final String diagnosisGroup;
    private final Instant registeredAt;
    private String responsibleWorker;
    private List<String> caseTeam;
    private SmdClassification classification;
    private Integer lastRisk;
    private LocalDate nextDue;
    private final List<SmdFollowUp> followUps;
    private long version;

    public SmdPatient(String id, String subjectId, String areaCode, List<String> areaPath, LocalDate confirmedOn,
            String diagnosisGroup, Instant registeredAt, String responsibleWorker, List<String> caseTeam,
            SmdClassification classification, Integer lastRisk, LocalDate nextDue, List<SmdFollowUp> followUps,
            long version) {
        this.id = id;
        this.subjectId = subjectId;
        this.areaCode = areaCode;
        this.areaPath = List.copyOf(areaPath);
        this.confirmedOn = confirmedOn;
        this.diagnosisGroup = diagnosisGroup;
        this.registeredAt = registeredAt;
        this.responsibleWorker = responsibleWorker;
        this.caseTeam = caseTeam == null ? List.of() : List.copyOf(caseTeam);
        this.classification = classification;
        this.lastRisk = lastRisk;
        this.nextDue = nextDue;
        this.followUps = new ArrayList<>(followUps == null ? List.of() : followUps);
        this.version = version;
    }

    /** Registers a confirmed patient; the first follow-up is due within the schedule's first interval. */
    public static SmdPatient register(String id, String subjectId, boolean confirmed, LocalDate confirmedOn,
            String diagnosisGroup, String areaCode, List<String> areaPath, String responsibleWorker,
            List<String> caseTeam, Instant now, LocalDate today, FollowUpSchedule schedule) {
        if (!confirmed) {
            throw new RuleException(Kind.INVALID, "suspected-not-registered",
                    "Only confirmed diagnoses are registered; suspected cases are kept apart");
        }
        if (confirmedOn != null && confirmedOn.isAfter(today)) {
            throw new RuleException(Kind.INVALID, "confirmed-in-future", "The diagnosis date lies in the future");
        }
        return new SmdPatient(id, subjectId, areaCode, areaPath, confirmedOn, diagnosisGroup, now, responsibleWorker,
                caseTeam, null, null, today.plus(schedule.firstFollowUp()), List.of(), 1);
    }

    /**
     * Records a follow-up. A paper form carried in late (dated before follow-ups already recorded) is
     * accepted and takes its place by date; the latest follow-up by date sets the classification and the
     * next due date. A follow-up before the diagnosis or in the future is refused.
     */
    public SmdFollowUp recordFollowUp(LocalDate date, int risk, boolean markedSymptoms, String by, String note,
            LocalDate today, FollowUpSchedule schedule) {
        if (date.isAfter(today)) {
            throw new RuleException(Kind.INVALID, "follow-up-in-future", "A follow-up cannot be dated in the future");
        }
        if (confirmedOn != null && date.isBefore(confirmedOn)) {
            throw new RuleException(Kind.INVALID, "follow-up-before-diagnosis",
                    "A follow-up cannot be dated before the confirmed diagnosis (" + confirmedOn + ")");
        }
        SmdClassification c = schedule.classify(risk, markedSymptoms);
        SmdFollowUp previous = null;
        for (SmdFollowUp f : followUps) {
            if (!f.date().isAfter(date)) {
                previous = f;
            }
        }
        // on time against the due date in force then: the previous follow-up's, or today's schedule for the first
        LocalDate dueThen = previous != null ? previous.nextDue() : followUps.isEmpty() ? nextDue : null;
        boolean onTime = dueThen == null || !date.isAfter(dueThen);
        LocalDate next = schedule.nextDue(date, c);
        SmdFollowUp f = new SmdFollowUp(date, risk, markedSymptoms, c, onTime, next, by, note);
        followUps.add(f);
        followUps.sort(java.util.Comparator.comparing(SmdFollowUp::date));
        SmdFollowUp latest = followUps.get(followUps.size() - 1);
        classification = latest.classification();
        lastRisk = latest.risk();
        nextDue = latest.nextDue();
        version++;
        return f;
    }

    /**
     * What the national norms ask after an unstable follow-up (docs/domain.md §4.4): refer at once, notify
     * the police if needed, and a case team; nothing for stable patients.
     */
    public List<String> prompts() {
        if (classification != SmdClassification.UNSTABLE) {
            return List.of();
        }
        List<String> out = new ArrayList<>(List.of("REFER_AT_ONCE", "NOTIFY_POLICE_IF_NEEDED"));
        if (caseTeam.isEmpty()) {
            out.add("FORM_CASE_TEAM");
        }
        return out;
    }

    /** Unstable patients need a multi-agency case team (village committee, grid worker, 精防 doctor, police, …). */
    public boolean caseTeamRequired() {
        return classification == SmdClassification.UNSTABLE;
    }

    public boolean overdue(LocalDate today) {
        return today.isAfter(nextDue);
    }

    public int followUpsIn(int year) {
        return (int) followUps.stream().filter(f -> f.date().getYear() == year).count();
    }

    public void assignCaseTeam(String responsibleWorker, List<String> caseTeam) {
        this.responsibleWorker = responsibleWorker;
        this.caseTeam = caseTeam == null ? List.of() : List.copyOf(caseTeam);
        version++;
    }

    public String id() { return id; }
    public String subjectId() { return subjectId; }
    public String areaCode() { return areaCode; }
    public List<String> areaPath() { return areaPath; }
    public LocalDate confirmedOn() { return confirmedOn; }
    public String diagnosisGroup() { return diagnosisGroup; }
    public Instant registeredAt() { return registeredAt; }
    public String responsibleWorker() { return responsibleWorker; }
    public List<String> caseTeam() { return caseTeam; }
    public SmdClassification classification() { return classification; }
    public Integer lastRisk() { return lastRisk; }
    public LocalDate nextDue() { return nextDue; }
    public List<SmdFollowUp> followUps() { return List.copyOf(followUps); }
    public long version() { return version; }
}
