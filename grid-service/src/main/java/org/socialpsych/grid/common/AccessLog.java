package org.socialpsych.grid.common;

import java.time.Clock;
import java.util.Date;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Append-only log of reads of person-level data (DOMAIN.md §6): who, when, which record, why.
 * Stored in {@code access_log}; never updated or deleted by the service.
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

    public Mono<Void> read(String subject, String action, String recordId, String purpose) {
        return mongo.insert(new Document("subject", subject).append("action", action).append("recordId", recordId)
                .append("purpose", purpose == null ? "service" : purpose)
                .append("at", Date.from(clock.instant())), COLLECTION).then();
    }
}
