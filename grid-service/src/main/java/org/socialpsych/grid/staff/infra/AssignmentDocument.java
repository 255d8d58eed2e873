package org.socialpsych.grid.staff.infra;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.socialpsych.grid.staff.domain.Assignment;
import org.socialpsych.grid.staff.domain.StaffRole;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A dated staff assignment. {@code activeLeaderOf} holds the grid code while this is an open
 * LEADER assignment; its unique sparse index enforces one leader per grid without a transaction.
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

    public Assignment toDomain() {
        return new Assignment(id, personId, role, gridCode, gridPath, validFrom, validTo);
    }
}
