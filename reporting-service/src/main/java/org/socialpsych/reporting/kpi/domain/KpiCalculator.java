package org.socialpsych.reporting.kpi.domain;

/**
 * Turns summed metrics into a KPI value and a status against the target. Cells whose denominator is
 * positive but below the suppression threshold are suppressed: with so few people behind a figure,
 * the figure could identify them.
 */
public final class KpiCalculator {

    public enum Status {
        MET, AT_RISK, MISSED, NO_TARGET, NO_DATA, SUPPRESSED
    }

    public record Kpi(String indicator, Double value, Long numerator, Long denominator, Double target,
            Status status) {
    }

    private final int suppressBelow;
    private final double atRiskMargin;

    /**
     * @param suppressBelow denominators in (0, suppressBelow) are suppressed
     * @param atRiskMargin  relative distance to the target still counted "at risk" (0.1 = 10 %)
     */
    public KpiCalculator(int suppressBelow, double atRiskMargin) {
        this.suppressBelow = suppressBelow;
        this.atRiskMargin = atRiskMargin;
    }

    /** The figure with primary suppression of its own base (a single cell, no table context). */
    public Kpi compute(IndicatorDefinition def, long numerator, Long denominator, Double target) {
        if (def.personBased()) {
            long base = denominator != null ? denominator : numerator;
            if (base > 0 && base < suppressBelow) {
                return new Kpi(def.code(), null, null, null, target, Status.SUPPRESSED);
            }
        }
        return computeRaw(def, numerator, denominator, target);
    }

    /**
     * The figure before any suppression: published only through {@link DisclosureControl}, which
     * suppresses small cells and their complements across the table.
     */
    public Kpi computeRaw(IndicatorDefinition def, long numerator, Long denominator, Double target) {
        Double value;
        if (denominator == null) {
            value = (double) numerator * def.scale();
        } else if (denominator == 0) {
            return new Kpi(def.code(), null, numerator, denominator, target, Status.NO_DATA);
        } else {
            value = round2((double) numerator * def.scale() / denominator);
        }
        return new Kpi(def.code(), value, numerator, denominator, target, status(def, value, target));
    }

    public int suppressBelow() {
        return suppressBelow;
    }

    public Status status(IndicatorDefinition def, double value, Double target) {
        if (target == null) {
            return Status.NO_TARGET;
        }
        boolean higher = def.direction() == IndicatorDefinition.Direction.HIGHER_IS_BETTER;
        if (higher ? value >= target : value <= target) {
            return Status.MET;
        }
        double margin = Math.abs(target) * atRiskMargin;
        boolean close = higher ? value >= target - margin : value <= target + margin;
        return close ? Status.AT_RISK : Status.MISSED;
    }

    static double round2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
