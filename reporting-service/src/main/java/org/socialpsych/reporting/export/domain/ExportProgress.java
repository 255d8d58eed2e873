package org.socialpsych.reporting.export.domain;

/**
 * Progress of one export run in work units (areas × periods). Counts units done, answers the
 * percent a client sees, and decides when progress is worth persisting: the first and the last
 * unit always, otherwise at most once per interval, so a long job does not write once per unit yet
 * never goes quiet long enough to lose its lease.
 */
public final class ExportProgress {

    private final long total;
    private final long minIntervalMillis;
    private long done;
    private long lastReportedAt;
    private boolean reported;

    public ExportProgress(long total, long minIntervalMillis) {
        if (total < 0 || minIntervalMillis < 0) {
            throw new IllegalArgumentException("total and interval must not be negative");
        }
        this.total = total;
        this.minIntervalMillis = minIntervalMillis;
    }

    /** Units of an export over {@code areas} areas and {@code periods} periods. */
    public static long units(int areas, int periods) {
        if (areas < 0 || periods < 0) {
            throw new IllegalArgumentException("areas and periods must not be negative");
        }
        return Math.multiplyExact((long) areas, (long) periods);
    }

    /** Whole percent done, never above 100; an empty or unknown total is 0 %. */
    public static int percent(long done, long total) {
        if (total <= 0 || done <= 0) {
            return 0;
        }
        return (int) Math.min(100, done * 100 / total);
    }

    /**
     * Marks one more unit done at {@code nowMillis}; true when the caller should persist progress now.
     *
     * @throws IllegalStateException when every unit is already done (a unit counted twice)
     */
    public boolean advance(long nowMillis) {
        if (done >= total) {
            throw new IllegalStateException("All " + total + " units are already done");
        }
        done++;
        boolean due = !reported || done == total || nowMillis - lastReportedAt >= minIntervalMillis;
        if (due) {
            reported = true;
            lastReportedAt = nowMillis;
        }
        return due;
    }

    public long done() {
        return done;
    }

    public long total() {
        return total;
    }

    public int percent() {
        return percent(done, total);
    }

    public boolean complete() {
        return done == total;
    }
}
