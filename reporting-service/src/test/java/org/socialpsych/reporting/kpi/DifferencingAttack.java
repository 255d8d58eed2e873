package org.socialpsych.reporting.kpi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.socialpsych.reporting.kpi.domain.DisclosureControl;
import org.socialpsych.reporting.kpi.domain.IndicatorDefinition;
import org.socialpsych.reporting.kpi.domain.KpiCalculator.Kpi;
import org.socialpsych.reporting.kpi.domain.KpiCalculator.Status;

import tools.jackson.databind.JsonNode;

/**
 * A hostile reader of published KPI tables: for every metric it tries row against row (the same
 * count shown by one indicator of an area and hidden by another) and every parent − Σ(other
 * children) (and Σ children for a hidden parent), assuming the parent holds nothing of its own.
 * Returns every hidden count it can pin down.
 */
final class DifferencingAttack {

    private final Map<String, IndicatorDefinition> defs = new HashMap<>();
    /** area → indicator → published figure (the union of every table read). */
    private final Map<String, Map<String, Kpi>> published = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final List<String> inconsistencies = new ArrayList<>();

    DifferencingAttack(List<IndicatorDefinition> definitions) {
        definitions.forEach(d -> defs.put(d.code(), d));
    }

    /** Reads one published table (area + children) as the KPI API serves it. */
    void readTable(JsonNode table) {
        String parent = table.get("area").get("areaCode").asString();
        readRow(table.get("area"));
        List<String> kids = new ArrayList<>();
        for (JsonNode child : table.get("children")) {
            kids.add(child.get("areaCode").asString());
            readRow(child);
        }
        children.put(parent, kids);
    }

    private void readRow(JsonNode row) {
        Map<String, Kpi> kpis = new HashMap<>();
        for (JsonNode k : row.get("kpis")) {
            kpis.put(k.get("indicator").asString(), new Kpi(k.get("indicator").asString(), dbl(k.get("value")),
                    lng(k.get("numerator")), lng(k.get("denominator")), null,
                    Status.valueOf(k.get("status").asString())));
        }
        readRow(row.get("areaCode").asString(), kpis);
    }

    /** Reads one table exported as CSV (the area's rows first, then each child's). */
    void readCsvTable(String csv) {
        Map<String, Map<String, Kpi>> rows = new java.util.LinkedHashMap<>();
        String[] lines = csv.replace("\uFEFF", "").split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            String[] c = lines[i].split(",", -1);
            if (c.length < 11) {
                continue;
            }
            Status status = switch (c[9]) {
                case "已达标" -> Status.MET;
                case "接近目标" -> Status.AT_RISK;
                case "未达标" -> Status.MISSED;
                case "无目标" -> Status.NO_TARGET;
                case "样本过小不予显示" -> Status.SUPPRESSED;
                default -> Status.NO_DATA;
            };
            rows.computeIfAbsent(c[0], k -> new HashMap<>()).put(c[3], new Kpi(c[3], c[5].isEmpty() ? null
                    : Double.parseDouble(c[5]), c[6].isEmpty() ? null : Long.parseLong(c[6]),
                    c[7].isEmpty() ? null : Long.parseLong(c[7]), null, status));
        }
        List<String> areas = new ArrayList<>(rows.keySet());
        children.put(areas.get(0), areas.subList(1, areas.size()));
        rows.forEach(this::readRow);
    }

    void readTable(String parent, List<String> kids, Map<String, List<Kpi>> rows) {
        children.put(parent, List.copyOf(kids));
        rows.forEach((area, list) -> {
            Map<String, Kpi> kpis = new HashMap<>();
            list.forEach(k -> kpis.put(k.indicator(), k));
            readRow(area, kpis);
        });
    }

    private void readRow(String area, Map<String, Kpi> kpis) {
        Map<String, Kpi> before = published.putIfAbsent(area, kpis);
        if (before != null && !same(before, kpis)) {
            inconsistencies.add(area + " differs between tables: " + before + " vs " + kpis);
        }
    }

    private static boolean same(Map<String, Kpi> a, Map<String, Kpi> b) {
        for (String code : a.keySet()) {
            Kpi x = a.get(code);
            Kpi y = b.get(code);
            if (y == null || x.status() != y.status() || !java.util.Objects.equals(x.numerator(), y.numerator())
                    || !java.util.Objects.equals(x.denominator(), y.denominator())) {
                return false;
            }
        }
        return true;
    }

    /** Every hidden count the attack pins down (empty = the tables are safe), plus table inconsistencies. */
    List<String> attack() {
        List<String> found = new ArrayList<>(inconsistencies);
        Set<String> metrics = new TreeSet<>();
        defs.values().forEach(d -> metrics.addAll(DisclosureControl.metrics(d)));
        // row against row
        for (var area : published.entrySet()) {
            for (String m : metrics) {
                if (hiddenSomewhere(area.getValue(), m) && shown(area.getValue(), m) != null) {
                    found.add("row-vs-row: " + area.getKey() + " " + m + " = " + shown(area.getValue(), m));
                }
            }
        }
        // parent − Σ(other children), Σ children for the parent
        for (var eq : children.entrySet()) {
            if (eq.getValue().isEmpty()) {
                continue;
            }
            for (String m : metrics) {
                List<String> unknown = new ArrayList<>();
                long parent = 0;
                long others = 0;
                Long p = value(eq.getKey(), m);
                if (p == null) {
                    unknown.add(eq.getKey());
                } else {
                    parent = p;
                }
                for (String c : eq.getValue()) {
                    Long v = value(c, m);
                    if (v == null) {
                        unknown.add(c);
                    } else {
                        others += v;
                    }
                }
                if (unknown.size() == 1) {
                    String who = unknown.get(0);
                    long recovered = who.equals(eq.getKey()) ? others : parent - others;
                    found.add("differencing: " + who + " " + m + " = " + recovered + " (from " + eq.getKey()
                            + " and its children)");
                }
            }
        }
        return found;
    }

    /** The count of a metric an area's row shows, or null when no figure of that row shows it. */
    private Long value(String area, String m) {
        Map<String, Kpi> row = published.get(area);
        return row == null ? null : shown(row, m);
    }

    private Long shown(Map<String, Kpi> row, String m) {
        for (Kpi k : row.values()) {
            IndicatorDefinition d = defs.get(k.indicator());
            if (d == null || k.status() == Status.SUPPRESSED) {
                continue;
            }
            if (m.equals(d.numerator()) && k.numerator() != null) {
                return k.numerator();
            }
            if (m.equals(d.denominator()) && k.denominator() != null) {
                return k.denominator();
            }
        }
        return null;
    }

    private boolean hiddenSomewhere(Map<String, Kpi> row, String m) {
        for (Kpi k : row.values()) {
            IndicatorDefinition d = defs.get(k.indicator());
            if (d != null && k.status() == Status.SUPPRESSED && DisclosureControl.metrics(d).contains(m)) {
                return true;
            }
        }
        return false;
    }

    private static Double dbl(JsonNode n) {
        return n == null || n.isNull() ? null : n.asDouble();
    }

    private static Long lng(JsonNode n) {
        return n == null || n.isNull() ? null : n.asLong();
    }
}
