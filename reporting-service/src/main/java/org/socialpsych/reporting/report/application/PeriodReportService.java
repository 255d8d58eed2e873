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
import org.socialpsych.reporting.area.application.AreaDirectory;
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
public class PeriodReportService {

    public static final String COLLECTION = "period_reports";

    private final ReactiveMongoTemplate mongo;
    private final KpiService kpis;
    private final AreaDirectory directory;
    private final JsonMapper json;
    private final Clock clock;
    private final StarRule starRule;

    public PeriodReportService(ReactiveMongoTemplate mongo, KpiService kpis, AreaDirectory directory, JsonMapper json,
            Clock clock, @Value("${socialpsych.reporting.stars.thresholds:0.9,0.75,0.6,0.4}") List<Double> thresholds,
            @Value("${socialpsych.reporting.stars.points-per-star:10}") int pointsPerStar) {
        this.mongo = mongo;
        this.kpis = kpis;
        this.directory = directory;
        this.json = json;
        this.clock = clock;
        this.starRule = new StarRule(thresholds, pointsPerStar);
    }

    /** Who prepares, annotates, submits and approves reports (each within its scope). */
    static final List<String> PREPARERS = List.of(Roles.AREA_ADMIN, Roles.SYSTEM_ADMIN);

    public Mono<Document> create(String areaCode, String period, PlatformPrincipal user) {
        if (!user.hasAnyRole(PREPARERS)) {
            return Mono.error(ApiException.forbidden("Only AREA_ADMIN may prepare period reports"));
        }
        return directory.get(areaCode).filter(a -> user.canCapture(a.path()))
                .switchIfEmpty(Mono.error(ApiException.notFound("Area", areaCode)))
                .flatMap(area -> kpis.query(areaCode, period, null, user).map(table -> {
                    Document doc = new Document("_id", "pr-" + UUID.randomUUID())
                            .append("areaCode", areaCode).append("areaPath", area.path()).append("period", table.period())
                            .append("status", ReportRules.Status.DRAFT.name())
                            .append("snapshot", Document.parse(json.writeValueAsString(table)))
                            .append("threeLists", threeLists(table))
                            .append("stars", stars(table.area()))
                            .append("problems", new ArrayList<>())
                            .append("createdBy", user.subject()).append("createdAt", Date.from(clock.instant()))
                            .append("version", 1L);
                    return doc;
                }))
                .flatMap(doc -> mongo.insert(doc, COLLECTION));
    }

    Document threeLists(KpiTable table) {
        List<Document> tasks = new ArrayList<>();
        Map<String, Integer> completion = new LinkedHashMap<>();
        for (Kpi k : table.area().kpis()) {
            tasks.add(new Document("indicator", k.indicator()).append("value", k.value()).append("target", k.target())
                    .append("status", k.status().name()));
            completion.merge(k.status().name(), 1, Integer::sum);
        }
        return new Document("taskProgress", tasks).append("indicatorCompletion", new Document(
                new LinkedHashMap<String, Object>(completion)));
    }

    int stars(AreaKpis area) {
        int met = 0;
        int withTarget = 0;
        long deductions = 0;
        for (Kpi k : area.kpis()) {
            if ("INSPECTION_DEDUCTIONS".equals(k.indicator())) {
                deductions = k.numerator() == null ? 0 : k.numerator();
                continue;
            }
            if (k.target() != null && k.value() != null) {
                withTarget++;
                if (k.status() == Status.MET) {
                    met++;
                }
            }
        }
        return ReportRules.stars(starRule, met, withTarget, deductions);
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
            boolean coversParent = path.size() > 1 && user.canView(path.subList(0, path.size() - 1));
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
