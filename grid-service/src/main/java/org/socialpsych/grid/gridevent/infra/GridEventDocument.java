package org.socialpsych.grid.gridevent.infra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.grid.gridevent.domain.GridEventStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A grid event (事件). {@code nextEscalationAt} is set at dispatch to the deadline and moved on by
 * each escalation; the supervision poller finds due events by it and escalates each with an update
 * conditional on {@code version}, so replicas never escalate twice.
 */
@Document("grid_events")
@CompoundIndex(name = "grid_status", def = "{'gridCode': 1, 'status': 1}")
public class GridEventDocument {

    /** One step of the loop, for the record. */
    public record Step(String step, String by, Instant at, String note) {
    }

    @Id
    public String id;
    public String category;
    public String title;
    public String description;
    public String gridCode;
    @Indexed
    public List<String> gridPath = new ArrayList<>();
    public Double latitude;
    public Double longitude;
    public String subjectId;
    public Instant occurredAt;
    public GridEventStatus status;
    public String reportedBy;
    public Instant reportedAt;
    public String openedBy;
    public Instant openedAt;
    public String handlerId;
    public Instant dispatchedAt;
    public Instant deadlineAt;
    /** Escalation interval fixed at dispatch from the area's deadlines (null on events dispatched before). */
    public Long escalateEverySeconds;
    /** The area whose deadline setting applied at dispatch (null = the configured default). */
    public String deadlineFrom;
    public Instant feedbackAt;
    public String closedBy;
    public Instant closedAt;
    public Boolean onTime;
    public Integer evaluationScore;
    @Indexed
    public List<String> notifiedGrids = new ArrayList<>();
    public boolean inSupervision;
    public int escalationLevel;
    @Indexed(sparse = true)
    public String escalatedTo;
    @Indexed(sparse = true)
    public Instant nextEscalationAt;
    public List<Step> history = new ArrayList<>();
    public long version;
    @Indexed(unique = true, sparse = true)
    public String idempotencyKey;
    /** Set when the closed event's retention ended: a tombstone without story or persons ({@code GridEventRetention}). */
    public Instant purgedAt;
    public List<OutboxEvent> outbox = new ArrayList<>();

    /** The escalation interval fixed at dispatch, or the category's configured one for older events. */
    public java.time.Duration escalateEvery(org.socialpsych.grid.common.GridProperties.Category category) {
        return escalateEverySeconds != null ? java.time.Duration.ofSeconds(escalateEverySeconds)
                : category.escalateEvery();
    }
}
