package org.socialpsych.psych.consent.infra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.psych.consent.domain.ConsentAction;
import org.socialpsych.psych.consent.domain.ConsentActor;
import org.socialpsych.psych.consent.domain.ConsentEntry;
import org.socialpsych.psych.consent.domain.ConsentPurpose;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One ledger entry, inserted once and never updated (except the relay removing its published event). */
@Document(ConsentEntryDocument.COLLECTION)
@CompoundIndex(name = "person_seq_unique", def = "{'personId': 1, 'seq': 1}", unique = true)
public class ConsentEntryDocument {
    public static final String COLLECTION = "consents";

    @Id
    public String id;
    public String personId;
    public long seq;
    public ConsentPurpose purpose;
    public ConsentAction action;
    public ConsentActor by;
    public String guardianId;
    public boolean minor;
    public String areaCode;
    @Indexed
    public List<String> areaPath;
    public Instant at;
    public String recordedBy;
    @Indexed(unique = true, sparse = true)
    public String idempotencyKey;
    public List<OutboxEvent> outbox = new ArrayList<>();

    public static ConsentEntryDocument of(ConsentEntry e) {
        ConsentEntryDocument d = new ConsentEntryDocument();
        d.id = e.id();
        d.personId = e.personId();
        d.seq = e.seq();
        d.purpose = e.purpose();
        d.action = e.action();
        d.by = e.by();
        d.guardianId = e.guardianId();
        d.minor = e.minor();
        d.areaCode = e.areaCode();
        d.areaPath = new ArrayList<>(e.areaPath());
        d.at = e.at();
        d.recordedBy = e.recordedBy();
        return d;
    }

    public ConsentEntry toDomain() {
        return new ConsentEntry(id, personId, seq, purpose, action, by, guardianId, minor, areaCode, areaPath, at,
                recordedBy);
    }
}
