package org.socialpsych.assessment.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.socialpsych.assessment.area.application.AreaDirectory;
import org.socialpsych.chassis.messaging.VersionedUpsert;
import org.socialpsych.events.grid.AreaCreatedV1;
import org.socialpsych.localstack.testing.TestInfra;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

/**
 * Every submission looks its area up: a known area is read from Mongo once, not on every
 * submission (issue 17), and an applied event is visible at once. The old directory sent a find per
 * lookup.
 */
class AreaDirectoryIT {

    static AreaCreatedV1 created(String code, long version, List<String> path) {
        return new AreaCreatedV1(code, version, Instant.parse("2026-01-01T00:00:00Z"), code, "Area " + code,
                "GRID", path.size() > 1 ? path.get(path.size() - 2) : null, path, null, null,
                LocalDate.parse("2026-01-01"));
    }

    @Test
    void shouldReadAKnownAreaOnceAndSeeAnAppliedEventAtOnce() {
        String db = "areas-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> finds = new CopyOnWriteArrayList<>();
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(TestInfra.get().mongoUri(db)))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent e) {
                        if (e.getCommandName().equals("find")) {
                            finds.add(e.getCommand().getString("find").getValue());
                        }
                    }
                }).build();
        try (MongoClient client = MongoClients.create(settings)) {
            ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, db);
            AreaDirectory areas = new AreaDirectory(mongo, new VersionedUpsert(mongo));
            areas.apply(created("330327101001", 1, List.of("3303", "330327", "330327101", "330327101001"))).block();

            for (int i = 0; i < 5; i++) {
                assertThat(areas.require("330327101001", "areaCode").block().path())
                        .containsExactly("3303", "330327", "330327101", "330327101001");
            }
            assertThat(finds).containsExactly(AreaDirectory.COLLECTION);

            // a newer event for the area is seen on the next lookup
            areas.apply(created("330327101001", 2, List.of("3303", "330328", "330328101001"))).block();
            assertThat(areas.require("330327101001", "areaCode").block().path())
                    .containsExactly("3303", "330328", "330328101001");

            // an unknown code is not remembered: once its event is applied, it is found
            assertThat(areas.find("330327102001").block()).isNull();
            areas.apply(created("330327102001", 1, List.of("3303", "330327", "330327102001"))).block();
            assertThat(areas.find("330327102001").block()).isNotNull();
        }
    }
}
