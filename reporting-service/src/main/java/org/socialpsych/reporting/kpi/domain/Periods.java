package org.socialpsych.reporting.kpi.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reporting periods: a month {@code 2026-11}, a quarter {@code 2026-Q4} or a year {@code 2026}. */
public record Periods(String label, int year, List<String> months) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public static Periods parse(String label) {
        Matcher m = MONTH.matcher(label);
        if (m.matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new Periods(label, ym.getYear(), List.of(ym.toString()));
        }
        m = QUARTER.matcher(label);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int q = Integer.parseInt(m.group(2));
            List<String> months = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                months.add(YearMonth.of(year, (q - 1) * 3 + i).toString());
            }
            return new Periods(label, year, months);
        }
        m = YEAR.matcher(label);
        if (m.matches()) {
            int year = Integer.parseInt(label);
            List<String> months = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                months.add(YearMonth.of(year, i).toString());
            }
            return new Periods(label, year, months);
        }
        throw new IllegalArgumentException("Period must be YYYY-MM, YYYY-Qn or YYYY: " + label);
    }

    public String lastMonth() {
        return months.get(months.size() - 1);
    }
}
