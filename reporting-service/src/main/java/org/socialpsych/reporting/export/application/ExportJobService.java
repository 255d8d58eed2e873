package org.socialpsych.reporting.export.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.reporting.export.domain.ExportJobRules;
import org.socialpsych.reporting.export.domain.ExportJobRules.Format;
import org.socialpsych.reporting.export.domain.ExportJobRules.Kind;
import org.socialpsych.reporting.export.domain.ExportJobRules.Status;
import org.socialpsych.reporting.export.domain.ExportProgress;
import org.socialpsych.reporting.export.infra.ExportJobStore;
import org.socialpsych.reporting.kpi.application.KpiService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Export jobs as a client sees them: submitted with the same checks as the synchronous export
 * (role, period, indicators, area in view scope — an unknown and an out-of-scope area are the same
 * 404), visible only to the requester (while a KPI reader) and to auditors and system administrators,
 * in either case only while the job's area lies in the caller's view scope; downloadable when DONE. The work itself is done by the export worker.
 */
@Service
public class ExportJobService {

    /** Besides the requester, these roles may see any job (oversight). */
    static final List<String> OVERSIGHT = List.of(Roles.AUDITOR, Roles.SYSTEM_ADMIN);

    public record ExportRequest(Kind kind, Format format, String area, String period, List<String> periods,
            List<String> indicators, Integer depth, Boolean includeChildren) {
    }

    public record Download(String filename, String contentType, long size, Flux<DataBuffer> content) {
    }

    private final ExportJobStore store;
    private final KpiService kpis;
    private final Clock clock;
    private final Duration retention;

    public ExportJobService(ExportJobStore store, KpiService kpis, Clock clock,
            @Value("${socialpsych.reporting.export.retention:7d}") Duration retention) {
        this.store = store;
        this.kpis = kpis;
        this.clock = clock;
        this.retention = retention;
    }

    public Mono<Document> submit(ExportRequest request, String idempotencyKey, PlatformPrincipal user) {
        if (!user.hasAnyRole(KpiService.READERS)) {
            return Mono.error(ApiException.forbidden("This operation needs one of the roles "
                    + String.join(", ", KpiService.READERS)));
        }
        List<String> periods;
        int depth;
        List<String> indicators = request.indicators() == null || request.indicators().isEmpty() ? null
                : List.copyOf(request.indicators());
        try {
            try {
                periods = ExportJobRules.periods(request.period(), request.periods());
                depth = ExportJobRules.depth(request.depth(), request.includeChildren());
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("invalid-export", e.getMessage(), Map.of());
            }
            periods.forEach(KpiService::period);
            kpis.definitions(indicators);
        } catch (ApiException e) {
            return Mono.error(e);
        }
        Format format = request.format() == null ? Format.XLSX : request.format();
        String id = idempotencyKey == null || idempotencyKey.isBlank() ? "ej-" + UUID.randomUUID()
                : "ej-" + UUID.nameUUIDFromBytes((user.subject() + "\n" + idempotencyKey)
                        .getBytes(StandardCharsets.UTF_8));
        Instant now = clock.instant();
        return kpis.visibleArea(request.area(), user)
                .flatMap(area -> store.insert(new Document("_id", id).append("kind", request.kind().name())
                        .append("format", format.name()).append("area", area.code()).append("periods", periods)
                        .append("indicators", indicators).append("depth", depth)
                        .append("status", Status.QUEUED.name())
                        .append("progress", new Document("done", 0L).append("total", 0L))
                        .append("attempts", 0).append("requestedBy", user.subject())
                        .append("createdAt", Date.from(now)).append("expiresAt", Date.from(now.plus(retention)))))
                // the same Idempotency-Key again: the job it created
                .onErrorResume(DuplicateKeyException.class, e -> store.find(id));
    }

    public Mono<Document> get(String id, PlatformPrincipal user) {
        return store.find(id)
                .filter(job -> user.hasAnyRole(OVERSIGHT) || user.hasAnyRole(KpiService.READERS)
                        && user.subject().equals(job.getString("requestedBy")))
                // the job's area must (still) lie in the caller's view scope, for oversight roles too
                .filterWhen(job -> kpis.visibleArea(job.getString("area"), user).hasElement()
                        .onErrorReturn(ApiException.class::isInstance, false))
                .switchIfEmpty(Mono.error(ApiException.notFound("Export job", id)));
    }

    public Mono<Download> file(String id, PlatformPrincipal user) {
        return get(id, user).flatMap(job -> {
            String status = job.getString("status");
            if (!Status.DONE.name().equals(status)) {
                return Mono.error(ApiException.conflict("export-not-ready",
                        "The export job is " + status + "; its file can be downloaded when it is DONE"));
            }
            Document file = (Document) job.get("file");
            ObjectId fileId = file.getObjectId("id");
            return Mono.just(new Download(file.getString("name"), file.getString("contentType"),
                    ((Number) file.get("size")).longValue(), store.readFile(fileId)));
        });
    }

    /** The job as the API shows it: no owner or lease internals, progress with percent. */
    public static Map<String, Object> view(Document job) {
        Map<String, Object> v = new LinkedHashMap<>();
        String id = job.getString("_id");
        String status = job.getString("status");
        v.put("id", id);
        v.put("kind", job.getString("kind"));
        v.put("format", job.getString("format"));
        v.put("area", job.getString("area"));
        v.put("periods", job.getList("periods", String.class));
        v.put("indicators", job.getList("indicators", String.class));
        v.put("depth", job.get("depth"));
        v.put("status", status);
        Document p = (Document) job.get("progress");
        long done = p == null ? 0 : ((Number) p.get("done")).longValue();
        long total = p == null ? 0 : ((Number) p.get("total")).longValue();
        v.put("progress", Map.of("done", done, "total", total,
                "percent", Status.DONE.name().equals(status) ? 100 : ExportProgress.percent(done, total)));
        v.put("attempts", job.get("attempts"));
        v.put("requestedBy", job.getString("requestedBy"));
        v.put("createdAt", instant(job, "createdAt"));
        v.put("startedAt", instant(job, "startedAt"));
        v.put("finishedAt", instant(job, "finishedAt"));
        v.put("expiresAt", instant(job, "expiresAt"));
        Document error = (Document) job.get("error");
        v.put("error", error == null ? null : Map.of("code", error.getString("code")));
        Document file = (Document) job.get("file");
        if (file != null) {
            v.put("file", Map.of("name", file.getString("name"), "contentType", file.getString("contentType"),
                    "size", file.get("size"), "href", "/api/v1/export-jobs/" + id + "/file"));
        }
        return v;
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
