package org.socialpsych.reporting.targets.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.reporting.area.application.AreaDirectory;
import org.socialpsych.reporting.kpi.domain.IndicatorDefinition;
import org.socialpsych.reporting.kpi.infra.IndicatorRegistry;
import org.socialpsych.reporting.targets.domain.AreaTarget;
import org.socialpsych.reporting.targets.domain.TargetBook;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Targets area admins set for their own subtree (collection {@code area_targets}): append-only, so
 * the collection is also the audit trail of who set which target when, effective from which date.
 * Each entry takes the next number of a revision counter; every replica reloads the book when the
 * counter moved ({@link #current()}), as indicator revisions are reloaded.
 */
@Component
public class AreaTargets {

    public static final String COLLECTION = "area_targets";
    static final String REVISION = "area-targets";
    static final List<String> SETTERS = List.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN);

    public record SetTarget(String indicator, String areaCode, String segment, Double value, LocalDate effectiveFrom,
            String responsibleUnit, LocalDate deadline) {
    }

    private final ReactiveMongoTemplate mongo;
    private final AreaDirectory directory;
    private final IndicatorRegistry indicators;
    private final Clock clock;
    private final AtomicLong loaded = new AtomicLong(-1);
    private volatile TargetBook book = TargetBook.EMPTY;

    public AreaTargets(ReactiveMongoTemplate mongo, AreaDirectory directory, IndicatorRegistry indicators,
            Clock clock) {
        this.mongo = mongo;
        this.directory = directory;
        this.indicators = indicators;
        this.clock = clock;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("areaPath", Sort.Direction.ASC).named("areaPath"))
                .onErrorResume(e -> Mono.empty()).subscribe();
    }

    /** The last loaded book (call {@link #current()} first where freshness matters). */
    public TargetBook book() {
        return book;
    }

    /** One small read of the revision counter; the book is reloaded when another replica (or this one) added a target. */
    public Mono<TargetBook> current() {
        return mongo.findById(REVISION, Document.class, IndicatorRegistry.REVISIONS)
                .map(d -> ((Number) d.get("n")).longValue()).defaultIfEmpty(0L)
                .flatMap(n -> n == loaded.get() ? Mono.just(book) : mongo.findAll(Document.class, COLLECTION)
                        .map(AreaTargets::fromDocument).collectList()
                        .map(TargetBook::new)
                        .doOnNext(b -> {
                            book = b;
                            loaded.set(n);
                        }));
    }

    /**
     * Sets a target for an area in the caller's own subtree (capture scope), effective from a date
     * no earlier than the first day of the current month: past months keep the targets they were
     * judged by. 403 for roles that set no targets, 404 for an area outside the scope (as for an
     * unknown one), 422 for an unknown indicator or an invalid value, date or deadline.
     */
    public Mono<AreaTarget> set(SetTarget cmd, PlatformPrincipal user) {
        if (!user.hasAnyRole(SETTERS)) {
            return Mono.error(ApiException.forbidden("Only area admins set targets"));
        }
        IndicatorDefinition d = indicators.get(cmd.indicator());
        List<Map<String, String>> errors = new ArrayList<>();
        if (d == null) {
            errors.add(Map.of("field", "indicator", "message", "unknown indicator"));
        }
        if (cmd.value() == null || cmd.value().isNaN() || cmd.value().isInfinite() || cmd.value() < 0
                || (d != null && d.scale() == 100 && cmd.value() > 100)) {
            errors.add(Map.of("field", "value", "message", d != null && d.scale() == 100
                    ? "a percentage from 0 to 100" : "a number not below 0"));
        }
        LocalDate monthStart = LocalDate.now(clock).withDayOfMonth(1);
        if (cmd.effectiveFrom() == null || cmd.effectiveFrom().isBefore(monthStart)) {
            errors.add(Map.of("field", "effectiveFrom", "message", "a date from " + monthStart
                    + " on: past months keep the targets they were judged by"));
        }
        if (cmd.deadline() != null && cmd.effectiveFrom() != null && cmd.deadline().isBefore(cmd.effectiveFrom())) {
            errors.add(Map.of("field", "deadline", "message", "not before effectiveFrom"));
        }
        if (cmd.segment() != null && !cmd.segment().matches("[A-Za-z0-9_-]{1,40}")) {
            errors.add(Map.of("field", "segment", "message", "1-40 of A-Z, a-z, 0-9, _ and -"));
        }
        if (cmd.responsibleUnit() != null && (cmd.responsibleUnit().isBlank() || cmd.responsibleUnit().length() > 100
                || cmd.responsibleUnit().chars().anyMatch(Character::isISOControl))) {
            errors.add(Map.of("field", "responsibleUnit", "message", "1-100 printable characters"));
        }
        if (!errors.isEmpty()) {
            return Mono.error(ApiException.invalid("invalid-target", "The target is not valid",
                    Map.of("errors", errors)));
        }
        return directory.get(cmd.areaCode()).filter(a -> user.canCapture(a.path()))
                .switchIfEmpty(Mono.error(ApiException.notFound("Area", cmd.areaCode())))
                .flatMap(area -> mongo.findAndModify(new Query(Criteria.where("_id").is(REVISION)),
                                new Update().inc("n", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
                                Document.class, IndicatorRegistry.REVISIONS)
                        .map(r -> ((Number) r.get("n")).longValue())
                        .flatMap(seq -> {
                            AreaTarget t = new AreaTarget("tg-" + UUID.randomUUID(), cmd.indicator(), area.code(),
                                    area.path(), cmd.segment(), cmd.value(), cmd.effectiveFrom(),
                                    cmd.responsibleUnit() == null ? null : cmd.responsibleUnit().strip(),
                                    cmd.deadline(), user.subject(), clock.instant(), seq);
                            return mongo.insert(toDocument(t), COLLECTION).thenReturn(t);
                        }));
    }

    /** Entries for an area's subtree (within the caller's view scope), newest first, cursor paged. */
    public Mono<CursorPage<AreaTarget>> list(String areaCode, String indicator, String cursor, Integer limit,
            PlatformPrincipal user) {
        if (!user.hasAnyRole(org.socialpsych.reporting.kpi.application.KpiService.READERS)) {
            return Mono.error(ApiException.forbidden("Your role does not read targets"));
        }
        int n = CursorPage.limit(limit);
        return directory.get(areaCode).filter(a -> user.canView(a.path()))
                .switchIfEmpty(Mono.error(ApiException.notFound("Area", areaCode)))
                .flatMap(area -> {
                    Criteria c = Criteria.where("areaPath").is(area.code());
                    if (indicator != null) {
                        c = c.and("indicator").is(indicator);
                    }
                    if (cursor != null) {
                        String after = CursorPage.parts(cursor, 1).get(0); // 400 for a cursor not ours
                        if (!after.matches("[0-9]{1,18}")) {
                            return Mono.error(new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST,
                                    "invalid-cursor", "Invalid cursor", "The cursor is not valid", Map.of()));
                        }
                        c = c.and("seq").lt(Long.parseLong(after));
                    }
                    return mongo.find(new Query(c).with(Sort.by(Sort.Direction.DESC, "seq")).limit(n + 1),
                            Document.class, COLLECTION).map(AreaTargets::fromDocument).collectList()
                            .map(rows -> CursorPage.of(rows, n, t -> CursorPage.cursor(Long.toString(t.seq()))));
                });
    }

    static Document toDocument(AreaTarget t) {
        return new Document("_id", t.id()).append("indicator", t.indicator()).append("areaCode", t.areaCode())
                .append("areaPath", t.areaPath()).append("segment", t.segment()).append("value", t.value())
                .append("effectiveFrom", t.effectiveFrom().toString()).append("responsibleUnit", t.responsibleUnit())
                .append("deadline", t.deadline() == null ? null : t.deadline().toString())
                .append("setBy", t.setBy()).append("setAt", Date.from(t.setAt())).append("seq", t.seq());
    }

    static AreaTarget fromDocument(Document d) {
        String deadline = d.getString("deadline");
        Date at = d.getDate("setAt");
        return new AreaTarget(d.getString("_id"), d.getString("indicator"), d.getString("areaCode"),
                d.getList("areaPath", String.class), d.getString("segment"), ((Number) d.get("value")).doubleValue(),
                LocalDate.parse(d.getString("effectiveFrom")), d.getString("responsibleUnit"),
                deadline == null ? null : LocalDate.parse(deadline), d.getString("setBy"),
                at == null ? Instant.EPOCH : at.toInstant(), ((Number) d.get("seq")).longValue());
    }
}
