package org.socialpsych.grid.resident.infra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.grid.crypto.FieldCipher;
import org.socialpsych.grid.resident.domain.DepartureReason;
import org.socialpsych.grid.resident.domain.PopulationTag;
import org.socialpsych.grid.resident.domain.RiskLevel;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A resident. Identity number, name, phone and address exist only inside {@code sealed}
 * (AES-256-GCM envelope); {@code idHash} is the keyed HMAC of the normalised identity number,
 * unique, for lookup and duplicate detection. {@code _id} is the pseudonymous id used in events.
 * {@code scheduleDirty} is set in the same update as any change that affects the visit schedule
 * and cleared once the schedule was recomputed, so a crash in between is repaired by the poller.
 * {@code departure} and {@code departedAt} (when the resident left; the clock of retention class
 * {@code resident}) are set once by the departure; a purged resident is a tombstone with
 * {@code purgedAt} set and no identity, which reads treat as absent. {@code idHash} is unique and
 * sparse, so tombstones without it never collide.
 */
@Document("residents")
public class ResidentDocument {

    /** The stored envelope. */
    public static class Sealed {
        public String keyId;
        public String wrappedKey;
        public Map<String, String> fields = new HashMap<>();

        public static Sealed of(FieldCipher.Sealed s) {
            Sealed d = new Sealed();
            d.keyId = s.keyId();
            d.wrappedKey = s.wrappedKey();
            d.fields = new HashMap<>(s.fields());
            return d;
        }

        public FieldCipher.Sealed toCipher() {
            return new FieldCipher.Sealed(keyId, wrappedKey, fields);
        }
    }

    /** A grid the resident belonged to until {@code validTo} (exclusive). */
    public record GridSpell(String gridCode, List<String> gridPath, java.time.LocalDate validTo) {
    }

    /**
     * Why and when the resident left, who recorded it and when. {@code on} is the departure day in
     * the platform zone (null on records from before it was stored: derive it from {@code at}).
     */
    public record Departure(DepartureReason reason, Instant at, Instant recordedAt, String recordedBy,
            java.time.LocalDate on) {

        /** The departure day in {@code zone} (the platform clock's). */
        public java.time.LocalDate day(java.time.ZoneId zone) {
            return on != null ? on : java.time.LocalDate.ofInstant(at, zone);
        }
    }

    @Id
    public String id;
    @Indexed(name = ResidentIndexes.ID_HASH, unique = true, sparse = true)
    public String idHash;
    public Sealed sealed;
    /** Keyed HMAC of the name (domain-separated from {@code idHash}): name search without the plaintext. */
    @Indexed(sparse = true)
    public String nameHash;
    @Indexed
    public String gridCode;
    @Indexed
    public List<String> gridPath = new ArrayList<>();
    @Indexed(sparse = true)
    public String householdId;
    public String guardianId;
    public RiskLevel riskLevel = RiskLevel.NONE;
    /** Earlier residence grids, oldest first; each ended the day its grid merged away. */
    public List<GridSpell> gridHistory = new ArrayList<>();
    public List<PopulationTag> tags = new ArrayList<>();
    public long version;
    public Instant createdAt;
    public String createdBy;
    @Indexed(sparse = true)
    public Boolean scheduleDirty;
    @Indexed(unique = true, sparse = true)
    public String idempotencyKey;
    public List<OutboxEvent> outbox = new ArrayList<>();
    /** Ownership transfers (moving house), oldest first; each is also a ResidentTransferred event. */
    public record Transfer(String fromGridCode, String toGridCode, java.time.LocalDate effectiveFrom, String reason,
            String by, Instant at) {
    }

    public List<Transfer> transfers = new ArrayList<>();
    /**
     * A registration whose identity number was already registered in an area the registering caller
     * cannot see: the record is kept (answered like a fresh registration, so nothing reveals the other
     * area) and waits on the duplicate queue of the lowest area covering both grids
     * ({@code duplicatePath} ends with it) until someone who sees both resolves it.
     */
    @Indexed(sparse = true)
    public String duplicateOf;
    public String duplicateIdHash;
    @Indexed(sparse = true)
    public List<String> duplicatePath;
    public Instant duplicateQueuedAt;
    public Departure departure;
    public Instant departedAt;
    /** Set on the tombstone of a purged resident (retention class {@code resident}). */
    public Instant purgedAt;
}
