package org.socialpsych.chassis.retention;

import java.time.Duration;
import java.time.Instant;

import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;

import reactor.core.publisher.Mono;

/**
 * One class of records with a retention period (DOMAIN.md leaves the periods to configuration:
 * {@code socialpsych.retention.classes.<name>=P5Y} overrides {@link #defaultKeep()}). A service
 * declares its classes as beans; the {@link RetentionJob} finds the expired documents, writes an
 * audit entry for each and asks the class to purge it. A purge either deletes the document or
 * replaces it by a tombstone ({@link Tombstones}) whose outbox carries a "purged" event, so the
 * services holding derived copies remove theirs.
 */
public interface RetentionClass {

    /** Configuration name, e.g. {@code assessment-result}. */
    String name();

    /** The record type written to the audit entry, e.g. {@code assessment}. */
    String recordType();

    Duration defaultKeep();

    String collection();

    /** What starts the clock, in words (shown by {@code GET /api/v1/retention}). */
    String clockStartsAt();

    /** Documents of this class whose retention ended before {@code cutoff} and that are not purged yet. */
    Criteria expired(Instant cutoff);

    /** The field holding the pseudonymous data subject of a document, for the audit entry (may be absent). */
    String subjectField();

    /**
     * Purges one expired document; emits true when this call purged it, false when it was no
     * longer eligible (purged or changed meanwhile). Must be idempotent.
     */
    Mono<Boolean> purge(Document expired, Instant now);
}
