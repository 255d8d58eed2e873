package org.socialpsych.grid.visit.infra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.grid.visit.domain.ScheduleStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The visit schedule of one resident ({@code _id = vs-<residentId>}), derived from tags, risk, the
 * area's policy and the last visit. {@code announced} is the last status published as an event;
 * the poller moves it forward at {@code nextCheckAt} with a version-conditional update.
 */
@Document("visit_schedules")
@CompoundIndex(name = "grid_window", def = "{'gridCode': 1, 'windowOpensAt': 1}")
public class ScheduleDocument {

    @Id
    public String id;
    @Indexed(unique = true)
    public String residentId;
    public String gridCode;
    /**
     * {@code <gridCode>/<residentId>}, unique: a worker's due list is one anchored prefix query on
     * this index (the embedded Mongo-wire server ignores the compound index and would read every
     * schedule).
     */
    @Indexed(unique = true, sparse = true)
    public String gridKey;
    public List<String> gridPath = new ArrayList<>();
    public Integer intervalDays;
    public List<String> reasons = new ArrayList<>();
    public Instant anchorAt;
    public boolean firstVisit = true;
    public Instant dueAt;
    public Instant windowOpensAt;
    public Instant expiresAt;
    public int leadDays;
    public int expireDays;
    public ScheduleStatus announced = ScheduleStatus.NONE;
    @Indexed(sparse = true)
    public Instant nextCheckAt;
    public int missed;
    public long version;
    public List<OutboxEvent> outbox = new ArrayList<>();

    public static String gridKey(String gridCode, String residentId) {
        return gridCode + "/" + residentId;
    }

    /** An anchored regex matching the schedules of any of these grids. */
    public static String gridKeyPrefix(java.util.Collection<String> gridCodes) {
        StringBuilder b = new StringBuilder("^(?:");
        String sep = "";
        for (String g : gridCodes) {
            b.append(sep).append(java.util.regex.Pattern.quote(g));
            sep = "|";
        }
        return b.append(")/").toString();
    }
}
