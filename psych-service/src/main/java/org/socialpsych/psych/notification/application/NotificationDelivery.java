package org.socialpsych.psych.notification.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.socialpsych.events.psych.NotificationRequestedV1;
import org.socialpsych.psych.crisis.application.CrisisCaseService;
import org.socialpsych.psych.crisis.domain.Notification;
import org.socialpsych.psych.hotline.application.HotlineCallService;
import org.socialpsych.psych.notification.infra.DeliveryDocument;
import org.socialpsych.psych.unit.application.UnitDirectoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notification port's adapters: every {@code NotificationRequested.v1} is delivered once (keyed by
 * its notification id) to the local sink or the county gateway, and the outcome is fed back to the
 * case (or the hotline call) as a delivery receipt. The gateway webhook is signed (HMAC-SHA256) and
 * retried; a gateway that stays unreachable gives a FAILED receipt, never a stalled partition.
 * Metrics: {@code notifications.delivered{adapter,kind,status}}.
 */
@Service
public class NotificationDelivery {

    private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

    private final ReactiveMongoTemplate mongo;
    private final CrisisCaseService crisis;
    private final HotlineCallService hotline;
    private final UnitDirectoryService units;
    private final NotificationProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final MeterRegistry meters;
    private final WebClient web = WebClient.create();

    public NotificationDelivery(ReactiveMongoTemplate mongo, CrisisCaseService crisis, HotlineCallService hotline,
            UnitDirectoryService units, NotificationProperties properties, JsonMapper json, Clock clock,
            MeterRegistry meters) {
        this.mongo = mongo;
        this.crisis = crisis;
        this.hotline = hotline;
        this.units = units;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
    }

    public Mono<Void> deliver(NotificationRequestedV1 m) {
        DeliveryDocument d = new DeliveryDocument();
        d.id = m.notificationId();
        d.aggregate = m.aggregate();
        d.aggregateId = m.aggregateId();
        d.kind = m.kind();
        d.role = m.role();
        d.organisationId = m.organisationId();
        d.channel = m.channel();
        d.areaCode = m.areaCode();
        d.areaPath = m.areaPath() == null ? d.areaPath : m.areaPath();
        d.tier = m.tier();
        d.deadline = m.deadline();
        d.requestedAt = m.occurredAt();
        d.adapter = properties.webhookOn() ? "webhook" : "local";
        d.status = "SENDING";
        // the record is the once-only guard: a redelivered message finds it and is not sent again
        return mongo.insert(d)
                .flatMap(x -> properties.webhookOn() ? viaWebhook(m, x) : Mono.just("DELIVERED"))
                .flatMap(status -> {
                    d.status = status;
                    d.sentAt = clock.instant();
                    meters.counter("notifications.delivered", "adapter", d.adapter, "kind", d.kind, "status", status)
                            .increment();
                    return mongo.save(d).then(receipt(m.notificationId(), status,
                            "webhook".equals(d.adapter) ? "gateway" : "local-sink", null));
                })
                .onErrorResume(DuplicateKeyException.class, e -> Mono.empty())
                .then();
    }

    /** Feeds a receipt back to the record that asked for the message; false when none holds it. */
    public Mono<Boolean> receipt(String notificationId, String status, String source, String reference) {
        Notification.Status s = Notification.Status.valueOf(status);
        return crisis.recordReceipt(notificationId, s, source, reference)
                .flatMap(found -> found ? Mono.just(true)
                        : hotline.recordDispatchReceipt(notificationId, status, reference));
    }

    private Mono<String> viaWebhook(NotificationRequestedV1 m, DeliveryDocument d) {
        NotificationProperties.Webhook w = properties.webhook();
        AtomicInteger tries = new AtomicInteger();
        Mono<String> address = units.resolve(m.areaPath()).map(dir -> {
            var c = dir.of(m.role());
            return c == null || c.address() == null ? "" : c.address();
        });
        return address.flatMap(to -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("notificationId", m.notificationId());
            body.put("kind", m.kind());
            body.put("aggregate", m.aggregate());
            body.put("aggregateId", m.aggregateId());
            body.put("role", m.role());
            body.put("organisationId", m.organisationId());
            body.put("channel", m.channel());
            body.put("address", to.isEmpty() ? null : to);
            body.put("areaCode", m.areaCode());
            body.put("tier", m.tier());
            body.put("deadline", m.deadline() == null ? null : m.deadline().toString());
            String payload = json.writeValueAsString(body);
            String timestamp = String.valueOf(clock.instant().getEpochSecond());
            return Mono.defer(() -> {
                        tries.incrementAndGet();
                        return web.post().uri(w.url()).contentType(MediaType.APPLICATION_JSON)
                                .header("X-Socialpsych-Timestamp", timestamp)
                                .header("X-Socialpsych-Signature", "sha256=" + sign(w.secret(), timestamp + "." + payload))
                                .header("X-Socialpsych-Notification-Id", m.notificationId())
                                .bodyValue(payload).retrieve().toBodilessEntity().timeout(w.timeout());
                    })
                    .retryWhen(Retry.backoff(Math.max(0, w.attempts() - 1), w.backoff()))
                    .map(r -> "SENT")
                    .onErrorResume(e -> {
                        log.warn("Notification gateway did not accept a message after {} tries ({})", tries.get(),
                                e.getClass().getSimpleName());
                        return Mono.just("FAILED");
                    })
                    .doFinally(x -> d.attempts = tries.get());
        });
    }

    /** HMAC-SHA256 of {@code data} under {@code secret}, hex. */
    public static String sign(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec((secret == null ? "" : secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
