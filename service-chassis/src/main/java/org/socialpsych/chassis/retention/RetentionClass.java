package org.socialpsych.chassis.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;

import reactor.core.publisher.Mono;

/**
 * One class of records with a retention period (docs/domain.md leaves the periods to configuration:
 * {@code socialpsych.retention.classes.<name>=P5Y} overrides the default). A service declares its
 * classes as beans; the {@link RetentionJob} finds the expired documents, writes an audit entry for
 * each and asks the class to purge it. A purge either deletes the document
 * ({@link DeletingRetentionClass}: nobody holds a person-level copy) or replaces it by a tombstone
 * ({@link Tombstones}) whose outbox carries a "purged" event, so the services holding derived
 * copies remove theirs.
 */
public interface RetentionClass {

    /**
     * What the class is.
     *
     * @param name          configuration name, e.g. {@code assessment-result}
     * @param recordType    the record type written to the audit entry, e.g. {@code assessment}
     * @param defaultKeep   the period when configuration names none
     * @param collection    where the records are
     * @param clockField    the date field that starts the clock
     * @param clockStartsAt what starts the clock, in words ({@code GET /api/v1/retention/<service>})
     * @param subjectField  the field holding the pseudonymous data subject, for the audit entry (may be null)
     */
    record Spec(String name, String recordType, Duration defaultKeep, String collection, String clockField,
            String clockStartsAt, String subjectField) {
    }

    Spec spec();

    /**
     * Purges one expired document; emits true when this call purged it, false when it was no
     * longer eligible (purged or changed meanwhile). Must be idempotent.
     */
    Mono<Boolean> purge(Document expired, Instant now);

    /**
     * Documents whose clock started before {@code cutoff}, that are no tombstone yet and whose outbox
     * is empty (events still waiting may name the subject; the relay sends them first). Classes with
     * further conditions (only closed cases) add to it.
     */
    default Criteria expired(Instant cutoff) {
        return Criteria.where(spec().clockField()).lt(Date.from(cutoff)).and("outbox.0").exists(false)
                .andOperator(Tombstones.notPurged());
    }

    default String name() {
        return spec().name();
    }

    default String recordType() {
        return spec().recordType();
    }

    default Duration defaultKeep() {
        return spec().defaultKeep();
    }

    default String collection() {
        return spec().collection();
    }

    default String clockStartsAt() {
        return spec().clockStartsAt();
    }

    default String subjectField() {
        return spec().subjectField();
    }
}
