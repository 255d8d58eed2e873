package org.socialpsych.psych.practitioner.infra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.psych.practitioner.domain.PractitionerCategory;
import org.socialpsych.psych.practitioner.domain.TrainingRecord;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A practitioner; the name stays here (staff data), events carry only the id and category. */
@Document(PractitionerDocument.COLLECTION)
public class PractitionerDocument {
    public static final String COLLECTION = "practitioners";

    @Id
    public String id;
    public String name;
    @Indexed
    public PractitionerCategory category;
    public boolean fullTime;
    public List<String> qualifications = new ArrayList<>();
    public List<String> servicePointIds = new ArrayList<>();
    public String areaCode;
    @Indexed
    public List<String> areaPath;
    public boolean talentPool;
    public boolean available;
    public List<TrainingRecord> training = new ArrayList<>();
    public int trainingHours;
    public long version;
    public Instant createdAt;
    public List<OutboxEvent> outbox = new ArrayList<>();
}
