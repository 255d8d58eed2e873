package org.socialpsych.chassis.mongo;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import reactor.core.publisher.Mono;

/**
 * Mongo health by {@code ping}, which real MongoDB and the embedded mongo-java-server both answer.
 * Boot's own indicator sends {@code hello}, which the embedded server lacks; registering this bean
 * under the name {@code mongoHealthContributor} replaces Boot's in every environment.
 */
public class MongoPingHealthIndicator extends AbstractReactiveHealthIndicator {

    private final ReactiveMongoTemplate mongo;

    public MongoPingHealthIndicator(ReactiveMongoTemplate mongo) {
        super("Mongo health check failed");
        this.mongo = mongo;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return mongo.executeCommand(new Document("ping", 1))
                .map(reply -> builder.up().withDetail("ping", reply.get("ok")).build());
    }
}
