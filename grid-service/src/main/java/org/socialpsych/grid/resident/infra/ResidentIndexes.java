package org.socialpsych.grid.resident.infra;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The unique index on {@code idHash} is sparse, so the tombstones of purged residents (which have
 * no {@code idHash}) do not collide on null. Databases created before the retention class existed
 * hold it unique and not sparse, and the annotation cannot change an existing index: at start-up
 * such an index is dropped and created again, sparse (a few milliseconds without it; registration
 * checks the hash before inserting anyway).
 */
@Component
public class ResidentIndexes {

    public static final String ID_HASH = "idHash";
    private static final Logger log = LoggerFactory.getLogger(ResidentIndexes.class);

    private final ReactiveMongoTemplate mongo;

    public ResidentIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        ensureSparseIdHash().subscribe(changed -> {
            if (changed) {
                log.info("Recreated the unique index on residents.idHash as sparse");
            }
        }, e -> log.warn("Could not check the residents.idHash index ({})", e.getClass().getName()));
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
