package org.socialpsych.grid.visit.infra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A recorded visit: event time ({@code visitedAt}) and entry time ({@code enteredAt}) kept apart;
 * grid and path as they were at the visit, so the visit stays attributed to that area after
 * merges. {@code scheduleApplied} is false until the resident's schedule was recomputed.
 */
@Document("visits")
@CompoundIndex(name = "resident_time", def = "{'residentId': 1, 'visitedAt': -1}")
@CompoundIndex(name = "worker_time", def = "{'workerId': 1, 'visitedAt': -1}")
@CompoundIndex(name = "grid_time", def = "{'gridCode': 1, 'visitedAt': -1}")
public class VisitDocument {

    @Id
    public String id;
    public String residentId;
    public String gridCode;
    @Indexed
    public List<String> gridPath = new ArrayList<>();
    public String workerId;
    public Instant visitedAt;
    public Instant enteredAt;
    public Integer durationMinutes;
    public Double latitude;
    public Double longitude;
    @Indexed(sparse = true)
    public String photoHash;
    public String note;
    public Instant dueAt;
    public Boolean onTime;
    /**
     * Whether the visit fulfilled a due item (one visit per item): false for a visit that fulfilled
     * nothing (EXTRA_VISIT); null on visits stored before this existed, which count.
     */
    public Boolean counted;
    public boolean lateEntry;
    public List<String> flags = new ArrayList<>();
    @Indexed(sparse = true)
    public Boolean scheduleApplied;
    public long version;
    @Indexed(unique = true, sparse = true)
    public String idempotencyKey;
    public List<OutboxEvent> outbox = new ArrayList<>();
}
