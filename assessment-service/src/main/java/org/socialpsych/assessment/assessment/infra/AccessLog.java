package org.socialpsych.assessment.assessment.infra;

import java.time.Clock;
import java.util.Date;

import org.bson.Document;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Append-only log of reads of person-level data (DOMAIN.md §6): who, when, which record(s), what
 * for. Stored in {@code access_log}; application logs carry no personal data.
 */
@Component
public class AccessLog {

    public static final String COLLECTION = "access_log";
    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    public AccessLog(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public Mono<Void> read(PlatformPrincipal user, String resource, String recordId, String subjectId, int records,
            String view) {
        Document entry = new Document("at", Date.from(clock.instant()))
                .append("who", user.subject())
                .append("roles", user.roles().stream().sorted().toList())
                .append("action", "read")
                .append("resource", resource)
                .append("recordId", recordId)
                .append("subjectId", subjectId)
                .append("records", records)
                .append("view", view);
        return mongo.insert(entry, COLLECTION).then();
    }
}
