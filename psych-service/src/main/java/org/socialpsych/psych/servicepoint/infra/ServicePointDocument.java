package org.socialpsych.psych.servicepoint.infra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.psych.servicepoint.domain.OpeningSlot;
import org.socialpsych.psych.servicepoint.domain.ServicePointStatus;
import org.socialpsych.psych.servicepoint.domain.ServicePointType;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(ServicePointDocument.COLLECTION)
public class ServicePointDocument {
    public static final String COLLECTION = "service_points";

    @Id
    public String id;
    public String name;
    @Indexed
    public ServicePointType type;
    public int tier;
    public String areaCode;
    @Indexed
    public List<String> areaPath;
    @Indexed
    public ServicePointStatus status;
    public String hostPremises;
    public Integer capacity;
    public List<String> services = new ArrayList<>();
    public List<OpeningSlot> openingHours = new ArrayList<>();
    public List<String> staffIds = new ArrayList<>();
    public Double latitude;
    public Double longitude;
    public long version;
    public Instant createdAt;
    public String createdBy;
    @Indexed(unique = true, sparse = true)
    public String idempotencyKey;
    public List<OutboxEvent> outbox = new ArrayList<>();
}
