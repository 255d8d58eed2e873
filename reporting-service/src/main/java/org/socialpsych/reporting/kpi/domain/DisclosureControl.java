package org.socialpsych.reporting.kpi.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.socialpsych.reporting.kpi.domain.KpiCalculator.Kpi;

/**
 * Disclosure control of published KPI tables: primary suppression of person-based cells with a base
 * in (0, suppressBelow), and complementary (secondary) suppression so that no hidden count can be
 * recovered from any combination of published figures.
 *
 * <p>The unit hidden is a <b>suppression group</b> of one area's row: the metrics linked by
 * indicators (an indicator's numerator and denominator belong to one group; groups are the connected
 * components over all indicator definitions). A group is shown or hidden as a whole in a row, so no
 * row shows a count that another row of the same area hides (rows sharing a base).
 *
 * <p>Across areas every metric obeys {@code parent = own + Σ children}. The rule: in every such
 * equation, for every group, the number of hidden cells among the parent and its children is 0 or at
 * least 2. The equations form a tree (an area is a child in its parent's equation and the parent in
 * its own), so with at least two unknowns in each no single unknown is determined, even when the own
 * remainder is known to the reader. The decisions are made so that every area gets the same status
 * in every table it appears in (as a child in its parent's table, as the head of its own, in exports):
 * <ol>
 *   <li>primary: a person-based indicator with a base in (0, suppressBelow) hides its group;</li>
 *   <li>an area with exactly one child hides what that child hides (bottom-up along single-child chains);</li>
 *   <li>top-down along the path of the table's area: where a parent's equation holds exactly one hidden
 *   cell, the visible child with the smallest count of that group (then the smallest code) is hidden too.</li>
 * </ol>
 * Step 3 only ever depends on the path from the root, the children of each area on it, and the
 * single-child chains below those — {@link #region} — so a table is computed from that region alone.
 */
public final class DisclosureControl {

    /** The area tree as far as the algorithm reads it. */
    public interface Tree {
        /** Root … code. */
        List<String> path(String code);

        /** Every child of the area (sorted); may throw for an area outside the loaded region. */
        List<String> children(String code);
    }

    private final int suppressBelow;
    private final Map<String, IndicatorDefinition> byCode = new HashMap<>();
    /** indicator code → group number. */
    private final Map<String, Integer> groupOf = new HashMap<>();
    private final int groups;

    /**
     * @param definitions every indicator definition (not only the requested ones: the groups and the
     *                    decisions must not depend on which indicators a caller asked for)
     */
    public DisclosureControl(int suppressBelow, List<IndicatorDefinition> definitions) {
        this.suppressBelow = suppressBelow;
        definitions.forEach(d -> byCode.put(d.code(), d));
        Map<String, String> parent = new HashMap<>();
        for (IndicatorDefinition d : definitions) {
            List<String> ms = metrics(d);
            for (String m : ms) {
                parent.putIfAbsent(m, m);
            }
            for (int i = 1; i < ms.size(); i++) {
                union(parent, ms.get(0), ms.get(i));
            }
        }
        Map<String, Integer> number = new TreeMap<>();
        for (String m : new TreeSet<>(parent.keySet())) {
            number.putIfAbsent(find(parent, m), number.size());
        }
        for (IndicatorDefinition d : definitions) {
            List<String> ms = metrics(d);
            groupOf.put(d.code(), ms.isEmpty() ? -1 : number.get(find(parent, ms.get(0))));
        }
        this.groups = number.size();
    }

    /** The published metrics of an indicator: its numerator and its denominator when they are metrics. */
    public static List<String> metrics(IndicatorDefinition d) {
        List<String> out = new ArrayList<>();
        if (d.numerator() != null && !d.numerator().startsWith("median:")) {
            out.add(d.numerator());
        }
        if (d.denominator() != null && !"AREA_POPULATION".equals(d.denominator())) {
            out.add(d.denominator());
        }
        return out;
    }

    private static String find(Map<String, String> parent, String m) {
        String p = parent.get(m);
        while (!p.equals(parent.get(p))) {
            p = parent.get(p);
        }
        return p;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }

    /**
     * The areas whose rows decide the statuses in the table of {@code area} (the area and its
     * children): the path from the root, every child of an area on the path, and the single-child
     * chains below those. {@link Tree#children} is asked for each of them.
     */
    public static Set<String> region(Tree tree, String area) {
        Set<String> out = new LinkedHashSet<>();
        List<String> path = tree.path(area);
        out.addAll(path);
        for (String p : path) {
            out.addAll(tree.children(p));
        }
        List<String> todo = new ArrayList<>(out);
        while (!todo.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String n : todo) {
                List<String> kids = tree.children(n);
                if (kids.size() == 1 && out.add(kids.get(0))) {
                    next.add(kids.get(0));
                }
            }
            todo = next;
        }
        return out;
    }

    /**
     * Applies primary and complementary suppression to the table of {@code area}.
     *
     * @param rows raw (unsuppressed) KPIs of every area of {@link #region}, for all definitions
     * @return the published rows of the area and of each of its children (hidden KPIs SUPPRESSED)
     */
    public Map<String, List<Kpi>> publish(Tree tree, String area, Map<String, List<Kpi>> rows) {
        Map<String, Set<Integer>> hidden = hidden(tree, area, rows);
        Map<String, List<Kpi>> out = new TreeMap<>();
        List<String> table = new ArrayList<>();
        table.add(area);
        table.addAll(tree.children(area));
        for (String code : table) {
            Set<Integer> h = hidden.getOrDefault(code, Set.of());
            List<Kpi> published = new ArrayList<>();
            for (Kpi k : rows.getOrDefault(code, List.of())) {
                Integer g = groupOf.get(k.indicator());
                published.add(g != null && h.contains(g) ? suppressed(k) : k);
            }
            out.put(code, published);
        }
        return out;
    }

    static Kpi suppressed(Kpi k) {
        return new Kpi(k.indicator(), null, null, null, k.target(), KpiCalculator.Status.SUPPRESSED);
    }

    /** Hidden groups of every area of the region (statuses of areas off the table are partial). */
    Map<String, Set<Integer>> hidden(Tree tree, String area, Map<String, List<Kpi>> rows) {
        Set<String> region = region(tree, area);
        Map<String, Set<Integer>> hidden = new HashMap<>();
        // 1. primary
        for (String code : region) {
            Set<Integer> h = new HashSet<>();
            for (Kpi k : rows.getOrDefault(code, List.of())) {
                IndicatorDefinition d = definition(k.indicator());
                if (d == null || !d.personBased()) {
                    continue;
                }
                long base = base(d, k);
                if (base > 0 && base < suppressBelow) {
                    h.add(groupOf.get(d.code()));
                }
            }
            hidden.put(code, h);
        }
        // 2. single-child chains, deepest first
        List<String> byDepth = new ArrayList<>(region);
        byDepth.sort(Comparator.comparingInt((String c) -> -tree.path(c).size()).thenComparing(c -> c));
        for (String code : byDepth) {
            List<String> kids = tree.children(code);
            if (kids.size() == 1) {
                hidden.get(code).addAll(hidden.getOrDefault(kids.get(0), Set.of()));
            }
        }
        // 3. top-down along the path: no equation with exactly one hidden cell
        for (String p : tree.path(area)) {
            List<String> kids = tree.children(p);
            if (kids.isEmpty()) {
                continue;
            }
            for (int g = 0; g < groups; g++) {
                int count = hidden.get(p).contains(g) ? 1 : 0;
                for (String k : kids) {
                    if (hidden.get(k).contains(g)) {
                        count++;
                    }
                }
                if (count != 1) {
                    continue;
                }
                final int group = g;
                String complement = kids.stream().filter(k -> !hidden.get(k).contains(group))
                        .min(Comparator.comparingLong((String k) -> size(rows.get(k), group)).thenComparing(k -> k))
                        .orElse(p); // only with a single child: the parent hides it (never reached after step 2)
                hidden.get(complement).add(g);
            }
        }
        return hidden;
    }

    /** The base of a person-based figure: the denominator when it is a metric, else the numerator. */
    static long base(IndicatorDefinition d, Kpi k) {
        boolean metricDenominator = d.denominator() != null && !"AREA_POPULATION".equals(d.denominator());
        Long b = metricDenominator || d.numerator().startsWith("median:") ? k.denominator() : k.numerator();
        return b == null ? 0 : b;
    }

    /** The largest count a group publishes in a row: how much a complement cell hides. */
    private long size(List<Kpi> row, int group) {
        long max = 0;
        if (row != null) {
            for (Kpi k : row) {
                if (Integer.valueOf(group).equals(groupOf.get(k.indicator()))) {
                    max = Math.max(max, Math.max(k.numerator() == null ? 0 : k.numerator(),
                            k.denominator() == null || "AREA_POPULATION".equals(denominatorOf(k)) ? 0
                                    : k.denominator()));
                }
            }
        }
        return max;
    }

    private String denominatorOf(Kpi k) {
        IndicatorDefinition d = definition(k.indicator());
        return d == null ? null : d.denominator();
    }

    private IndicatorDefinition definition(String code) {
        return byCode.get(code);
    }

    /** The suppression group of an indicator (-1: publishes no metric). */
    public int groupOf(String indicator) {
        return groupOf.getOrDefault(indicator, -1);
    }
}
