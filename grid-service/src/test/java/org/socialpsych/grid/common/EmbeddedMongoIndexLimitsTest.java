package org.socialpsych.grid.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import reactor.core.publisher.Mono;

/**
 * Why grid keeps its synthetic keys ({@code activeLeaderOf}, {@code openKey}, {@code gridKey}; see
 * the README, "Synthetic keys"): what the embedded Mongo-wire server (mongo-java-server) does with
 * the indexes that would replace them on MongoDB. It runs against a server of its own, never the
 * configured database. When an upgrade makes it fail, the keys can be replaced by those indexes.
 */
class EmbeddedMongoIndexLimitsTest {

    private MongoServer server;
    private MongoClient client;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    private MongoCollection<Document> collection(String name) {
        return client.getDatabase("limits").getCollection(name);
    }

    private static void insert(MongoCollection<Document> c, Document d) {
        Mono.from(c.insertOne(d)).block();
    }

    /**
     * "One open leader per grid" as MongoDB would say it: a unique index on the grid and role,
     * partial on open leader assignments. The embedded server stores the filter but enforces the
     * index on every document, so a grid could not have two former leaders.
     */
    @Test
    void shouldIgnoreThePartialFilterOfAUniqueIndex() {
        MongoCollection<Document> staff = collection("grid_staff");
        Mono.from(staff.createIndex(Indexes.ascending("gridCode", "role"), new IndexOptions().unique(true)
                .partialFilterExpression(new Document("role", "LEADER").append("open", true)))).block();
        insert(staff, new Document("_id", "gs-1").append("gridCode", "g1").append("role", "LEADER")
                .append("open", false));
        assertThatThrownBy(() -> insert(staff, new Document("_id", "gs-2").append("gridCode", "g1")
                .append("role", "LEADER").append("open", false)))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("E11000");
    }

    /**
     * A compound unique index is enforced, but serves a query only when the query names exactly its
     * fields (and no regex): "the schedules of these grids" would read every schedule, which the
     * anchored prefix on the single-field {@code gridKey} avoids.
     */
    @Test
    void shouldEnforceACompoundUniqueIndex() {
        MongoCollection<Document> schedules = collection("visit_schedules");
        Mono.from(schedules.createIndex(Indexes.ascending("gridCode", "residentId"), new IndexOptions().unique(true)))
                .block();
        insert(schedules, new Document("_id", "vs-1").append("gridCode", "g1").append("residentId", "r-1"));
        assertThatThrownBy(() -> insert(schedules, new Document("_id", "vs-2").append("gridCode", "g1")
                .append("residentId", "r-1"))).isInstanceOf(MongoWriteException.class);
        insert(schedules, new Document("_id", "vs-3").append("gridCode", "g1").append("residentId", "r-2"));
        assertThat(Mono.from(schedules.countDocuments(new Document("gridCode", "g1"))).block()).isEqualTo(2);
    }
}
