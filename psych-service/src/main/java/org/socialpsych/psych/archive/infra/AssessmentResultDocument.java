package org.socialpsych.psych.archive.infra;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** psych-service's small projection of a screening result received from assessment-service; no answers. */
@Document(AssessmentResultDocument.COLLECTION)
public class AssessmentResultDocument {
    public static final String COLLECTION = "assessment_results";

    /** the assessment id */
    @Id
    public String id;
    @Indexed
    public String subjectId;
    public String instrument;
    public String definitionVersion;
    public Instant completedAt;
    /** total score when the producer sends one (not part of AssessmentCompleted.v1 today) */
    public Double score;
    public String band;
    public String tier;
    public boolean critical;
    public String areaCode;
    public List<String> areaPath;
}
