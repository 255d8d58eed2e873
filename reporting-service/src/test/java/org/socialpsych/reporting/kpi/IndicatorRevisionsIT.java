package org.socialpsych.reporting.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socialpsych.localstack.MongoWireServer;
import org.socialpsych.reporting.kpi.domain.IndicatorDefinition;
import org.socialpsych.reporting.kpi.domain.IndicatorDefinition.Target;
import org.socialpsych.reporting.kpi.infra.IndicatorRegistry;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import tools.jackson.databind.json.JsonMapper;

/**
 * Indicator revisions are stored and every replica serves them: a revision stored through one
 * replica's registry is what another replica's registry serves on its next read. (Before: revisions
 * lived in the memory of the replica that took the PUT until a restart.)
 */
class IndicatorRevisionsIT {

    @Test
    void shouldServeARevisionStoredByAnotherReplica() throws Exception {
        try (MongoWireServer server = MongoWireServer.start(0, null); MongoClient client = MongoClients.create(server.uri(""))) {
            ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, "revisions");
            JsonMapper json = JsonMapper.builder().build();
            IndicatorRegistry a = new IndicatorRegistry(json, mongo);
            IndicatorRegistry b = new IndicatorRegistry(json, mongo);
            b.current().block();
            IndicatorDefinition shipped = b.get("SCREENINGS");
            IndicatorDefinition revised = new IndicatorDefinition(shipped.code(), shipped.nameZh(), shipped.nameEn(),
                    shipped.numerator(), shipped.denominator(), shipped.stock(), shipped.scale(), shipped.unit(),
                    shipped.direction(), shipped.personBased(), List.of(new Target(null, 2026, null, 1234)), Map.of());
            a.put(revised).block();
            assertThat(b.get("SCREENINGS").targets()).as("not read yet").isEmpty();
            b.current().block();
            assertThat(b.get("SCREENINGS").targets()).extracting(Target::value).containsExactly(1234.0);
        }
    }
}
