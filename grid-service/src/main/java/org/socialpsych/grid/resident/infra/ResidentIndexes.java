package org.socialpsych.grid.resident.infra;

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
 * sparse, and the annotation cannot change an existing index, so the migration drops it and creates
 * it again, sparse. MongoDB refuses a second index on the same key differing only in sparseness, so
 * for the moments between drop and create there is no unique index; registration checks the hash
 * before inserting, and the migration runs once, when the application starts.
 */
@Component
public class ResidentIndexes implements Migration {

    public static final String ID_HASH = "idHash";
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
        return "residents.idHash unique index made sparse (tombstones have no idHash)";
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
        String collection = mongo.getCollectionName(ResidentDocument.class);
        Index sparse = new Index().on(ID_HASH, Sort.Direction.ASC).unique().sparse().named(ID_HASH);
        return mongo.getCollection(collection)
                .flatMapMany(c -> c.listIndexes(Document.class))
                .filter(i -> java.util.Set.of(ID_HASH).equals(i.get("key", Document.class).keySet())
                        || ID_HASH.equals(i.getString("name")))
                .collectList()
                .flatMap(found -> {
                    boolean ok = found.size() == 1 && Boolean.TRUE.equals(found.get(0).get("sparse"))
                            && Boolean.TRUE.equals(found.get(0).get("unique"));
                    if (ok) {
                        return Mono.just(false);
                    }
                    Mono<Void> drop = Mono.empty();
                    for (Document i : found) {
                        drop = drop.then(mongo.indexOps(collection).dropIndex(i.getString("name")));
                    }
                    return drop.then(mongo.indexOps(collection).createIndex(sparse)).thenReturn(true);
                });
    }
}
