package org.socialpsych.psych.notification.infra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What was sent: one record per notification delivered (the id is the notification's, so a
 * redelivered message is sent once). Minimum necessary, as on the topic: no subject, notes or scores.
 */
@Document(DeliveryDocument.COLLECTION)
public class DeliveryDocument {
    public static final String COLLECTION = "notification_deliveries";
    @Id
    public String id;
    public String aggregate;
    @Indexed
    public String aggregateId;
    public String kind;
    public String role;
    public String organisationId;
    public String channel;
    public String areaCode;
    @Indexed
    public List<String> areaPath = new ArrayList<>();
    public String tier;
    public Instant deadline;
    public Instant requestedAt;
    @Indexed
    public Instant sentAt;
    /** local or webhook */
    public String adapter;
    /** DELIVERED (local sink), SENT (gateway accepted), FAILED (gateway unreachable after the tries) */
    public String status;
    public int attempts;
}
