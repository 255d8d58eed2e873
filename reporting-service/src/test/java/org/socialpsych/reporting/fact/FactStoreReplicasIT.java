package org.socialpsych.reporting.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.socialpsych.localstack.MongoWireServer;
import org.socialpsych.reporting.area.application.AreaTimeline;
import org.socialpsych.reporting.fact.application.FactWrite;
import org.socialpsych.reporting.fact.infra.FactStore;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Two replicas writing the same new fact at the same moment (two visits of one due item on two
 * partitions), and redeliveries: every fact counts once in every cell it touches. (A first write by
 * upsert let both replicas apply it.)
 */
class FactStoreReplicasIT {

    @Test
    void shouldCountAFactOnceWhenTwoReplicasWriteItAtOnceOrItIsRedelivered() throws Exception {
        try (MongoWireServer server = MongoWireServer.start(0, null);
                MongoClient client = MongoClients.create(server.uri(""))) {
            ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, "replicas");
            FactStore a = new FactStore(mongo, new AreaTimeline(mongo));
            FactStore b = new FactStore(mongo, new AreaTimeline(mongo));
            a.ensureIndexes().block();
            List<String> path = List.of("1", "11", "111");
            int n = 40;
            Flux.range(0, n).flatMap(i -> {
                FactWrite f = FactWrite.flow("visit-done:item-" + i, 0, path, "2026-03",
                        Map.of("visitsDone", 1L));
                return Mono.zip(a.write(f).subscribeOn(Schedulers.parallel()),
                        b.write(f).subscribeOn(Schedulers.parallel()), a.write(f).subscribeOn(Schedulers.parallel()));
            }, 8).blockLast();
            for (String area : path) {
                Document cell = mongo.findById(FactStore.cellId(area, "2026-03"), Document.class, FactStore.CELLS)
                        .block();
                assertThat(((Document) cell.get("flow")).get("visitsDone")).as(area).isEqualTo((long) n);
            }
        }
    }
}
