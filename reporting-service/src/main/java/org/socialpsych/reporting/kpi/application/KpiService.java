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
import org.socialpsych.reporting.area.application.AreaDirectory.AreaEntry;
import org.socialpsych.reporting.fact.application.FactProjector;
import org.socialpsych.reporting.fact.infra.CellMaterializer;
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
    private final IndicatorRegistry indicators;
    private final KpiCalculator calculator;
    private final String defaultSegment;

    public KpiService(ReactiveMongoTemplate mongo, AreaDirectory directory, IndicatorRegistry indicators,
            @Value("${socialpsych.reporting.suppress-below:5}") int suppressBelow,
            @Value("${socialpsych.reporting.at-risk-margin:0.1}") double atRiskMargin) {
        this.mongo = mongo;
        this.directory = directory;
        this.indicators = indicators;
        this.calculator = new KpiCalculator(suppressBelow, atRiskMargin);
        this.defaultSegment = null;
    }

    public Mono<KpiTable> query(String areaCode, String periodLabel, List<String> codes, PlatformPrincipal user) {
        Periods p;
        List<IndicatorDefinition> defs;
        try {
            p = period(periodLabel);
            defs = definitions(codes);
        } catch (ApiException e) {
            return Mono.error(e);
        }
        return visibleArea(areaCode, user)
                .flatMap(area -> published(area, p).map(t -> new KpiTable(p.label(),
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
    Mono<Published> published(AreaEntry area, Periods p) {
        List<IndicatorDefinition> all = List.copyOf(indicators.all());
        return regionTree(area).flatMap(tree -> {
            Set<String> region = DisclosureControl.region(tree, area.code());
            return cells(new ArrayList<>(region), cellPeriods(p)).map(cells -> {
                Map<String, List<Kpi>> raw = new HashMap<>();
                for (String code : region) {
                    raw.put(code, row(tree.entries.get(code), cells, p, all).kpis());
                }
                return new Published(tree, new DisclosureControl(calculator.suppressBelow(), all)
                        .publish(tree, area.code(), raw));
            });
        });
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

    /** The part of the area tree disclosure control reads, loaded level by level. */
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

        void addChildren(Collection<String> parents, List<AreaEntry> found) {
            parents.forEach(c -> children.put(c, new ArrayList<>()));
            found.sort(Comparator.comparing(AreaEntry::code));
            for (AreaEntry e : found) {
                entries.put(e.code(), e);
                children.get(e.parentCode()).add(e.code());
            }
        }
    }

    private Mono<RegionTree> regionTree(AreaEntry area) {
        RegionTree tree = new RegionTree();
        List<String> path = area.path();
        return directory.byCodes(path).collectList().flatMap(ancestors -> {
            ancestors.forEach(a -> tree.entries.put(a.code(), a));
            tree.entries.put(area.code(), area);
            return expand(tree, path);
        }).flatMap(groups -> expand(tree, groups.stream().filter(c -> !path.contains(c)).toList()))
                .flatMap(layer -> chains(tree))
                .thenReturn(tree);
    }

    /** Loads the children of the given areas; emits the codes of the children found. */
    private Mono<List<String>> expand(RegionTree tree, List<String> parents) {
        if (parents.isEmpty()) {
            return Mono.just(List.of());
        }
        return directory.childrenOf(parents).collectList().map(found -> {
            tree.addChildren(parents, found);
            return found.stream().map(AreaEntry::code).toList();
        });
    }

    /** Follows single-child chains until every area with one child has its child's children loaded. */
    private Mono<Void> chains(RegionTree tree) {
        List<String> next = new ArrayList<>();
        for (List<String> kids : tree.children.values()) {
            if (kids.size() == 1 && !tree.children.containsKey(kids.get(0))) {
                next.add(kids.get(0));
            }
        }
        return next.isEmpty() ? Mono.empty() : expand(tree, next).then(Mono.defer(() -> chains(tree)));
    }

    /** The period of a request, or a 422 problem. */
    public static Periods period(String label) {
        try {
            return Periods.parse(label);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("invalid-period", e.getMessage(), Map.of());
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
        return published(area, p).map(t -> select(area, t.rows().get(area.code()), defs));
    }

    private static List<String> cellPeriods(Periods p) {
        List<String> periods = new ArrayList<>(p.months());
        periods.add(FactProjector.STOCK);
        return periods;
    }

    private Mono<Map<String, Map<String, Map<String, Long>>>> cells(List<String> areas, List<String> periods) {
        return mongo.find(new Query(Criteria.where("area").in(areas).and("period").in(periods)), Document.class,
                        CellMaterializer.CELLS)
                .collectList()
                .map(list -> {
                    // area -> "flow"/"stock" -> metric -> sum
                    Map<String, Map<String, Map<String, Long>>> out = new HashMap<>();
                    for (Document d : list) {
                        String kind = FactProjector.STOCK.equals(d.getString("period")) ? "stock" : "flow";
                        Map<String, Long> sums = out.computeIfAbsent(d.getString("area"), k -> new HashMap<>())
                                .computeIfAbsent(kind, k -> new HashMap<>());
                        Document m = (Document) d.get("metrics");
                        if (m != null) {
                            m.forEach((k, v) -> sums.merge(k, ((Number) v).longValue(), Long::sum));
                        }
                    }
                    return out;
                });
    }

    private AreaKpis row(AreaEntry area, Map<String, Map<String, Map<String, Long>>> cells, Periods p,
            List<IndicatorDefinition> defs) {
        Map<String, Map<String, Long>> mine = cells.getOrDefault(area.code(), Map.of());
        List<Kpi> kpis = new ArrayList<>();
        for (IndicatorDefinition d : defs) {
            Map<String, Long> sums = mine.getOrDefault(d.stock() ? "stock" : "flow", Map.of());
            if (d.numerator().startsWith("median:")) {
                kpis.add(median(d, sums, area, p));
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
            Double target = d.targetFor(area.path(), p.year(), defaultSegment);
            kpis.add(calculator.computeRaw(d, num, den, target));
        }
        return new AreaKpis(area.code(), area.name(), area.level(), kpis);
    }

    /** Median from cumulative buckets {@code <prefix><upperBound>}: the first bound holding half the cases. */
    private Kpi median(IndicatorDefinition d, Map<String, Long> sums, AreaEntry area, Periods p) {
        String prefix = d.numerator().substring("median:".length());
        long total = sums.getOrDefault(d.denominator(), 0L);
        Double target = d.targetFor(area.path(), p.year(), defaultSegment);
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
