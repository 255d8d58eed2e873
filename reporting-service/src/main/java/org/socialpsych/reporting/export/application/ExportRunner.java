package org.socialpsych.reporting.export.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.reporting.area.application.AreaDirectory;
import org.socialpsych.reporting.area.application.AreaDirectory.AreaEntry;
import org.socialpsych.reporting.export.domain.ExportJobRules.Format;
import org.socialpsych.reporting.export.domain.ExportJobRules.Kind;
import org.socialpsych.reporting.export.domain.ExportProgress;
import org.socialpsych.reporting.kpi.application.KpiExport;
import org.socialpsych.reporting.kpi.application.KpiService;
import org.socialpsych.reporting.kpi.application.KpiService.AreaKpis;
import org.socialpsych.reporting.kpi.domain.IndicatorDefinition;
import org.socialpsych.reporting.kpi.domain.KpiCalculator.Kpi;
import org.socialpsych.reporting.kpi.domain.KpiCalculator.Status;
import org.socialpsych.reporting.kpi.domain.Periods;
import org.socialpsych.reporting.kpi.infra.IndicatorRegistry;
import org.socialpsych.reporting.report.application.PeriodReportService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Produces the file of an export job: walks periods × areas (the area and its subtree down to the
 * job's depth), one unit at a time, reporting progress, then renders with the same writers as the
 * synchronous export ({@link KpiExport}). KPI figures come from {@link KpiService}, so small-cell
 * suppression is exactly the synchronous one; period-report rows are the frozen snapshots. Aggregates only.
 */
@Service
public class ExportRunner {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv;charset=UTF-8";
    static final List<String> REPORT_HEADERS;

    static {
        List<String> h = new ArrayList<>(KpiExport.HEADERS);
        h.addAll(List.of("报告编号", "报告状态", "星级"));
        REPORT_HEADERS = List.copyOf(h);
    }

    /** Receives progress (units done of total); fails when the job is no longer this worker's. */
    public interface ProgressSink {
        Mono<Void> report(long done, long total);
    }

    public record Rendered(byte[] bytes, String filename, String contentType, long units) {
    }

    private final AreaDirectory directory;
    private final KpiService kpis;
    private final PeriodReportService reports;
    private final IndicatorRegistry indicators;
    private final Clock clock;
    private final Duration progressInterval;

    public ExportRunner(AreaDirectory directory, KpiService kpis, PeriodReportService reports,
            IndicatorRegistry indicators, Clock clock,
            @Value("${socialpsych.reporting.export.progress-interval:1s}") Duration progressInterval) {
        this.directory = directory;
        this.kpis = kpis;
        this.reports = reports;
        this.indicators = indicators;
        this.clock = clock;
        this.progressInterval = progressInterval;
    }

    public Mono<Rendered> run(Document job, ProgressSink sink) {
        return indicators.current().then(Mono.defer(() -> runCurrent(job, sink)));
    }

    private Mono<Rendered> runCurrent(Document job, ProgressSink sink) {
        Kind kind = Kind.valueOf(job.getString("kind"));
        Format format = Format.valueOf(job.getString("format"));
        String areaCode = job.getString("area");
        int depth = ((Number) job.get("depth")).intValue();
        List<String> labels = job.getList("periods", String.class);
        List<Periods> periods;
        List<IndicatorDefinition> defs;
        try {
            periods = labels.stream().map(KpiService::period).toList();
            defs = kpis.definitions(job.getList("indicators", String.class));
        } catch (ApiException e) {
            return Mono.error(e);
        }
        return directory.get(areaCode)
                .switchIfEmpty(Mono.error(ApiException.notFound("Area", areaCode)))
                .flatMap(root -> areas(root, depth))
                .flatMap(areas -> {
                    ExportProgress progress = new ExportProgress(ExportProgress.units(areas.size(), periods.size()),
                            progressInterval.toMillis());
                    return sink.report(0, progress.total())
                            .thenMany(Flux.fromIterable(periods).concatMap(p -> Flux.fromIterable(areas)
                                    .concatMap(a -> unit(kind, a, p, defs)
                                            .flatMap(rows -> (progress.advance(clock.millis())
                                                    ? sink.report(progress.done(), progress.total())
                                                    : Mono.<Void>empty()).thenReturn(rows)))))
                            .collect(ArrayList<List<String>>::new, List::addAll)
                            .flatMap(rows -> Mono.fromCallable(() -> render(kind, format, rows))
                                    .subscribeOn(Schedulers.boundedElastic()))
                            .map(bytes -> new Rendered(bytes, filenameOf(job), contentType(format), progress.total()));
                });
    }

    static String filenameOf(Document job) {
        return org.socialpsych.reporting.export.domain.ExportJobRules.filename(Kind.valueOf(job.getString("kind")),
                Format.valueOf(job.getString("format")), job.getString("area"),
                job.getList("periods", String.class));
    }

    public static String contentType(Format format) {
        return format == Format.CSV ? CSV : XLSX;
    }

    /** The area and its descendants at most {@code depth} levels below it, parents before children. */
    private Mono<List<AreaEntry>> areas(AreaEntry root, int depth) {
        int rootLevel = root.path().size();
        return directory.subtree(root.code())
                .filter(a -> a.path() != null && a.path().size() - rootLevel <= depth)
                .collectSortedList(Comparator.comparing(a -> String.join("/", a.path())))
                .map(list -> list.isEmpty() ? List.of(root) : list);
    }

    private Mono<List<List<String>>> unit(Kind kind, AreaEntry area, Periods p, List<IndicatorDefinition> defs) {
        if (kind == Kind.KPI) {
            return kpis.areaKpis(area, p, defs).map(row -> KpiExport.rows(row, p.label(), indicators));
        }
        return reports.reportsOf(area.code(), p.label()).collectList()
                .map(list -> reportRows(area, p.label(), chosen(list), defs));
    }

    /** The approved report if there is one, otherwise the latest. */
    static Document chosen(List<Document> reportsOldestFirst) {
        Document latest = null;
        for (Document d : reportsOldestFirst) {
            if ("APPROVED".equals(d.getString("status"))) {
                return d;
            }
            latest = d;
        }
        return latest;
    }

    private List<List<String>> reportRows(AreaEntry area, String period, Document report,
            List<IndicatorDefinition> defs) {
        if (report == null) {
            List<String> row = new ArrayList<>(List.of(area.code(), nz(area.name()), nz(area.level()), "", "", "", "",
                    "", "", "", period, "", reportStatusZh(null), ""));
            return List.of(row);
        }
        Set<String> wanted = new HashSet<>();
        defs.forEach(d -> wanted.add(d.code()));
        Document snapshotArea = (Document) ((Document) report.get("snapshot")).get("area");
        List<Kpi> kpiList = new ArrayList<>();
        for (Document k : snapshotArea.getList("kpis", Document.class)) {
            if (wanted.contains(k.getString("indicator"))) {
                kpiList.add(new Kpi(k.getString("indicator"), dbl(k.get("value")), lng(k.get("numerator")),
                        lng(k.get("denominator")), dbl(k.get("target")), Status.valueOf(k.getString("status"))));
            }
        }
        AreaKpis frozen = new AreaKpis(snapshotArea.getString("areaCode"), snapshotArea.getString("areaName"),
                snapshotArea.getString("level"), kpiList);
        List<List<String>> rows = new ArrayList<>();
        String stars = report.get("stars") == null ? "" : String.valueOf(report.get("stars"));
        for (List<String> r : KpiExport.rows(frozen, period, indicators)) {
            List<String> row = new ArrayList<>(r);
            row.addAll(List.of(report.getString("_id"), reportStatusZh(report.getString("status")), stars));
            rows.add(row);
        }
        return rows;
    }

    static String reportStatusZh(String status) {
        if (status == null) {
            return "未编制";
        }
        return switch (status) {
            case "DRAFT" -> "草稿";
            case "SUBMITTED" -> "已上报";
            case "APPROVED" -> "已审核通过";
            case "REJECTED" -> "已退回";
            default -> status;
        };
    }

    private static byte[] render(Kind kind, Format format, List<List<String>> rows) throws java.io.IOException {
        List<String> headers = kind == Kind.KPI ? KpiExport.HEADERS : REPORT_HEADERS;
        if (format == Format.CSV) {
            return KpiExport.csv(headers, rows).getBytes(StandardCharsets.UTF_8);
        }
        Set<Integer> numeric = new HashSet<>(KpiExport.NUMERIC_COLUMNS);
        if (kind == Kind.PERIOD_REPORT) {
            numeric.add(REPORT_HEADERS.size() - 1);
        }
        return KpiExport.xlsx(kind == Kind.KPI ? KpiExport.SHEET : "期间报告", headers, numeric, rows);
    }

    private static Double dbl(Object o) {
        return o instanceof Number n ? n.doubleValue() : null;
    }

    private static Long lng(Object o) {
        return o instanceof Number n ? n.longValue() : null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
