package org.socialpsych.chassis.migration;

import reactor.core.publisher.Mono;

/**
 * One versioned change to a service's stored data or indexes, applied once per database by
 * {@link MigrationRunner} and recorded in {@code schema_migrations}. Ids sort in the order they must
 * run ({@code 0001-…}, {@code 0002-…}); an applied migration is never changed, a new one is added.
 * A migration must be safe to re-run after a crash mid-way (the record is written after it completes).
 */
public interface Migration {

    /** Stable, ordered id, e.g. {@code 0001-resident-id-hash-sparse}. */
    String id();

    String description();

    Mono<Void> apply();
}
