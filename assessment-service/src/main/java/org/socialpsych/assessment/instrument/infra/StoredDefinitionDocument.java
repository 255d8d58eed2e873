package org.socialpsych.assessment.instrument.infra;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An operator-supplied instrument definition revision, stored as the JSON it was given (the same
 * format as the shipped files). The id is the definition version, so a version is stored once and
 * never changes: results keep pointing at the definition that scored them.
 */
@Document("instrument_definitions")
@CompoundIndex(name = "code_stored", def = "{'code': 1, 'storedAt': -1}")
public class StoredDefinitionDocument {

    @Id
    public String version;
    public String code;
    public String json;
    public Instant storedAt;
    public String storedBy;
}
