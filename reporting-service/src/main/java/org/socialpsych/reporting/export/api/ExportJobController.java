package org.socialpsych.reporting.export.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.reporting.export.application.ExportJobService;
import org.socialpsych.reporting.export.application.ExportJobService.ExportRequest;
import org.socialpsych.reporting.export.domain.ExportJobRules.Format;
import org.socialpsych.reporting.export.domain.ExportJobRules.Kind;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Long exports as background jobs: submit (202 + Location), poll status and progress, download when DONE. */
@RestController
@RequestMapping("/api/v1/export-jobs")
public class ExportJobController {

    public record SubmitExport(@NotNull Kind kind, Format format, @NotBlank String area, String period,
            List<String> periods, List<String> indicators, Integer depth, Boolean includeChildren) {
    }

    private final ExportJobService jobs;

    public ExportJobController(ExportJobService jobs) {
        this.jobs = jobs;
    }

    @PostMapping
    public Mono<ResponseEntity<Map<String, Object>>> submit(@Valid @RequestBody SubmitExport body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        ExportRequest request = new ExportRequest(body.kind(), body.format(), body.area(), body.period(),
                body.periods(), body.indicators(), body.depth(), body.includeChildren());
        return CurrentUser.get().flatMap(u -> jobs.submit(request, idempotencyKey, u))
                .map(job -> ResponseEntity.accepted()
                        .location(URI.create("/api/v1/export-jobs/" + job.getString("_id")))
                        .body(ExportJobService.view(job)));
    }

    @GetMapping("/{id}")
    public Mono<Map<String, Object>> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(u -> jobs.get(id, u)).map(ExportJobService::view);
    }

    @GetMapping("/{id}/file")
    public Mono<ResponseEntity<Flux<DataBuffer>>> file(@PathVariable String id) {
        return CurrentUser.get().flatMap(u -> jobs.file(id, u))
                .map(d -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(d.contentType()))
                        .contentLength(d.size())
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(d.filename(), StandardCharsets.UTF_8).build().toString())
                        .body(d.content()));
    }
}
