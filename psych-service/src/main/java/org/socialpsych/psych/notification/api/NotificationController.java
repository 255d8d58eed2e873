package org.socialpsych.psych.notification.api;

import java.time.Instant;
import java.util.List;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.chassis.web.QueryParameters;
import org.socialpsych.psych.common.infra.Scopes;
import org.socialpsych.psych.crisis.application.Cursors;
import org.socialpsych.psych.notification.application.NotificationDelivery;
import org.socialpsych.psych.notification.infra.DeliveryDocument;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

/**
 * Delivery receipts from the county gateway ({@code POST /notifications/{id}/receipts}) and the record
 * of what was sent ({@code GET /notification-deliveries}).
 */
@RestController
@Validated
public class NotificationController {

    public record ReceiptRequest(@NotNull @Pattern(regexp = "SENT|DELIVERED|READ|FAILED") String status,
            @Size(max = 128) String reference) {
    }

    public record ReceiptView(String notificationId, String status) {
    }

    public record DeliveryView(String notificationId, String aggregate, String aggregateId, String kind, String role,
            String organisationId, String channel, String areaCode, String tier, Instant deadline,
            Instant requestedAt, Instant sentAt, String adapter, String status, int attempts) {

        static DeliveryView of(DeliveryDocument d) {
            return new DeliveryView(d.id, d.aggregate, d.aggregateId, d.kind, d.role, d.organisationId, d.channel,
                    d.areaCode, d.tier, d.deadline, d.requestedAt, d.sentAt, d.adapter, d.status, d.attempts);
        }
    }

    private final NotificationDelivery delivery;
    private final ReactiveMongoTemplate mongo;

    public NotificationController(NotificationDelivery delivery, ReactiveMongoTemplate mongo) {
        this.delivery = delivery;
        this.mongo = mongo;
    }

    /** The gateway (EXTERNAL_SYSTEM) or an administrator reports what happened to a message; 404 for an unknown id. */
    @PostMapping("/api/v1/notifications/{id}/receipts")
    public Mono<ReceiptView> receipt(@PathVariable String id, @Valid @RequestBody ReceiptRequest body) {
        return CurrentUser.requireAnyRole(Roles.SYSTEM_ADMIN, Roles.EXTERNAL_SYSTEM)
                .flatMap(user -> delivery.receipt(id, body.status(), "gateway:" + user.subject(), body.reference()))
                .flatMap(found -> found ? Mono.just(new ReceiptView(id, body.status()))
                        : Mono.error(ApiException.notFound("Notification", id)));
    }

    /** What was sent, newest first, in the caller's view scope. */
    @GetMapping("/api/v1/notification-deliveries")
    public Mono<CursorPage<DeliveryView>> deliveries(@RequestParam(required = false) String aggregateId,
            @RequestParam(required = false) String under, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit, ServerWebExchange exchange) {
        QueryParameters.allowOnly(exchange, "aggregateId", "under", "cursor", "limit");
        int n = CursorPage.limit(limit);
        return CurrentUser.requireAnyRole(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN).flatMap(user -> {
            List<Criteria> all = new java.util.ArrayList<>();
            if (aggregateId != null) {
                all.add(Criteria.where("aggregateId").is(aggregateId));
            }
            if (under != null) {
                all.add(Criteria.where("areaPath").is(under));
            }
            if (cursor != null) {
                String[] k = Cursors.decode(cursor);
                Instant at = Instant.ofEpochMilli(Cursors.millis(k[0]));
                all.add(new Criteria().orOperator(Criteria.where("requestedAt").lt(at),
                        Criteria.where("requestedAt").is(at).and("_id").lt(k[1])));
            }
            Criteria c = all.isEmpty() ? new Criteria() : new Criteria().andOperator(all.toArray(new Criteria[0]));
            Query q = new Query(Scopes.viewable(c, user, "areaPath"))
                    .with(Sort.by(Sort.Direction.DESC, "requestedAt").and(Sort.by(Sort.Direction.DESC, "_id")))
                    .limit(n + 1);
            return mongo.find(q, DeliveryDocument.class).collectList()
                    .map(rows -> CursorPage.of(rows, n, d -> Cursors.encode(d.requestedAt, d.id))
                            .map(DeliveryView::of));
        });
    }
}
