package org.socialpsych.reporting.export.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** What an export job may ask for, its life cycle, and the name of the file it produces. */
public final class ExportJobRules {

    public enum Kind {
        /** live KPIs of the area (and its subtree down to {@code depth}) for each period */
        KPI,
        /** the frozen snapshot rows of the period report of each area and period, with its status and stars */
        PERIOD_REPORT
    }

    public enum Format {
        XLSX, CSV
    }

    /** QUEUED → RUNNING → DONE | FAILED; a RUNNING job whose lease expired goes back to QUEUED. */
    public enum Status {
        QUEUED, RUNNING, DONE, FAILED
    }

    public static final int MAX_PERIODS = 36;
    public static final int MAX_DEPTH = 4;
    /** depth 1: the area and its children, like the synchronous export */
    public static final int DEFAULT_DEPTH = 1;

    private ExportJobRules() {
    }

    /** The distinct periods of a request ({@code period} and/or {@code periods}), in the order given. */
    public static List<String> periods(String period, List<String> periods) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (period != null && !period.isBlank()) {
            out.add(period.strip());
        }
        if (periods != null) {
            for (String p : periods) {
                if (p != null && !p.isBlank()) {
                    out.add(p.strip());
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("period or periods is required");
        }
        if (out.size() > MAX_PERIODS) {
            throw new IllegalArgumentException("At most " + MAX_PERIODS + " periods per export");
        }
        return new ArrayList<>(out);
    }

    /** The subtree depth below the area (0 = the area only), defaulting to the synchronous export's 1. */
    public static int depth(Integer depth, Boolean includeChildren) {
        int d = depth != null ? depth : Boolean.FALSE.equals(includeChildren) ? 0 : DEFAULT_DEPTH;
        if (d < 0 || d > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be between 0 and " + MAX_DEPTH);
        }
        return d;
    }

    public static String filename(Kind kind, Format format, String area, List<String> periods) {
        String prefix = kind == Kind.KPI ? "kpis" : "period-reports";
        String span = periods.size() == 1 ? periods.get(0) : periods.get(0) + "_" + periods.get(periods.size() - 1);
        return prefix + "-" + area + "-" + span + "." + format.name().toLowerCase(java.util.Locale.ROOT);
    }
}
