package org.socialpsych.grid.resident.infra;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialpsych.chassis.migration.Migration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Migration {@code 0001-resident-id-hash-sparse} (chassis {@code MigrationRunner}: once per database,
 * recorded in {@code schema_migrations}, under the migrations lease). The unique index on
 * {@code idHash} is sparse, so the tombstones of purged residents (which have no {@code idHash}) do
 * not collide on null. Databases created before the retention class existed hold it unique and not
 * sparse, and the annotation cannot change an existing index. MongoDB refuses a second index on the
 * same key differing only in sparseness, so the migration never leaves the field without a unique
 * index: it first creates a unique sparse index on the descending key ({@code idHash_sparse_desc},
 * a different key pattern, allowed beside the old one), then drops the old index, creates the
 * final unique sparse {@code idHash} (ascending, what the annotation declares) and only then drops
 * the bridge. After every step at least one unique index on {@code idHash} holds.
 */
@Component
public class ResidentIndexes implements Migration {

    public static final String ID_HASH = "idHash";
    /** The bridge index that keeps {@code idHash} unique while the old index is replaced. */
    public static final String BRIDGE = "idHash_sparse_desc";
    private static final Logger log = LoggerFactory.getLogger(ResidentIndexes.class);

    private final ReactiveMongoTemplate mongo;

    public ResidentIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String id() {
        return "0001-resident-id-hash-sparse";
    }

    @Override
    public String description() {
        return "residents.idHash unique index made sparse (tombstones have no idHash), unique throughout";
    }

    @Override
    public Mono<Void> apply() {
        return ensureSparseIdHash().doOnNext(changed -> {
            if (changed) {
                log.info("Recreated the unique index on residents.idHash as sparse");
            }
        }).then();
    }

    /** Emits true when the index was (re)created, false when it already was sparse. */
    public Mono<Boolean> ensureSparseIdHash() {
        return ensureSparseIdHash(mongo.getCollectionName(ResidentDocument.class), step -> Mono.empty());
    }

    /**
     * The migration on {@code collection}; {@code afterStep} runs after each index operation (named
     * by the step), e.g. to check that the field is still unique at that moment.
     */
    public Mono<Boolean> ensureSparseIdHash(String collection, Function<String, Mono<Void>> afterStep) {
        Index bridge = new Index().on(ID_HASH, Sort.Direction.DESC).unique().sparse().named(BRIDGE);
        Index sparse = new Index().on(ID_HASH, Sort.Direction.ASC).unique().sparse().named(ID_HASH);
        return idHashIndexes(collection).flatMap(found -> {
            boolean ok = found.size() == 1 && ID_HASH.equals(found.get(0).getString("name"))
                    && Boolean.TRUE.equals(found.get(0).get("sparse"))
                    && Boolean.TRUE.equals(found.get(0).get("unique"));
            if (ok) {
                return Mono.just(false);
            }
            Mono<Void> steps = found.stream().anyMatch(i -> BRIDGE.equals(i.getString("name"))) ? Mono.empty()
                    : mongo.indexOps(collection).createIndex(bridge).then(afterStep.apply("create " + BRIDGE));
            for (Document i : found) {
                String name = i.getString("name");
                if (!BRIDGE.equals(name)) {
                    steps = steps.then(mongo.indexOps(collection).dropIndex(name))
                            .then(Mono.defer(() -> afterStep.apply("drop " + name)));
                }
            }
            return steps.then(mongo.indexOps(collection).createIndex(sparse))
                    .then(Mono.defer(() -> afterStep.apply("create " + ID_HASH)))
                    .then(mongo.indexOps(collection).dropIndex(BRIDGE))
                    .then(Mono.defer(() -> afterStep.apply("drop " + BRIDGE)))
                    .thenReturn(true);
        });
    }

    /** The indexes of {@code collection} on exactly the {@code idHash} key (either direction) or so named. */
    public Mono<List<Document>> idHashIndexes(String collection) {
        return mongo.getCollection(collection)
                .flatMapMany(c -> c.listIndexes(Document.class))
                .filter(i -> Set.of(ID_HASH).equals(i.get("key", Document.class).keySet())
                        || ID_HASH.equals(i.getString("name")) || BRIDGE.equals(i.getString("name")))
                .collectList();
    }
}
