package org.socialpsych.reporting.area.api;

import java.util.List;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.reporting.area.application.AreaDirectory;
import org.socialpsych.reporting.area.application.AreaDirectory.AreaEntry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** The area tree as reporting knows it: the drill-down skeleton of every KPI view. */
@RestController
@RequestMapping("/api/v1/report-areas")
public class ReportAreaController {

    public record ReportArea(AreaEntry area, List<AreaEntry> subtree) {
    }

    private final AreaDirectory directory;

    public ReportAreaController(AreaDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/{code}")
    public Mono<ReportArea> get(@PathVariable String code) {
        return CurrentUser.get().flatMap(user -> directory.get(code)
                .filter(a -> user.canView(a.path()))
                .switchIfEmpty(Mono.error(ApiException.notFound("Area", code)))
                .flatMap(a -> directory.subtree(code).filter(s -> !s.code().equals(code)).collectList()
                        .map(sub -> new ReportArea(a, sub))));
    }
}
