package org.socialpsych.reporting.export.infra;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.socialpsych.reporting.export.domain.ExportJobRules.Status;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsTemplate;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Export jobs in {@code export_jobs} and their files in GridFS ({@code fs.files}/{@code fs.chunks},
 * file metadata {@code jobId}). Every state change is a conditional single-document update: a worker
 * claims a QUEUED job with findAndModify (owner + lease), only the owner of a RUNNING job may report
 * progress or finish it, and jobs whose lease expired go back to QUEUED.
 */
@Component
public class ExportJobStore {

    public static final String COLLECTION = "export_jobs";

    private final ReactiveMongoTemplate mongo;
    private final ReactiveGridFsTemplate files;
    private final Clock clock;

    public ExportJobStore(ReactiveMongoTemplate mongo, ReactiveGridFsTemplate files, Clock clock) {
        this.mongo = mongo;
        this.files = files;
        this.clock = clock;
    }

    public Mono<Void> ensureIndexes() {
        return mongo.indexOps(COLLECTION).createIndex(new Index().on("status", Sort.Direction.ASC)
                        .on("createdAt", Sort.Direction.ASC))
                .then(mongo.indexOps(COLLECTION).createIndex(new Index().on("expiresAt", Sort.Direction.ASC)))
                .then();
    }

    public Mono<Document> insert(Document job) {
        return mongo.insert(job, COLLECTION);
    }

    public Mono<Document> find(String id) {
        return mongo.findById(id, Document.class, COLLECTION);
    }

    /** Atomically takes the oldest QUEUED job: RUNNING, owned by {@code owner} until the lease ends. */
    public Mono<Document> claim(String owner, Duration lease) {
        Instant now = clock.instant();
        Query q = new Query(Criteria.where("status").is(Status.QUEUED.name())).with(Sort.by("createdAt"));
        Update u = new Update().set("status", Status.RUNNING.name()).set("owner", owner)
                .set("leaseUntil", Date.from(now.plus(lease))).set("startedAt", Date.from(now))
                .set("progress", new Document("done", 0L).append("total", 0L)).inc("attempts", 1);
        return mongo.findAndModify(q, u, FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
    }

    /** Records progress and renews the lease; false when the job is no longer this owner's. */
    public Mono<Boolean> progress(String id, String owner, long done, long total, Duration lease) {
        return mongo.updateFirst(owned(id, owner), new Update()
                        .set("progress", new Document("done", done).append("total", total))
                        .set("leaseUntil", Date.from(clock.instant().plus(lease))), COLLECTION)
                .map(r -> r.getMatchedCount() > 0);
    }

    public Mono<Boolean> complete(String id, String owner, ObjectId fileId, String filename, String contentType,
            long size, long total, Duration retention) {
        Instant now = clock.instant();
        return mongo.updateFirst(owned(id, owner), new Update().set("status", Status.DONE.name())
                        .set("progress", new Document("done", total).append("total", total))
                        .set("file", new Document("id", fileId).append("name", filename)
                                .append("contentType", contentType).append("size", size))
                        .set("finishedAt", Date.from(now)).set("expiresAt", Date.from(now.plus(retention)))
                        .unset("owner").unset("leaseUntil"), COLLECTION)
                .map(r -> r.getMatchedCount() > 0);
    }

    public Mono<Boolean> fail(String id, String owner, String code, Duration retention) {
        Instant now = clock.instant();
        return mongo.updateFirst(owned(id, owner), new Update().set("status", Status.FAILED.name())
                        .set("error", new Document("code", code)).set("finishedAt", Date.from(now))
                        .set("expiresAt", Date.from(now.plus(retention))).unset("owner").unset("leaseUntil"),
                        COLLECTION)
                .map(r -> r.getMatchedCount() > 0);
    }

    /**
     * Jobs RUNNING with an expired lease (their worker died): back to QUEUED to run again, or FAILED
     * once they used {@code maxAttempts}. Emits the number requeued.
     */
    public Mono<Long> recoverExpired(int maxAttempts, Duration retention) {
        Instant now = clock.instant();
        Criteria expired = Criteria.where("status").is(Status.RUNNING.name()).and("leaseUntil").lt(Date.from(now));
        Query exhausted = new Query(new Criteria().andOperator(expired, Criteria.where("attempts").gte(maxAttempts)));
        return mongo.updateMulti(exhausted, new Update().set("status", Status.FAILED.name())
                                .set("error", new Document("code", "attempts-exhausted")).set("finishedAt", Date.from(now))
                                .set("expiresAt", Date.from(now.plus(retention))).unset("owner").unset("leaseUntil"),
                        COLLECTION)
                .then(mongo.updateMulti(new Query(expired), new Update().set("status", Status.QUEUED.name())
                        .unset("owner").unset("leaseUntil"), COLLECTION))
                .map(r -> r.getModifiedCount());
    }

    /** Deletes jobs past {@code expiresAt} and their files; emits the number of jobs deleted. */
    public Mono<Long> purgeExpired() {
        Query q = new Query(Criteria.where("expiresAt").lt(Date.from(clock.instant()))).limit(200);
        q.fields().include("_id");
        return mongo.find(q, Document.class, COLLECTION)
                .concatMap(d -> deleteFiles(d.getString("_id"))
                        .then(mongo.remove(new Query(Criteria.where("_id").is(d.get("_id"))), COLLECTION)))
                .count();
    }

    public Mono<Map<Status, Long>> countByStatus() {
        return Flux.fromArray(Status.values())
                .concatMap(s -> mongo.count(new Query(Criteria.where("status").is(s.name())), COLLECTION)
                        .map(n -> Map.entry(s, n)))
                .collect(() -> new EnumMap<Status, Long>(Status.class), (m, e) -> m.put(e.getKey(), e.getValue()));
    }

    // files

    public Mono<ObjectId> storeFile(String jobId, byte[] bytes, String filename, String contentType) {
        DataBuffer buffer = DefaultDataBufferFactory.sharedInstance.wrap(bytes);
        return files.store(Flux.just(buffer), filename, contentType, new Document("jobId", jobId));
    }

    /** Files of a job, e.g. left by a run that died after storing its file; a rerun starts clean. */
    public Mono<Void> deleteFiles(String jobId) {
        return files.delete(new Query(Criteria.where("metadata.jobId").is(jobId)));
    }

    public Mono<Void> deleteFile(ObjectId fileId) {
        return files.delete(new Query(Criteria.where("_id").is(fileId)));
    }

    public Flux<DataBuffer> readFile(ObjectId fileId) {
        return files.findOne(new Query(Criteria.where("_id").is(fileId)))
                .flatMap(files::getResource)
                .flatMapMany(r -> r.getDownloadStream());
    }

    private static Query owned(String id, String owner) {
        return new Query(Criteria.where("_id").is(id).and("owner").is(owner).and("status").is(Status.RUNNING.name()));
    }
}
