package org.socialpsych.grid.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialpsych.grid.GridItSupport;
import org.socialpsych.grid.resident.infra.ResidentIndexes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

import com.mongodb.reactivestreams.client.MongoClient;

import reactor.core.publisher.Mono;

/**
 * Issue 16: migration {@code 0001-resident-id-hash-sparse} used to drop the old unique index before
 * creating the sparse one, leaving a moment in which two registrations of one identity number could
 * both be stored. Now, on a copy of the old layout, a duplicate is refused after every step.
 */
class ResidentIndexesIT extends GridItSupport {

    @Autowired
    MongoClient client;

    /** A database of its own: the service's residents collection and its indexes stay untouched. */
    private ReactiveMongoTemplate scratch;
    private ResidentIndexes indexes;

    @BeforeEach
    void scratchDatabase() {
        scratch = new ReactiveMongoTemplate(client, "grid-index-migration-" + System.nanoTime());
        indexes = new ResidentIndexes(scratch);
    }

    /** Whether a document with {@code idHash} is refused as a duplicate (non-blocking: runs inside the migration). */
    private Mono<Boolean> insertRefused(String collection, String idHash) {
        return scratch.insert(new Document("idHash", idHash), collection).thenReturn(false)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(true));
    }

    @Test
    void shouldKeepIdHashUniqueAtEveryStepOfTheMigration() {
        String collection = "residents_index_migration";
        scratch.insert(new Document("idHash", "h-1"), collection).block();
        scratch.insert(new Document("tombstone", true), collection).block();
        // the old layout: unique, not sparse
        scratch.indexOps(collection).createIndex(new Index().on("idHash", Sort.Direction.ASC).unique()
                .named(ResidentIndexes.ID_HASH)).block();
        assertThatThrownBy(() -> scratch.insert(new Document("tombstone", true), collection).block())
                .isInstanceOf(DuplicateKeyException.class);

        List<String> steps = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        Boolean changed = indexes.ensureSparseIdHash(collection, step -> insertRefused(collection, "h-1")
                .doOnNext(refused -> {
                    steps.add(step);
                    if (!refused) {
                        gaps.add(step);
                    }
                }).then()).block(java.time.Duration.ofSeconds(60));

        assertThat(changed).isTrue();
        assertThat(steps).containsExactly("create " + ResidentIndexes.BRIDGE, "drop " + ResidentIndexes.ID_HASH,
                "create " + ResidentIndexes.ID_HASH, "drop " + ResidentIndexes.BRIDGE);
        assertThat(gaps).as("steps after which a duplicate identity hash was accepted").isEmpty();

        List<Document> after = indexes.idHashIndexes(collection).block();
        assertThat(after).singleElement().satisfies(i -> {
            assertThat(i.getString("name")).isEqualTo(ResidentIndexes.ID_HASH);
            assertThat(i.get("unique")).isEqualTo(true);
            assertThat(i.get("sparse")).isEqualTo(true);
        });
        // sparse now: a second tombstone without idHash is stored; a duplicate hash still is not
        scratch.insert(new Document("tombstone", true), collection).block();
        assertThat(insertRefused(collection, "h-1").block()).isTrue();
        // once done, nothing more to do
        assertThat(indexes.ensureSparseIdHash(collection, step -> Mono.empty()).block()).isFalse();
    }
}
