package org.socialpsych.psych.servicepoint.infra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.psych.servicepoint.domain.ServicePointStatus;
import org.socialpsych.psych.servicepoint.domain.ServicePointType;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("service_points")
public class ServicePointDocument {
    @Id
    public String id;
    public String name;
    public ServicePointType type;
    public int tier;
    public String areaCode;
    @Indexed
    public List<String> areaPath;
    public ServicePointStatus status;
    public String hostPremises;
    public Integer capacity;
    public List<String> services = new ArrayList<>();
    public long version;
    public Instant createdAt;
    public List<OutboxEvent> outbox = new ArrayList<>();
}
