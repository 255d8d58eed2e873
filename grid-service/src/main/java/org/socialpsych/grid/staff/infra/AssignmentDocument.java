package org.socialpsych.grid.staff.infra;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.grid.staff.domain.Assignment;
import org.socialpsych.grid.staff.domain.StaffRole;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A dated staff assignment. {@code activeLeaderOf} holds the grid code while this is an open
 * LEADER assignment; its unique sparse index enforces one leader per grid without a transaction.
 * {@code openKey} ({@code <personId>/<id>}) exists while the assignment is open: "the grids a person
 * serves" is one anchored prefix query on that unique index (on the embedded Mongo-wire server,
 * which ignores non-unique and compound indexes, it reads index keys instead of every document).
 * Started/ended events wait in {@code outbox} (topic grid.staff-assignments.v1).
 */
@Document("grid_staff")
@CompoundIndex(name = "person_open", def = "{'personId': 1, 'validTo': 1}")
@CompoundIndex(name = "grid_open", def = "{'gridCode': 1, 'validTo': 1}")
public class AssignmentDocument {

    @Id
    public String id;
    public String personId;
    public StaffRole role;
    public String gridCode;
    @Indexed
    public List<String> gridPath = new ArrayList<>();
    public LocalDate validFrom;
    public LocalDate validTo;
    @Indexed(unique = true, sparse = true)
    public String activeLeaderOf;
    public Instant createdAt;
    public String createdBy;
    public String endedBy;
    @Indexed(unique = true, sparse = true)
    public String idempotencyKey;
    @Indexed(unique = true, sparse = true)
    public String openKey;
    public long version;
    public List<OutboxEvent> outbox = new ArrayList<>();

    public static String openKey(String personId, String id) {
        return personId + "/" + id;
    }

    /** An anchored regex matching the open keys of one person. */
    public static String openKeyPrefix(String personId) {
        return "^" + java.util.regex.Pattern.quote(personId + "/");
    }

    public Assignment toDomain() {
        return new Assignment(id, personId, role, gridCode, gridPath, validFrom, validTo);
    }
}
