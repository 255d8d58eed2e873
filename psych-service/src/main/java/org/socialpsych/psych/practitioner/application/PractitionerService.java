package org.socialpsych.psych.practitioner.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.psych.crisis.application.Cursors;
import org.socialpsych.events.psych.PractitionerRegisteredV1;
import org.socialpsych.events.psych.PractitionerTrainingRecordedV1;
import org.socialpsych.events.psych.PsychEvents;
import org.socialpsych.psych.area.application.AreaTree;
import org.socialpsych.psych.common.application.Problems;
import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.common.infra.AggregateWrites;
import org.socialpsych.psych.practitioner.domain.PractitionerCategory;
import org.socialpsych.psych.practitioner.domain.TrainingPlan;
import org.socialpsych.psych.practitioner.domain.TrainingRecord;
import org.socialpsych.psych.practitioner.infra.PractitionerDocument;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.socialpsych.psych.common.infra.Scopes;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Practitioners of the network, their 8+x training hours, talent pool and availability. */
@Service
public class PractitionerService {

    public static final List<String> MANAGERS = List.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN);

    public record Register(String name, PractitionerCategory category, boolean fullTime, List<String> qualifications,
            List<String> servicePointIds, String areaCode, boolean talentPool) {
    }

    private final ReactiveMongoTemplate mongo;
    private final AreaTree areas;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;
    private final Clock clock;
    private final TrainingPlan plan;

    public PractitionerService(ReactiveMongoTemplate mongo, AreaTree areas, OutboxEventFactory events,
            OutboxRelay relay, Clock clock, PractitionerProperties properties) {
        this.mongo = mongo;
        this.areas = areas;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
        this.plan = properties.toPlan();
    }

    public TrainingPlan plan() {
        return plan;
    }

    public Mono<PractitionerDocument> register(Register cmd, PlatformPrincipal user) {
        if (!user.hasAnyRole(MANAGERS)) {
            return Mono.error(ApiException.forbidden("Only SYSTEM_ADMIN or AREA_ADMIN may register practitioners"));
        }
        return areas.get(cmd.areaCode())
                .switchIfEmpty(Mono.error(ApiException.invalid("unknown-area", "Area " + cmd.areaCode()
                        + " is not known", Map.of("errors", List.of(Map.of("field", "areaCode",
                                "message", "no such area"))))))
                .flatMap(area -> {
                    if (!user.canCapture(area.path())) {
                        return Mono.error(ApiException.forbidden("The area is outside your capture scope"));
                    }
                    PractitionerDocument d = new PractitionerDocument();
                    d.id = "pr-" + UUID.randomUUID();
                    d.name = cmd.name().strip();
                    d.category = cmd.category();
                    d.fullTime = cmd.fullTime();
                    d.qualifications = list(cmd.qualifications());
                    d.servicePointIds = list(cmd.servicePointIds());
                    d.areaCode = area.code();
                    d.areaPath = new ArrayList<>(area.path());
                    d.talentPool = cmd.talentPool();
                    d.available = true;
                    d.version = 1;
                    d.createdAt = clock.instant();
                    d.outbox.add(events.create(PsychEvents.PRACTITIONER_REGISTERED, null,
                            new PractitionerRegisteredV1(d.id, 1, d.createdAt, d.category.name(), d.fullTime,
                                    d.servicePointIds, d.areaCode, d.areaPath, d.talentPool)));
                    return mongo.insert(d).doOnSuccess(x -> relay.nudge());
                });
    }

    private static List<String> list(List<String> in) {
        return in == null ? new ArrayList<>() : new ArrayList<>(in);
    }

    public Mono<PractitionerDocument> get(String id, PlatformPrincipal user) {
        return mongo.findById(id, PractitionerDocument.class).filter(d -> user.canView(d.areaPath))
                .switchIfEmpty(Mono.error(ApiException.notFound("Practitioner", id)));
    }

    public Mono<CursorPage<PractitionerDocument>> list(String under, PractitionerCategory category, Boolean available,
            String cursor, int limit, PlatformPrincipal user) {
        Criteria c = new Criteria();
        if (under != null) {
            c = c.and("areaPath").is(under);
        }
        if (category != null) {
            c = c.and("category").is(category);
        }
        if (available != null) {
            c = c.and("available").is(available);
        }
        return Cursors.page(mongo, Scopes.viewable(c, user, "areaPath"), PractitionerDocument.class, "name", k -> k,
                        d -> d.name, d -> d.id, cursor, limit)
                .map(p -> new CursorPage<>(p.items().stream().filter(d -> user.canView(d.areaPath)).toList(),
                        p.next()));
    }

    public Mono<PractitionerDocument> recordTraining(String id, String module, int hours, LocalDate completedOn,
            PlatformPrincipal user) {
        return change(id, user, d -> {
            LocalDate today = LocalDate.now(clock);
            TrainingRecord r = new TrainingRecord(module, hours, completedOn == null ? today : completedOn);
            TrainingPlan.checkNew(r, d.training, today);
            d.training.add(r);
            d.trainingHours = TrainingPlan.total(d.training);
            int required = plan.requiredHours(d.category);
            return List.of(events.create(PsychEvents.PRACTITIONER_TRAINING_RECORDED, null,
                    new PractitionerTrainingRecordedV1(d.id, d.version, clock.instant(), d.category.name(),
                            d.areaCode, d.areaPath, module, hours, d.trainingHours, required,
                            plan.complete(d.category, d.training))));
        });
    }

    /** Availability is used when assigning cases; not published. */
    public Mono<PractitionerDocument> setAvailability(String id, boolean available, PlatformPrincipal user) {
        return change(id, user, d -> {
            d.available = available;
            return List.of();
        });
    }

    private Mono<PractitionerDocument> change(String id, PlatformPrincipal user,
            java.util.function.Function<PractitionerDocument, List<OutboxEvent>> f) {
        if (!user.hasAnyRole(MANAGERS)) {
            return Mono.error(ApiException.forbidden("Only SYSTEM_ADMIN or AREA_ADMIN may change practitioners"));
        }
        return get(id, user).flatMap(d -> {
            if (!user.canCapture(d.areaPath)) {
                return Mono.error(ApiException.forbidden("The practitioner is outside your capture scope"));
            }
            long read = d.version;
            d.version = read + 1;
            List<OutboxEvent> out;
            try {
                out = f.apply(d);
            } catch (RuleException e) {
                return Mono.error(Problems.of(e));
            }
            return AggregateWrites.update(mongo, PractitionerDocument.COLLECTION, d, d.id, read, out)
                    .flatMap(ok -> ok ? Mono.just(d).doOnNext(x -> relay.nudge())
                            : Mono.error(ApiException.conflict("concurrent-update",
                                    "The practitioner changed while this request ran; try again")));
        });
    }
}
