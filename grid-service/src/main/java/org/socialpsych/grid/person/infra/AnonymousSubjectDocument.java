package org.socialpsych.grid.person.infra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An anonymous screening subject the platform issued ({@code a-<uuid>}): an owning area and who
 * asked for it, nothing about the person. Carries its AnonymousSubjectIssued event ({@code outbox}).
 */
@Document("anonymous_subjects")
public class AnonymousSubjectDocument {

    @Id
    public String id;
    public String areaCode;
    @Indexed
    public List<String> areaPath = new ArrayList<>();
    public Instant issuedAt;
    public String issuedBy;
    public long version;
    @Indexed(unique = true, sparse = true)
    public String idempotencyKey;
    public List<OutboxEvent> outbox = new ArrayList<>();
}
