package org.socialpsych.grid.area.infra;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.grid.area.domain.Area;
import org.socialpsych.grid.area.domain.AreaLevel;
import org.socialpsych.grid.area.domain.AreaVersion;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** The stored area, with its pending events (outbox) in the same document. */
@Document("areas")
public class AreaDocument {

    @Id
    public String id;
    @Indexed(unique = true)
    public String code;
    public String name;
    public AreaLevel level;
    public String parentCode;
    @Indexed
    public List<String> path;
    public Long population;
    public Boolean urban;
    public LocalDate validFrom;
    public LocalDate validTo;
    public long version;
    public Instant createdAt;
    public String createdBy;
    @Indexed(unique = true, sparse = true)
    public String idempotencyKey;
    public List<OutboxEvent> outbox = new ArrayList<>();
    /** Earlier versions (renames, moves), oldest first. */
    public List<AreaVersion> history = new ArrayList<>();
    @Indexed(sparse = true)
    public List<String> historyPaths;
    public List<String> successorCodes = new ArrayList<>();
    public List<String> predecessorCodes = new ArrayList<>();
    /** Neighbouring grids (symmetric). */
    public List<String> neighbours = new ArrayList<>();
    /** Set while the descendants of a re-parented area still carry the old path. */
    public Cascade cascade;
    /** Set on a merged grid until its residents have moved to the surviving grid. */
    public Reattribution reattribution;
    /**
     * The area's code while {@code reattribution} is pending: the periodic loop finds pending ones
     * by an anchored regex on this unique sparse index, which reads only the marked entries (a
     * query on {@code reattribution} would read every area on the embedded Mongo-wire server).
     */
    @Indexed(unique = true, sparse = true)
    public String reattributionPending;

    /**
     * A rename or re-parent dated after today: stored here and applied on its day by the leased job
     * {@code area-scheduled-changes} (until then the area, its subtree, residents and staff are as
     * they were). One pending change per area.
     */
    public PendingChange pending;
    /** The area's code while {@code pending} is set (unique sparse: the job's anchored lookup). */
    @Indexed(unique = true, sparse = true)
    public String pendingKey;
    /** The last scheduled change that could not be applied on its day, and why. */
    public PendingChange pendingFailed;

    /**
     * A scheduled change: {@code kind} RENAME (with {@code name}) or REPARENT (with
     * {@code parentCode}), from {@code effectiveFrom}; {@code failure} is set only on a change that
     * could not be applied.
     */
    public record PendingChange(String kind, String name, String parentCode, LocalDate effectiveFrom,
            String requestedBy, Instant requestedAt, String failure) {

        public PendingChange failed(String why) {
            return new PendingChange(kind, name, parentCode, effectiveFrom, requestedBy, requestedAt, why);
        }
    }

    /** Residents of this (merged) grid move to {@code intoCode} from {@code effectiveFrom}. */
    public record Reattribution(String intoCode, LocalDate effectiveFrom) {
    }

    /** A pending path change of the subtree: from the old path prefix to the new one, from a day. */
    public record Cascade(List<String> fromPath, List<String> toPath, LocalDate effectiveFrom) {
    }

    public static AreaDocument of(Area a) {
        AreaDocument d = new AreaDocument();
        d.id = a.id();
        d.code = a.code();
        d.name = a.name();
        d.level = a.level();
        d.parentCode = a.parentCode();
        d.path = new ArrayList<>(a.path());
        d.population = a.population();
        d.urban = a.urban();
        d.validFrom = a.validFrom();
        d.validTo = a.validTo();
        d.version = a.version();
        return d;
    }

    public List<AreaVersion> historyOrEmpty() {
        return history == null ? List.of() : history;
    }

    public Area toDomain() {
        return new Area(id, code, name, level, parentCode, path, population, urban, validFrom, validTo, version);
    }
}
