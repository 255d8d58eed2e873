package org.socialpsych.reporting.kpi.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.reporting.area.application.AreaDirectory;
import org.socialpsych.reporting.area.application.AreaTimeline;
import org.socialpsych.reporting.area.application.AreaDirectory.AreaEntry;
import org.socialpsych.reporting.fact.application.FactProjector;
import org.socialpsych.reporting.fact.infra.FactStore;
import org.socialpsych.reporting.kpi.domain.DisclosureControl;
import org.socialpsych.reporting.kpi.domain.IndicatorDefinition;
import org.socialpsych.reporting.kpi.domain.KpiCalculator;
import org.socialpsych.reporting.kpi.domain.KpiCalculator.Kpi;
import org.socialpsych.reporting.kpi.domain.Periods;
import org.socialpsych.reporting.kpi.infra.IndicatorRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/** KPIs of an area and its children for a period, read from the precomputed cells. */
@Service
public class KpiService {

    public record AreaKpis(String areaCode, String areaName, String level, List<Kpi> kpis) {
    }

    public record KpiTable(String period, AreaKpis area, List<AreaKpis> children) {
    }

    /** Who may read indicators, KPIs and their exports (synchronous or as export jobs). */
    public static final List<String> READERS = List.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN, Roles.ANALYST,
            Roles.AUDITOR, Roles.EXTERNAL_SYSTEM);

    private final ReactiveMongoTemplate mongo;
    private final AreaDirectory directory;
    private final AreaTimeline timeline;
    private final IndicatorRegistry indicators;
    private final KpiCalculator calculator;
    private final String defaultSegment;
    private final org.socialpsych.reporting.targets.application.AreaTargets targets;

    public KpiService(ReactiveMongoTemplate mongo, AreaDirectory directory, AreaTimeline timeline,
            IndicatorRegistry indicators, org.socialpsych.reporting.targets.application.AreaTargets targets,
            @Value("${socialpsych.reporting.suppress-below:5}") int suppressBelow,
            @Value("${socialpsych.reporting.at-risk-margin:0.1}") double atRiskMargin) {
        this.targets = targets;
        this.mongo = mongo;
        this.directory = directory;
        this.timeline = timeline;
        this.indicators = indicators;
        this.calculator = new KpiCalculator(suppressBelow, atRiskMargin);
        this.defaultSegment = null;
    }

    public Mono<KpiTable> query(String areaCode, String periodLabel, List<String> codes, PlatformPrincipal user) {
        return query(areaCode, periodLabel, codes, null, user);
    }

    /**
     * @param segment a population segment (e.g. {@code students}): targets for that segment apply where
     *                an indicator has one (most specific target wins), the general ones elsewhere
     */
    public Mono<KpiTable> query(String areaCode, String periodLabel, List<String> codes, String segment,
            PlatformPrincipal user) {
        if (segment != null && !segment.matches("[A-Za-z0-9_-]{1,40}")) {
            return Mono.error(new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST, "invalid-segment",
                    "Invalid segment", "segment must be 1-40 of A-Z, a-z, 0-9, _ and -", Map.of()));
        }
        return current().then(Mono.defer(() -> queryCurrent(areaCode, periodLabel, codes, segment, user)));
    }

    /** Makes indicator definitions and area targets current (each one small read unless another replica changed them). */
    public Mono<Void> current() {
        return indicators.current().then(targets == null ? Mono.empty() : targets.current().then());
    }

    /** The targets in force as last loaded (after {@link #current()}). */
    public org.socialpsych.reporting.targets.domain.TargetBook targets() {
        return targets == null ? org.socialpsych.reporting.targets.domain.TargetBook.EMPTY : targets.book();
    }

    private Double target(IndicatorDefinition d, AreaEntry area, Periods p, String segment) {
        return targets().targetFor(d, area.path(), p.year(),
                org.socialpsych.reporting.targets.domain.TargetBook.periodEnd(p.lastMonth()), segment);
    }

    private Mono<KpiTable> queryCurrent(String areaCode, String periodLabel, List<String> codes, String segment,
            PlatformPrincipal user) {
        Periods p;
        List<IndicatorDefinition> defs;
        try {
            p = period(periodLabel);
            defs = definitions(codes);
        } catch (ApiException e) {
            return Mono.error(e);
        }
        return visibleArea(areaCode, user)
                .flatMap(area -> published(area, p, segment).map(t -> new KpiTable(p.label(),
                        select(t.entry(area.code()), t.rows().get(area.code()), defs),
                        t.tree().children(area.code()).stream()
                                .map(c -> select(t.entry(c), t.rows().get(c), defs)).toList())));
    }

    /** A published table: the area's row and its children's, after disclosure control. */
    record Published(RegionTree tree, Map<String, List<Kpi>> rows) {
        AreaEntry entry(String code) {
            return tree.entries.get(code);
        }
    }

    /**
     * The published rows of the area and its children for a period: raw figures of every area of the
     * disclosure-control region (for all indicators), then primary and complementary suppression.
     */
    Mono<Published> published(AreaEntry area, Periods p, String segment) {
        List<IndicatorDefinition> all = List.copyOf(indicators.all());
        return regionTree(area, p.lastMonth()).flatMap(tree -> {
            Set<String> region = DisclosureControl.region(tree, area.code());
            return cells(new ArrayList<>(region), p).map(cells -> {
                Map<String, List<Kpi>> raw = new HashMap<>();
                for (String code : region) {
                    raw.put(code, row(tree.entries.get(code), cells, p, all, segment).kpis());
                }
                return new Published(tree, new DisclosureControl(calculator.suppressBelow(), all)
                        .publish(tree, area.code(), raw));
            });
        });
    }

    /** The raw (unsuppressed) figures of one area for a period, every indicator: kept in reports, never served. */
    public Mono<List<Kpi>> rawRow(AreaEntry area, Periods p) {
        return current().then(Mono.defer(() -> {
            List<IndicatorDefinition> all = List.copyOf(indicators.all());
            return cells(List.of(area.code()), p).map(cells -> row(area, cells, p, all, defaultSegment).kpis());
        }));
    }

    /**
     * A table rolled up from frozen child figures (approved reports) instead of live cells: each
     * indicator's numerator and denominator are the sums of the children's (population denominators
     * are the area's own; medians cannot be summed and show no data), then the same disclosure
     * control as a live table (the children as leaves).
     */
    public RolledUp rollUp(AreaEntry area, Periods p, List<AreaEntry> children, Map<String, List<Kpi>> childRaw) {
        List<IndicatorDefinition> all = List.copyOf(indicators.all());
        Map<String, Long> nums = new HashMap<>();
        Map<String, Long> dens = new HashMap<>();
        for (List<Kpi> row : childRaw.values()) {
            for (Kpi k : row) {
                if (k.numerator() != null) {
                    nums.merge(k.indicator(), k.numerator(), Long::sum);
                }
                if (k.denominator() != null) {
                    dens.merge(k.indicator(), k.denominator(), Long::sum);
                }
            }
        }
        List<Kpi> mine = new ArrayList<>();
        for (IndicatorDefinition d : all) {
            Double target = target(d, area, p, defaultSegment);
            Long den = d.denominator() == null ? null : "AREA_POPULATION".equals(d.denominator())
                    ? (area.population() == null ? 0L : area.population()) : dens.getOrDefault(d.code(), 0L);
            if (d.numerator().startsWith("median:")) {
                mine.add(calculator.computeRaw(d, 0, 0L, target));
            } else {
                mine.add(calculator.computeRaw(d, nums.getOrDefault(d.code(), 0L), den, target));
            }
        }
        // the report's own table only: the area as the root, its children as leaves
        RegionTree tree = new RegionTree();
        tree.entries.put(area.code(), at(area, area.code(), null, List.of(area.code())));
        List<String> codes = new ArrayList<>();
        Map<String, List<Kpi>> raw = new HashMap<>();
        raw.put(area.code(), mine);
        for (AreaEntry c : children) {
            tree.entries.put(c.code(), at(c, c.code(), area.code(), List.of(area.code(), c.code())));
            tree.children.put(c.code(), List.of());
            codes.add(c.code());
            raw.put(c.code(), childRaw.getOrDefault(c.code(), zeros(all)));
        }
        tree.children.put(area.code(), codes);
        Map<String, List<Kpi>> published = new DisclosureControl(calculator.suppressBelow(), all)
                .publish(tree, area.code(), raw);
        List<IndicatorDefinition> defs = all;
        KpiTable table = new KpiTable(p.label(), select(area, published.get(area.code()), defs),
                children.stream().map(c -> select(c, published.get(c.code()), defs)).toList());
        return new RolledUp(table, mine);
    }

    private List<Kpi> zeros(List<IndicatorDefinition> all) {
        List<Kpi> out = new ArrayList<>();
        for (IndicatorDefinition d : all) {
            out.add(new Kpi(d.code(), null, null, null, null, KpiCalculator.Status.NO_DATA));
        }
        return out;
    }

    /** A rolled-up table and the area's raw figures (for its own parent's roll-up). */
    public record RolledUp(KpiTable table, List<Kpi> raw) {
    }

    private static AreaKpis select(AreaEntry area, List<Kpi> row, List<IndicatorDefinition> defs) {
        Map<String, Kpi> byCode = new HashMap<>();
        row.forEach(k -> byCode.put(k.indicator(), k));
        List<Kpi> out = new ArrayList<>();
        for (IndicatorDefinition d : defs) {
            Kpi k = byCode.get(d.code());
            if (k != null) {
                out.add(k);
            }
        }
        return new AreaKpis(area.code(), area.name(), area.level(), out);
    }

    /** The part of the area tree disclosure control reads, as it stood at the end of the period. */
    static final class RegionTree implements DisclosureControl.Tree {
        final Map<String, AreaEntry> entries = new HashMap<>();
        final Map<String, List<String>> children = new HashMap<>();

        @Override
        public List<String> path(String code) {
            return entries.get(code).path();
        }

        @Override
        public List<String> children(String code) {
            List<String> kids = children.get(code);
            if (kids == null) {
                throw new IllegalStateException("Children of " + code + " were not loaded");
            }
            return kids;
        }
    }

    private Mono<RegionTree> regionTree(AreaEntry area, String month) {
        RegionTree tree = new RegionTree();
        return timeline.chain(area.code(), month, area.path()).flatMap(path -> directory.byCodes(path).collectList()
                .flatMap(ancestors -> {
                    Map<String, AreaEntry> known = new HashMap<>();
                    ancestors.forEach(a -> known.put(a.code(), a));
                    known.put(area.code(), area);
                    for (int i = 0; i < path.size(); i++) {
                        AreaEntry e = known.get(path.get(i));
                        tree.entries.put(path.get(i), at(e, path.get(i), i == 0 ? null : path.get(i - 1),
                                path.subList(0, i + 1)));
                    }
                    return expand(tree, path, month);
                }))
                .flatMap(groups -> expand(tree, groups.stream().filter(c -> !tree.children.containsKey(c)).toList(),
                        month))
                .flatMap(layer -> chains(tree, month))
                .thenReturn(tree);
    }

    /** An area as it stood in the period: its path then (name, level and population as known now). */
    private static AreaEntry at(AreaEntry e, String code, String parent, List<String> path) {
        return e == null ? new AreaEntry(code, null, null, parent, List.copyOf(path), null, null, null, 0)
                : new AreaEntry(code, e.name(), e.level(), parent, List.copyOf(path), e.population(), e.urban(),
                        e.validFrom(), e.aggregateVersion());
    }

    /** Loads the children of the given areas (as of the month); emits the codes of the children found. */
    private Mono<List<String>> expand(RegionTree tree, List<String> parents, String month) {
        if (parents.isEmpty()) {
            return Mono.just(List.of());
        }
        return timeline.childrenAt(parents, month).flatMap(childToParent -> directory.byCodes(childToParent.keySet())
                .collectMap(AreaEntry::code, e -> e).map(entries -> {
                    parents.forEach(c -> tree.children.put(c, new ArrayList<>()));
                    List<String> found = new ArrayList<>(new java.util.TreeSet<>(childToParent.keySet()));
                    for (String c : found) {
                        String parent = childToParent.get(c);
                        List<String> path = new ArrayList<>(tree.entries.get(parent).path());
                        path.add(c);
                        tree.entries.put(c, at(entries.get(c), c, parent, path));
                        tree.children.get(parent).add(c);
                    }
                    return found;
                }));
    }

    /** Follows single-child chains until every area with one child has its child's children loaded. */
    private Mono<Void> chains(RegionTree tree, String month) {
        List<String> next = new ArrayList<>();
        for (List<String> kids : tree.children.values()) {
            if (kids.size() == 1 && !tree.children.containsKey(kids.get(0))) {
                next.add(kids.get(0));
            }
        }
        return next.isEmpty() ? Mono.empty() : expand(tree, next, month).then(Mono.defer(() -> chains(tree, month)));
    }

    /** The period of a request, or a 400 problem ({@code 2026-13}, {@code Nov}, {@code 2026-Q5} …). */
    public static Periods period(String label) {
        try {
            return Periods.parse(label);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST, "invalid-period",
                    "Invalid period", "Period must be YYYY-MM (month 01-12), YYYY-Qn (n 1-4) or YYYY",
                    Map.of("period", String.valueOf(label)));
        }
    }

    /** The definitions named (all when none is), or a 422 problem listing the unknown codes. */
    public List<IndicatorDefinition> definitions(List<String> codes) {
        List<IndicatorDefinition> defs = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        if (codes == null || codes.isEmpty()) {
            defs.addAll(indicators.all());
        } else {
            for (String c : codes) {
                IndicatorDefinition d = indicators.get(c);
                if (d == null) {
                    unknown.add(c);
                } else {
                    defs.add(d);
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.invalid("unknown-indicator", "Unknown indicators: " + unknown,
                    Map.of("unknown", unknown));
        }
        return defs;
    }

    /** The area if it lies in the caller's view scope; an unknown and an out-of-scope area are the same 404. */
    public Mono<AreaEntry> visibleArea(String areaCode, PlatformPrincipal user) {
        return directory.get(areaCode)
                .filter(a -> user.canView(a.path()))
                .switchIfEmpty(Mono.error(ApiException.notFound("Area", areaCode)));
    }

    /** The KPIs of one area for one period (same cells, calculator and suppression as {@link #query}). */
    public Mono<AreaKpis> areaKpis(AreaEntry area, Periods p, List<IndicatorDefinition> defs) {
        return current().then(Mono.defer(() -> published(area, p, defaultSegment))).map(t -> select(area, t.rows().get(area.code()), defs));
    }

    /**
     * Metric sums per area: "flow" = the months of the period, "stock" = every registry change up
     * to the end of the period (the state as of its last month).
     */
    private Mono<Map<String, Map<String, Map<String, Long>>>> cells(List<String> areas, Periods p) {
        Set<String> months = new java.util.HashSet<>(p.months());
        return mongo.find(new Query(Criteria.where("area").in(areas).and("month").lte(p.lastMonth())), Document.class,
                        FactStore.CELLS)
                .collectList()
                .map(list -> {
                    // area -> "flow"/"stock" -> metric -> sum
                    Map<String, Map<String, Map<String, Long>>> out = new HashMap<>();
                    for (Document d : list) {
                        Map<String, Map<String, Long>> area = out.computeIfAbsent(d.getString("area"),
                                k -> new HashMap<>());
                        add(area.computeIfAbsent("stock", k -> new HashMap<>()), (Document) d.get("stock"));
                        if (months.contains(d.getString("month"))) {
                            add(area.computeIfAbsent("flow", k -> new HashMap<>()), (Document) d.get("flow"));
                        }
                    }
                    return out;
                });
    }

    private static void add(Map<String, Long> sums, Document metrics) {
        if (metrics != null) {
            metrics.forEach((k, v) -> sums.merge(k, ((Number) v).longValue(), Long::sum));
        }
    }

    private AreaKpis row(AreaEntry area, Map<String, Map<String, Map<String, Long>>> cells, Periods p,
            List<IndicatorDefinition> defs, String segment) {
        Map<String, Map<String, Long>> mine = cells.getOrDefault(area.code(), Map.of());
        List<Kpi> kpis = new ArrayList<>();
        for (IndicatorDefinition d : defs) {
            Map<String, Long> sums = mine.getOrDefault(d.stock() ? "stock" : "flow", Map.of());
            if (d.numerator().startsWith("median:")) {
                kpis.add(median(d, sums, area, p, segment));
                continue;
            }
            long num = sums.getOrDefault(d.numerator(), 0L);
            Long den = null;
            if (d.denominator() != null) {
                if ("AREA_POPULATION".equals(d.denominator())) {
                    den = area.population() == null ? 0L : area.population();
                } else {
                    // denominators of flow indicators may be stock (e.g. villages) or flow
                    Long flowDen = mine.getOrDefault("flow", Map.of()).get(d.denominator());
                    Long stockDen = mine.getOrDefault("stock", Map.of()).get(d.denominator());
                    den = d.stock() ? (stockDen == null ? 0L : stockDen)
                            : (flowDen != null ? flowDen : stockDen == null ? 0L : stockDen);
                }
            }
            Double target = target(d, area, p, segment);
            kpis.add(calculator.computeRaw(d, num, den, target));
        }
        return new AreaKpis(area.code(), area.name(), area.level(), kpis);
    }

    /** Median from cumulative buckets {@code <prefix><upperBound>}: the first bound holding half the cases. */
    private Kpi median(IndicatorDefinition d, Map<String, Long> sums, AreaEntry area, Periods p, String segment) {
        String prefix = d.numerator().substring("median:".length());
        long total = sums.getOrDefault(d.denominator(), 0L);
        Double target = target(d, area, p, segment);
        if (total == 0) {
            return calculator.computeRaw(d, 0, 0L, target);
        }
        long value = FactProjector.CONTACT_BUCKETS[FactProjector.CONTACT_BUCKETS.length - 1] + 1L;
        for (int b : FactProjector.CONTACT_BUCKETS) {
            if (sums.getOrDefault(prefix + b, 0L) * 2 >= total) {
                value = b;
                break;
            }
        }
        Kpi raw = calculator.computeRaw(d, value, null, target);
        return new Kpi(raw.indicator(), raw.value(), null, total, target, raw.status());
    }

    public Set<String> knownIndicators() {
        Set<String> s = new java.util.TreeSet<>();
        indicators.all().forEach(d -> s.add(d.code()));
        return s;
    }
}
