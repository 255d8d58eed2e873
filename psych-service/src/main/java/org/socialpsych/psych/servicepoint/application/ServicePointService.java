package org.socialpsych.psych.servicepoint.application;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.psych.crisis.application.Cursors;
import org.socialpsych.events.psych.PsychEvents;
import org.socialpsych.events.psych.ServicePointRegisteredV1;
import org.socialpsych.events.psych.ServicePointStatusChangedV1;
import org.socialpsych.psych.area.application.AreaTree;
import org.socialpsych.chassis.web.IdempotencyKeys;
import org.socialpsych.psych.common.infra.AggregateWrites;
import org.socialpsych.psych.servicepoint.domain.OpeningSlot;
import org.socialpsych.psych.servicepoint.domain.ServicePointStatus;
import org.socialpsych.psych.servicepoint.domain.ServicePointType;
import org.socialpsych.psych.servicepoint.domain.ServicePoints;
import org.socialpsych.psych.servicepoint.infra.ServicePointDocument;
import org.socialpsych.psych.servicepoint.infra.ServicePointRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.socialpsych.psych.common.infra.Scopes;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The service network: registering points, moving their status, searching by area, type, status and hours. */
@Service
public class ServicePointService {

    public static final List<String> MANAGERS = List.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN);

    public record Register(String name, ServicePointType type, Integer tier, String areaCode, ServicePointStatus status,
            String hostPremises, Integer capacity, List<String> services, List<OpeningSlot> openingHours,
            List<String> staffIds, Double latitude, Double longitude) {
    }

    public record Search(String under, ServicePointType type, ServicePointStatus status, boolean openNow, int limit) {
    }

    private final ServicePointRepository points;
    private final ReactiveMongoTemplate mongo;
    private final AreaTree areas;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;
    private final Clock clock;
    private final ZoneId zone;

    public ServicePointService(ServicePointRepository points, ReactiveMongoTemplate mongo, AreaTree areas,
            OutboxEventFactory events, OutboxRelay relay, Clock clock,
            @Value("${socialpsych.psych.zone:Asia/Shanghai}") String zone) {
        this.points = points;
        this.mongo = mongo;
        this.areas = areas;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    public Mono<Map.Entry<ServicePointDocument, Boolean>> register(Register cmd, PlatformPrincipal user,
            String idempotencyKey) {
        if (!user.hasAnyRole(MANAGERS)) {
            return Mono.error(ApiException.forbidden("Only SYSTEM_ADMIN or AREA_ADMIN may register service points"));
        }
        if (cmd.openingHours() != null && cmd.openingHours().stream().anyMatch(s -> !s.valid())) {
            return Mono.error(ApiException.invalid("invalid-opening-hours",
                    "Each opening slot must end after it starts (00:00-00:00 for all day)", Map.of()));
        }
        String key = IdempotencyKeys.scoped(user.subject(), idempotencyKey);
        Mono<Map.Entry<ServicePointDocument, Boolean>> replay = key == null ? Mono.empty()
                : points.findByIdempotencyKey(key).flatMap(d -> replayed(d, user));
        return replay.switchIfEmpty(Mono.defer(() -> areas.get(cmd.areaCode())
                .switchIfEmpty(Mono.error(ApiException.invalid("unknown-area", "Area " + cmd.areaCode()
                        + " is not known", Map.of("errors", List.of(Map.of("field", "areaCode",
                                "message", "no such area"))))))
                .flatMap(area -> {
                    if (!user.canCapture(area.path())) {
                        return Mono.error(ApiException.forbidden("The area is outside your capture scope"));
                    }
                    ServicePointDocument d = new ServicePointDocument();
                    d.id = "sp-" + UUID.randomUUID();
                    d.name = cmd.name().strip();
                    d.type = cmd.type();
                    d.tier = cmd.tier() != null ? cmd.tier() : ServicePoints.tierOf(cmd.type(), area.level());
                    d.areaCode = area.code();
                    d.areaPath = new ArrayList<>(area.path());
                    d.status = cmd.status() == null ? ServicePointStatus.PLANNED : cmd.status();
                    d.hostPremises = cmd.hostPremises();
                    d.capacity = cmd.capacity();
                    d.services = cmd.services() == null ? new ArrayList<>() : new ArrayList<>(cmd.services());
                    d.openingHours = cmd.openingHours() == null ? new ArrayList<>()
                            : new ArrayList<>(cmd.openingHours());
                    d.staffIds = cmd.staffIds() == null ? new ArrayList<>() : new ArrayList<>(cmd.staffIds());
                    d.latitude = cmd.latitude();
                    d.longitude = cmd.longitude();
                    d.version = 1;
                    d.createdAt = clock.instant();
                    d.createdBy = user.subject();
                    d.idempotencyKey = key;
                    d.outbox.add(events.create(PsychEvents.SERVICE_POINT_REGISTERED, null,
                            new ServicePointRegisteredV1(d.id, 1, d.createdAt, d.name, d.type.name(), d.tier,
                                    d.areaCode, d.areaPath, d.status.name(), d.capacity, d.services)));
                    return points.insert(d).doOnSuccess(x -> relay.nudge()).map(x -> Map.entry(x, true))
                            .onErrorResume(DuplicateKeyException.class, e -> key == null ? Mono.error(e)
                                    : points.findByIdempotencyKey(key).flatMap(x -> replayed(x, user)));
                })));
    }

    /** A replay of the caller's own key, answered only while the service point is in the caller's capture scope. */
    private static Mono<Map.Entry<ServicePointDocument, Boolean>> replayed(ServicePointDocument d,
            PlatformPrincipal user) {
        return user.canCapture(d.areaPath) ? Mono.just(Map.entry(d, false))
                : Mono.error(ApiException.forbidden("The service point of this Idempotency-Key is outside your scope"));
    }

    public Mono<ServicePointDocument> get(String id, PlatformPrincipal user) {
        return points.findById(id).filter(d -> user.canView(d.areaPath))
                .switchIfEmpty(Mono.error(ApiException.notFound("Service point", id)));
    }

    /**
     * A page of service points by name. {@code openNow} is decided from the opening hours after the
     * query, so a page may hold fewer than {@code limit} while {@code next} still leads on.
     */
    public Mono<CursorPage<ServicePointDocument>> search(Search s, String cursor, PlatformPrincipal user) {
        Criteria c = new Criteria();
        if (s.under() != null) {
            c = c.and("areaPath").is(s.under());
        }
        if (s.type() != null) {
            c = c.and("type").is(s.type());
        }
        if (s.status() != null) {
            c = c.and("status").is(s.status());
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        return Cursors.page(mongo, Scopes.viewable(c, user, "areaPath"), ServicePointDocument.class, "name", k -> k,
                        d -> d.name, d -> d.id, cursor, s.limit())
                .map(p -> new CursorPage<>(p.items().stream().filter(d -> user.canView(d.areaPath))
                        .filter(d -> !s.openNow() || ServicePoints.openAt(d.openingHours, now)).toList(), p.next()));
    }

    /** Moves the status forward and publishes ServicePointStatusChanged in the same document write. */
    public Mono<ServicePointDocument> changeStatus(String id, ServicePointStatus status, PlatformPrincipal user) {
        if (!user.hasAnyRole(MANAGERS)) {
            return Mono.error(ApiException.forbidden("Only SYSTEM_ADMIN or AREA_ADMIN may change a service point"));
        }
        return get(id, user).flatMap(d -> {
            if (!user.canCapture(d.areaPath)) {
                return Mono.error(ApiException.forbidden("The service point is outside your capture scope"));
            }
            if (!d.status.canMoveTo(status)) {
                return Mono.error(ApiException.conflict("invalid-status-change",
                        "Status moves forward only (planned → built → standardised → demonstration); it is "
                                + d.status));
            }
            ServicePointStatus previous = d.status;
            long read = d.version;
            d.status = status;
            d.version = read + 1;
            var event = events.create(PsychEvents.SERVICE_POINT_STATUS_CHANGED, null,
                    new ServicePointStatusChangedV1(d.id, d.version, clock.instant(), d.type.name(), d.tier,
                            d.areaCode, d.areaPath, previous.name(), status.name()));
            return AggregateWrites.update(mongo, ServicePointDocument.COLLECTION, d, d.id, read, List.of(event))
                    .flatMap(ok -> ok ? Mono.just(d).doOnNext(x -> relay.nudge())
                            : Mono.error(ApiException.conflict("concurrent-update",
                                    "The service point changed while this request ran; try again")));
        });
    }
}
