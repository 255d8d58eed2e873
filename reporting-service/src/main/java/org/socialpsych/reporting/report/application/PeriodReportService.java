package org.socialpsych.reporting.report.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.reporting.area.application.AreaDirectory;
import org.socialpsych.reporting.area.application.AreaDirectory.AreaEntry;
import org.socialpsych.reporting.area.application.AreaTimeline;
import org.socialpsych.reporting.kpi.domain.Periods;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.index.Index;
import org.socialpsych.reporting.kpi.application.KpiService;
import org.socialpsych.reporting.kpi.application.KpiService.AreaKpis;
import org.socialpsych.reporting.kpi.application.KpiService.KpiTable;
import org.socialpsych.reporting.kpi.domain.KpiCalculator.Kpi;
import org.socialpsych.reporting.kpi.domain.KpiCalculator.Status;
import org.socialpsych.reporting.report.domain.ReportRules;
import org.socialpsych.reporting.report.domain.ReportRules.StarRule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Period reports: a frozen snapshot of the KPIs of an area and its children with the three lists
 * (task progress, indicator completion, problem feedback) and a star rating, submitted by the area
 * and approved one level up. Every state change is a conditional single-document update, so an
 * approved report can never change again.
 */
@Service
public class PeriodReportService implements SmartLifecycle {

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
        mongo.indexOps(COLLECTION).createIndex(new Index().on(LIVE, Sort.Direction.ASC).unique().sparse().named(LIVE))
                .onErrorResume(e -> Mono.empty()).subscribe();
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }


    public static final String COLLECTION = "period_reports";

    private final ReactiveMongoTemplate mongo;
    private final KpiService kpis;
    private final AreaDirectory directory;
    private final AreaTimeline timeline;
    private final List<String> reportingLevels;
    private final JsonMapper json;
    private final Clock clock;
    private final StarRule starRule;
    private final double minCoverage;

    public PeriodReportService(ReactiveMongoTemplate mongo, KpiService kpis, AreaDirectory directory,
            AreaTimeline timeline, JsonMapper json,
            @Value("${socialpsych.reporting.reports.reporting-levels:TOWN,COUNTY,CITY}") List<String> reportingLevels,
            Clock clock, @Value("${socialpsych.reporting.stars.thresholds:0.9,0.75,0.6,0.4}") List<Double> thresholds,
            @Value("${socialpsych.reporting.stars.points-per-star:10}") int pointsPerStar,
            @Value("${socialpsych.reporting.stars.min-coverage:0.5}") double minCoverage) {
        this.minCoverage = minCoverage;
        this.mongo = mongo;
        this.kpis = kpis;
        this.directory = directory;
        this.timeline = timeline;
        this.reportingLevels = List.copyOf(reportingLevels);
        this.json = json;
        this.clock = clock;
        this.starRule = new StarRule(thresholds, pointsPerStar);
    }

    /** Who prepares, annotates, submits and approves reports (each within its scope). */
    static final List<String> PREPARERS = List.of(Roles.AREA_ADMIN, Roles.SYSTEM_ADMIN);

    /**
     * Prepares the one report of an area and period: a new one supersedes a draft, submitted or
     * rejected one (status SUPERSEDED); an approved report is final (409). An area whose children
     * report themselves (towns under a county, …) is built from their approved reports, with the
     * children lacking one listed as gaps; below that the live figures are frozen.
     */
    public Mono<Document> create(String areaCode, String period, PlatformPrincipal user) {
        if (!user.hasAnyRole(PREPARERS)) {
            return Mono.error(ApiException.forbidden("Only AREA_ADMIN may prepare period reports"));
        }
        Periods p;
        try {
            p = KpiService.period(period);
        } catch (ApiException e) {
            return Mono.error(e);
        }
        String id = "pr-" + UUID.randomUUID();
        String live = areaCode + "|" + p.label();
        return directory.get(areaCode).filter(a -> user.canCapture(a.path()))
                .switchIfEmpty(Mono.error(ApiException.notFound("Area", areaCode)))
                .flatMap(area -> kpis.current().then(snapshot(area, p, user)).map(s -> {
                    ReportRules.Rating rating = rating(s.table().area());
                    return new Document("_id", id)
                            .append("areaCode", areaCode).append("areaPath", area.path()).append("period", p.label())
                            .append("level", area.level())
                            .append("status", ReportRules.Status.DRAFT.name()).append(LIVE, live)
                            .append("source", s.gaps() == null ? "LIVE" : "APPROVED_CHILD_REPORTS")
                            .append("gaps", s.gaps())
                            .append("snapshot", Document.parse(json.writeValueAsString(s.table())))
                            .append("raw", Document.parse(json.writeValueAsString(Map.of("kpis", s.raw()))))
                            .append("threeLists", threeLists(s.table(), s.gaps(), area, p))
                            .append("stars", rating.stars())
                            .append("rating", Document.parse(json.writeValueAsString(rating)))
                            .append("problems", new ArrayList<>())
                            .append("createdBy", user.subject()).append("createdAt", Date.from(clock.instant()))
                            .append("version", 1L);
                }))
                .flatMap(doc -> mongo.findOne(new Query(Criteria.where(LIVE).is(live)), Document.class, COLLECTION)
                        .flatMap(old -> "APPROVED".equals(old.getString("status"))
                                ? Mono.error(ApiException.conflict("report-approved",
                                        "The report of " + areaCode + " for " + p.label() + " is approved and final"))
                                : mongo.updateFirst(new Query(Criteria.where("_id").is(old.get("_id"))
                                                .and("status").is(old.getString("status")).and(LIVE).is(live)),
                                        new Update().set("status", "SUPERSEDED").unset(LIVE).set("supersededBy", id)
                                                .inc("version", 1), COLLECTION))
                        .then(mongo.insert(doc, COLLECTION))
                        .onErrorMap(DuplicateKeyException.class, e -> ApiException.conflict("report-changed",
                                "Another report of " + areaCode + " for " + p.label() + " was prepared meanwhile")));
    }

    /** Field holding area|period on the one live (not superseded) report: unique. */
    static final String LIVE = "liveKey";

    record Snapshot(KpiTable table, List<Kpi> raw, List<Document> gaps) {
    }

    /**
     * Live figures, unless the area's children are at a reporting level (towns, counties, cities:
     * {@code socialpsych.reporting.reports.reporting-levels}): then their approved reports.
     */
    private Mono<Snapshot> snapshot(AreaEntry area, Periods p, PlatformPrincipal user) {
        Mono<Snapshot> live = kpis.query(area.code(), p.label(), null, user)
                .flatMap(table -> kpis.rawRow(area, p).map(raw -> new Snapshot(table, raw, null)));
        return timeline.childrenAt(List.of(area.code()), p.lastMonth())
                .flatMap(kids -> directory.byCodes(kids.keySet()).collectList())
                .flatMap(children -> children.stream().noneMatch(c -> reportingLevels.contains(c.level())) ? live
                        : Flux.fromIterable(children)
                        .concatMap(c -> mongo.findOne(new Query(Criteria.where(LIVE).is(c.code() + "|" + p.label())),
                                        Document.class, COLLECTION)
                                .map(r -> Map.entry(c.code(), r)))
                        .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                        .map(reports -> {
                            List<AreaEntry> sorted = children.stream()
                                    .sorted(java.util.Comparator.comparing(AreaEntry::code)).toList();
                            Map<String, List<Kpi>> raw = new LinkedHashMap<>();
                            List<Document> gaps = new ArrayList<>();
                            for (AreaEntry c : sorted) {
                                Document r = reports.get(c.code());
                                if (r != null && "APPROVED".equals(r.getString("status")) && r.get("raw") != null) {
                                    raw.put(c.code(), rawKpis((Document) r.get("raw")));
                                } else {
                                    gaps.add(new Document("areaCode", c.code()).append("areaName", c.name())
                                            .append("reportStatus", r == null ? "MISSING" : r.getString("status")));
                                }
                            }
                            KpiService.RolledUp up = kpis.rollUp(area, p, sorted, raw);
                            return new Snapshot(up.table(), up.raw(), gaps);
                        }));
    }

    private static List<Kpi> rawKpis(Document raw) {
        List<Kpi> out = new ArrayList<>();
        for (Document k : raw.getList("kpis", Document.class)) {
            out.add(new Kpi(k.getString("indicator"), k.get("value") instanceof Number n ? n.doubleValue() : null,
                    k.get("numerator") instanceof Number n ? n.longValue() : null,
                    k.get("denominator") instanceof Number n ? n.longValue() : null,
                    k.get("target") instanceof Number n ? n.doubleValue() : null, Status.valueOf(k.getString("status"))));
        }
        return out;
    }

    /** Lists reports by area, period and status, in the caller's view scope (inside the query), by cursor. */
    public Mono<CursorPage<Document>> list(String area, String period, String status, Integer limit, String cursor,
            PlatformPrincipal user) {
        if (!user.hasAnyRole(KpiService.READERS)) {
            return Mono.error(ApiException.forbidden("This operation needs one of the roles "
                    + String.join(", ", KpiService.READERS)));
        }
        int n;
        try {
            n = CursorPage.limit(limit);
            if (period != null) {
                period = KpiService.period(period).label();
            }
            if (status != null) {
                ReportRules.Status.valueOf(status);
            }
        } catch (IllegalArgumentException e) {
            return Mono.error(new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST, "invalid-parameter",
                    "Invalid query parameter", "status must be one of " + List.of(ReportRules.Status.values()),
                    Map.of()));
        } catch (ApiException e) {
            return Mono.error(e);
        }
        Criteria c = new Criteria();
        List<Criteria> all = new ArrayList<>();
        if (!user.isSystemAdmin()) {
            all.add(Criteria.where("areaPath").in(user.viewAreas()));
        }
        if (area != null) {
            all.add(Criteria.where("areaCode").is(area));
        }
        if (period != null) {
            all.add(Criteria.where("period").is(period));
        }
        if (status != null) {
            all.add(Criteria.where("status").is(status));
        }
        if (cursor != null) {
            all.add(Criteria.where("_id").gt(cursor));
        }
        Query q = new Query(all.isEmpty() ? c : c.andOperator(all.toArray(Criteria[]::new)))
                .with(Sort.by("_id")).limit(n + 1);
        return mongo.find(q, Document.class, COLLECTION).collectList()
                .map(rows -> CursorPage.of(rows, n, d -> d.getString("_id")));
    }

    /**
     * The three lists: task progress (one entry per indicator, with the responsible unit and deadline
     * of the target an area admin set, when one is in force), indicator completion (counts by status)
     * and problem feedback generated from the figures — every MISSED or AT_RISK indicator, every task
     * past its deadline and not met, and every child without an approved report — on top of which the
     * area adds free text ({@code problems}).
     */
    Document threeLists(KpiTable table, List<Document> gaps, AreaEntry area, Periods p) {
        java.time.LocalDate end = org.socialpsych.reporting.targets.domain.TargetBook.periodEnd(p.lastMonth());
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        java.time.LocalDate asOf = today.isBefore(end) ? today : end;
        List<Document> tasks = new ArrayList<>();
        List<Document> generated = new ArrayList<>();
        Map<String, Integer> completion = new LinkedHashMap<>();
        for (Kpi k : table.area().kpis()) {
            Document task = new Document("indicator", k.indicator()).append("value", k.value())
                    .append("target", k.target()).append("status", k.status().name());
            org.socialpsych.reporting.targets.domain.AreaTarget set = kpis.targets().task(k.indicator(), area.path(),
                    end, null);
            boolean overdue = false;
            if (set != null) {
                task.append("targetId", set.id()).append("targetArea", set.areaCode())
                        .append("responsibleUnit", set.responsibleUnit())
                        .append("deadline", set.deadline() == null ? null : set.deadline().toString());
                overdue = set.deadline() != null && set.deadline().isBefore(asOf) && k.status() != Status.MET;
                task.append("overdue", overdue);
            }
            tasks.add(task);
            completion.merge(k.status().name(), 1, Integer::sum);
            if (overdue) {
                generated.add(new Document("kind", "TASK_OVERDUE").append("indicator", k.indicator())
                        .append("responsibleUnit", set.responsibleUnit()).append("deadline", set.deadline().toString())
                        .append("value", k.value()).append("target", k.target()));
            }
            if (k.status() == Status.MISSED || k.status() == Status.AT_RISK) {
                generated.add(new Document("kind", "INDICATOR_" + k.status().name()).append("indicator", k.indicator())
                        .append("value", k.value()).append("target", k.target()));
            }
        }
        if (gaps != null) {
            for (Document gap : gaps) {
                generated.add(new Document("kind", "CHILD_REPORT_NOT_APPROVED").append("areaCode", gap.get("areaCode"))
                        .append("reportStatus", gap.get("reportStatus")));
            }
        }
        return new Document("taskProgress", tasks).append("indicatorCompletion", new Document(
                new LinkedHashMap<String, Object>(completion))).append("problemFeedback", generated);
    }

    /** The star rating of the area's row (policy in {@link ReportRules#rate}). */
    ReportRules.Rating rating(AreaKpis area) {
        int met = 0;
        int withTarget = 0;
        int withData = 0;
        long deductions = 0;
        for (Kpi k : area.kpis()) {
            if ("INSPECTION_DEDUCTIONS".equals(k.indicator())) {
                deductions = k.numerator() == null ? 0 : k.numerator();
                continue;
            }
            if (k.target() != null) {
                withTarget++;
                if (k.value() != null && k.status() != Status.NO_DATA && k.status() != Status.SUPPRESSED) {
                    withData++;
                }
                if (k.status() == Status.MET) {
                    met++;
                }
            }
        }
        return ReportRules.rate(starRule, minCoverage, met, withTarget, withData, deductions);
    }

    /** A report for a KPI reader (it is a KPI snapshot) whose view scope holds the area. */
    public Mono<Document> get(String id, PlatformPrincipal user) {
        if (!user.hasAnyRole(KpiService.READERS)) {
            return Mono.error(ApiException.forbidden("This operation needs one of the roles "
                    + String.join(", ", KpiService.READERS)));
        }
        return mongo.findById(id, Document.class, COLLECTION)
                .filter(d -> user.canView(d.getList("areaPath", String.class)))
                .switchIfEmpty(Mono.error(ApiException.notFound("Period report", id)));
    }

    /** Every report of an area for a period label (a rejected one may have been prepared again). */
    public Flux<Document> reportsOf(String areaCode, String period) {
        return mongo.find(new Query(Criteria.where("areaCode").is(areaCode).and("period").is(period))
                .with(Sort.by("createdAt")), Document.class, COLLECTION);
    }

    public Mono<Document> addProblem(String id, String text, PlatformPrincipal user) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            return Mono.error(ApiException.invalid("invalid-problem", "A problem needs 1-2000 characters of text",
                    Map.of()));
        }
        return get(id, user).flatMap(d -> !mayPrepare(user, d) ? Mono.error(ApiException.forbidden(
                "Only the area's administrator may add problem feedback")) : transition(id, ReportRules.Status.DRAFT,
                new Update().push("problems", new Document("text", text.strip()).append("by", user.subject())
                        .append("at", Date.from(clock.instant())))));
    }

    public Mono<Document> submit(String id, PlatformPrincipal user) {
        return get(id, user).flatMap(d -> {
            if (!mayPrepare(user, d)) {
                return Mono.error(ApiException.forbidden("Only the area may submit its report"));
            }
            return transition(id, ReportRules.Status.DRAFT, new Update().set("status", "SUBMITTED")
                    .set("submittedBy", user.subject()).set("submittedAt", Date.from(clock.instant())));
        });
    }

    public Mono<Document> decide(String id, boolean approve, String reason, PlatformPrincipal user) {
        return get(id, user).flatMap(d -> {
            List<String> path = d.getList("areaPath", String.class);
            // the level directly above: an administrator of the parent area itself (a city may not
            // approve a town's report over the county's head); a system administrator platform-wide
            String parent = path.size() > 1 ? path.get(path.size() - 2) : null;
            boolean coversParent = parent != null && (user.isSystemAdmin() || user.captureAreas().contains(parent));
            if (!user.hasAnyRole(PREPARERS)
                    || !ReportRules.mayApprove(user.subject(), d.getString("submittedBy"), coversParent)) {
                return Mono.error(ApiException.forbidden(
                        "Reports are approved one level up, by someone other than the submitter"));
            }
            Update u = approve
                    ? new Update().set("status", "APPROVED").set("approvedBy", user.subject())
                            .set("approvedAt", Date.from(clock.instant()))
                    : new Update().set("status", "REJECTED").set("rejectedBy", user.subject())
                            .set("rejectionReason", reason);
            return transition(id, ReportRules.Status.SUBMITTED, u);
        });
    }

    /** The area's own administrator: a preparing role with the report's area in capture scope. */
    private static boolean mayPrepare(PlatformPrincipal user, Document report) {
        return user.hasAnyRole(PREPARERS) && user.canCapture(report.getList("areaPath", String.class));
    }

    private Mono<Document> transition(String id, ReportRules.Status from, Update update) {
        return mongo.findAndModify(new Query(Criteria.where("_id").is(id).and("status").is(from.name())),
                        update.inc("version", 1), FindAndModifyOptions.options().returnNew(true), Document.class,
                        COLLECTION)
                .switchIfEmpty(Mono.error(ApiException.conflict("report-state",
                        "The report is not " + from + "; approved reports are immutable")));
    }
}
