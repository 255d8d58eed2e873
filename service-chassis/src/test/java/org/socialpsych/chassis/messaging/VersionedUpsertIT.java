package org.socialpsych.chassis.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.socialpsych.localstack.testing.TestInfra;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.mongodb.client.result.UpdateResult;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import reactor.core.publisher.Mono;

/**
 * The first-upsert race of a replica set, reproduced with a template that answers the first upsert
 * with E11000 (as the loser of two concurrent first inserts gets it): the newer event must still be
 * applied, not dropped as "stale".
 */
class VersionedUpsertIT {

    @Test
    void shouldRetryADuplicateKeyOnceBeforeCallingTheEventStale() {
        String db = "upsert-" + UUID.randomUUID().toString().substring(0, 8);
        try (MongoClient client = MongoClients.create(TestInfra.get().mongoUri(db))) {
            AtomicInteger collisions = new AtomicInteger(1);
            ReactiveMongoTemplate racing = new ReactiveMongoTemplate(client, db) {
                @Override
                public Mono<UpdateResult> upsert(Query query, org.springframework.data.mongodb.core.query.UpdateDefinition update, Class<?> entityClass,
                        String collectionName) {
                    return Mono.defer(() -> {
                        if (collisions.getAndDecrement() > 0) {
                            // meanwhile the racing writer stored version 1
                            return super.upsert(new Query(org.springframework.data.mongodb.core.query.Criteria
                                            .where("_id").is("agg-1")), new Update().set("aggregateVersion", 1L)
                                            .set("value", "v1"), entityClass, collectionName)
                                    .then(Mono.error(new DuplicateKeyException("E11000 duplicate key error")));
                        }
                        return super.upsert(query, update, entityClass, collectionName);
                    });
                }
            };
            VersionedUpsert upsert = new VersionedUpsert(racing);

            assertThat(upsert.apply("projection", "agg-1", 2, new Update().set("value", "v2")).block()).isTrue();
            Document stored = racing.findById("agg-1", Document.class, "projection").block();
            assertThat(stored.get("aggregateVersion", Number.class).longValue()).isEqualTo(2L);
            assertThat(stored.getString("value")).isEqualTo("v2");

            // a really stale event still changes nothing
            assertThat(upsert.apply("projection", "agg-1", 1, new Update().set("value", "old")).block()).isFalse();
            assertThat(racing.findById("agg-1", Document.class, "projection").block().getString("value"))
                    .isEqualTo("v2");
        }
    }
}
