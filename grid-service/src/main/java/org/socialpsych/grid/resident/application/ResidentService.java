package org.socialpsych.grid.resident.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialpsych.chassis.audit.ReadAuditLog;
import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.chassis.security.FieldView;
import org.socialpsych.chassis.security.FieldViewPolicy;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.RecordClass;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.events.grid.GridEvents;
import org.socialpsych.events.grid.PopulationTagEndedV1;
import org.socialpsych.events.grid.PopulationTaggedV1;
import org.socialpsych.events.grid.ResidentDepartedV1;
import org.socialpsych.events.grid.ResidentTransferredV1;
import org.socialpsych.events.grid.ResidentRegisteredV1;
import org.socialpsych.grid.area.domain.AreaLevel;
import org.socialpsych.grid.area.infra.AreaDocument;
import org.socialpsych.grid.area.infra.AreaRepository;
import org.socialpsych.chassis.web.IdempotencyKeys;
import org.socialpsych.grid.common.Problems;
import org.socialpsych.grid.crypto.FieldCipher;
import org.socialpsych.grid.resident.domain.DepartureReason;
import org.socialpsych.grid.resident.domain.IdNumber;
import org.socialpsych.grid.resident.domain.PopulationTag;
import org.socialpsych.grid.resident.domain.RiskLevel;
import org.socialpsych.grid.resident.domain.Sensitivity;
import org.socialpsych.grid.resident.domain.TagCategory;
import org.socialpsych.grid.resident.infra.ResidentDocument;
import org.socialpsych.grid.resident.infra.ResidentRepository;
import org.socialpsych.grid.staff.application.GridAccess;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Residents, households, guardians and population tags. Identifying fields are sealed before they
 * reach the repository; every change and its event are one document write; reads are audit-logged.
 * Outside the caller's grids a resident does not exist (404). Every read is written to the
 * chassis' hash-chained read audit before it is served. Which fields a caller gets is the chassis
 * {@link FieldViewPolicy}'s answer (record class PERSON for the resident, RESULT for the risk
 * colour derived from screening and assessment): GOVERNANCE the full governance record, MINIMAL
 * (police liaison) who the person is, where and how to reach them and the tags of the police and
 * justice departments only, NONE nothing (403). Area scope comes on top ({@link GridAccess}).
 */
@Service
public class ResidentService {

    private static final Logger log = LoggerFactory.getLogger(ResidentService.class);

    public record Register(String idNumber, String name, String phone, String address, String gridCode,
            String householdId, String guardianId, RiskLevel riskLevel) {
    }

    public record AddTag(String category, String department, LocalDate validFrom) {
    }

    public record Registered(ResidentView resident, boolean created) {
    }

    private final ResidentRepository residents;
    private final AreaRepository areas;
    private final ReactiveMongoTemplate mongo;
    private final FieldCipher cipher;
    private final GridAccess access;
    private final ReadAuditLog audit;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;
    private final List<ResidentChanged> listeners;
    private final FieldViewPolicy views;
    private final Clock clock;
    private final TagCategories tagCategories;

    public ResidentService(ResidentRepository residents, AreaRepository areas, ReactiveMongoTemplate mongo,
            FieldCipher cipher, GridAccess access, ReadAuditLog audit, OutboxEventFactory events, OutboxRelay relay,
            List<ResidentChanged> listeners, FieldViewPolicy views, Clock clock, TagCategories tagCategories) {
        this.tagCategories = tagCategories;
        this.views = views;
        this.residents = residents;
        this.areas = areas;
        this.mongo = mongo;
        this.cipher = cipher;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.relay = relay;
        this.listeners = listeners;
        this.clock = clock;
    }

    public Mono<Registered> register(Register cmd, PlatformPrincipal user, String idempotencyKey) {
        String normalised = IdNumber.parse(cmd.idNumber()).orElse(null);
        if (normalised == null) {
            return Mono.error(Problems.invalidField("invalid-id-number", "idNumber",
                    "not a valid 18-character identity number"));
        }
        String key = IdempotencyKeys.scoped(user, idempotencyKey);
        return guard(Mono.defer(() -> {
            // the key is the caller's own; the replay is authorized again with the caller's current token
            Mono<Registered> replay = key == null ? Mono.empty()
                    : residents.findByIdempotencyKey(key).flatMap(d -> replayable(d, user))
                            .flatMap(d -> view(d, user, "register-replay")).map(v -> new Registered(v, false));
            return replay.switchIfEmpty(Mono.defer(() -> doRegister(cmd, normalised, user, key)));
        }));
    }

    private Mono<ResidentDocument> replayable(ResidentDocument d, PlatformPrincipal user) {
        return requireReader(user).then(access.writable(user)).flatMap(w -> w.covers(d.gridPath) ? Mono.just(d)
                : Mono.error(ApiException.forbidden("The resident is outside your capture scope")));
    }

    private Mono<Registered> doRegister(Register cmd, String normalised, PlatformPrincipal user, String key) {
        String idHash = cipher.lookupHash(normalised);
        return writableGrid(cmd.gridCode(), user).flatMap(grid -> guardian(cmd.guardianId(), user)
                .then(residents.findByIdHash(idHash).flatMap(existing -> duplicate(existing, user))
                        .map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty()))
                .flatMap(elsewhere -> {
                    ResidentDocument d = new ResidentDocument();
                    d.id = "r-" + UUID.randomUUID();
                    if (elsewhere.isPresent()) {
                        // registered in an area the caller cannot see: answered like a fresh registration,
                        // queued for the lowest area that covers both grids
                        ResidentDocument other = elsewhere.get();
                        d.duplicateOf = other.id;
                        d.duplicateIdHash = idHash;
                        d.duplicatePath = commonPath(other.gridPath, grid.path);
                        d.duplicateQueuedAt = clock.instant();
                    } else {
                        d.idHash = idHash;
                    }
                    Map<String, String> plain = new LinkedHashMap<>();
                    plain.put("idNumber", normalised);
                    plain.put("name", cmd.name().strip());
                    plain.put("phone", cmd.phone());
                    plain.put("address", cmd.address());
                    d.sealed = ResidentDocument.Sealed.of(cipher.seal(d.id, plain));
                    d.nameHash = nameHash(cmd.name());
                    d.gridCode = grid.code;
                    d.gridPath = grid.path;
                    d.householdId = cmd.householdId();
                    d.guardianId = cmd.guardianId();
                    d.riskLevel = cmd.riskLevel() == null ? RiskLevel.NONE : cmd.riskLevel();
                    d.version = 1;
                    d.createdAt = clock.instant();
                    d.createdBy = user.subject();
                    d.idempotencyKey = key;
                    d.scheduleDirty = true;
                    d.outbox.add(events.create(GridEvents.RESIDENT_REGISTERED, d.id, new ResidentRegisteredV1(d.id,
                            1, d.createdAt, d.gridCode, d.gridPath, d.householdId, d.id, d.gridPath)));
                    return residents.insert(d)
                            .onErrorResume(DuplicateKeyException.class, e -> key == null
                                    // registered concurrently: decided again against the stored one
                                    ? doRegister(cmd, normalised, user, key).map(Registered::resident)
                                            .flatMap(x -> residents.findById(x.id()))
                                    : residents.findByIdempotencyKey(key).flatMap(x -> replayable(x, user)))
                            .flatMap(saved -> afterChange(saved.id).then(view(saved, user, "register"))
                                    .map(v -> new Registered(v, saved.id.equals(d.id))));
                }));
    }

    /**
     * The same identity number registered before: a conflict naming the existing resident when the
     * caller can see it; otherwise the existing record (the registration goes on as a queued duplicate,
     * so the answer does not tell that the person is registered in another area: no registry oracle).
     */
    private Mono<ResidentDocument> duplicate(ResidentDocument existing, PlatformPrincipal user) {
        return access.viewable(user).flatMap(v -> v.covers(existing.gridPath)
                ? Mono.error(new ApiException(org.springframework.http.HttpStatus.CONFLICT, "duplicate-resident",
                        "Conflict", "A resident with this identity number is already registered",
                        Map.of("existingId", existing.id)))
                : Mono.just(existing));
    }

    /** The path of the lowest area on both paths (root first). */
    static List<String> commonPath(List<String> a, List<String> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
            n++;
        }
        return List.copyOf(a.subList(0, n));
    }

    /** A registration waiting on a duplicate queue. */
    public record QueuedDuplicate(String id, String gridCode, String duplicateOf, String areaCode,
            Instant queuedAt) {
    }

    /**
     * The duplicate queue: registrations of an identity number already registered in an area their
     * registrant could not see, listed to SYSTEM_ADMIN and to AREA_ADMINs whose view scope covers the
     * lowest area over both grids (scope filter in the query). Ids and areas only.
     */
    public Mono<org.socialpsych.chassis.web.CursorPage<QueuedDuplicate>> duplicateQueue(int limit, String cursor,
            PlatformPrincipal user) {
        if (!user.isSystemAdmin() && !user.hasRole(Roles.AREA_ADMIN)) {
            return Mono.error(ApiException.forbidden("Only SYSTEM_ADMIN or AREA_ADMIN resolve duplicates"));
        }
        Criteria c = Criteria.where("duplicateOf").exists(true).and("purgedAt").exists(false);
        if (!user.isSystemAdmin()) {
            c = c.and("duplicatePath").in(user.viewAreas());
        }
        if (cursor != null) {
            c = c.and("_id").gt(org.socialpsych.chassis.web.CursorPage.parts(cursor, 1).get(0));
        }
        Query q = new Query(c).with(org.springframework.data.domain.Sort.by("_id"));
        return mongo.find(q, ResidentDocument.class)
                .filter(d -> user.isSystemAdmin() || d.duplicatePath != null && user.canView(d.duplicatePath))
                .take(limit + 1L)
                // no common area below the roots: the platform's (SYSTEM_ADMIN's) queue
                .map(d -> new QueuedDuplicate(d.id, d.gridCode, d.duplicateOf,
                        d.duplicatePath == null || d.duplicatePath.isEmpty() ? null
                                : d.duplicatePath.get(d.duplicatePath.size() - 1), d.duplicateQueuedAt))
                .collectList()
                .map(rows -> org.socialpsych.chassis.web.CursorPage.of(rows, limit,
                        r -> org.socialpsych.chassis.web.CursorPage.cursor(r.id())));
    }

    private Mono<Void> guardian(String guardianId, PlatformPrincipal user) {
        if (guardianId == null) {
            return Mono.empty();
        }
        return visibleDoc(guardianId, user)
                .onErrorMap(ApiException.class, e -> Problems.invalidField("unknown-guardian", "guardianId",
                        "no such resident"))
                .then();
    }

    public Mono<ResidentView> get(String id, PlatformPrincipal user, String purpose) {
        return guard(visibleDoc(id, user).flatMap(d -> view(d, user, purpose)));
    }

    /** The keyed hash a name is searched by: whitespace removed, so "王 芳" finds "王芳". */
    private String nameHash(String name) {
        return cipher.lookupHash("name:" + name.replaceAll("\\s+", ""));
    }

    /** One page of a resident work list: the filters of {@code ResidentController#list}. */
    public record ListFilter(String grid, String household, String under, String tag, String name) {
    }

    /**
     * A work list of residents (a grid, a household, a town's or village's residents, by tag or by
     * name via its keyed hash), one cursor page in id order. The caller's scope is part of the query
     * (scope roots, or a worker's grids); a filter on an area the caller cannot see is empty. Every
     * resident served is read-audited. Tombstones are never listed.
     */
    public Mono<org.socialpsych.chassis.web.CursorPage<ResidentView>> list(ListFilter f, int limit, String cursor,
            PlatformPrincipal user, String purpose) {
        if (f.grid() == null && f.household() == null && f.under() == null && f.tag() == null && f.name() == null) {
            return Mono.error(Problems.rule("missing-filter", "Give grid, household, under, tag or name"));
        }
        List<Criteria> all = new java.util.ArrayList<>();
        all.add(Criteria.where("purgedAt").exists(false));
        if (f.grid() != null) {
            all.add(Criteria.where("gridCode").is(f.grid()));
        }
        if (f.household() != null) {
            all.add(Criteria.where("householdId").is(f.household()));
        }
        if (f.under() != null) {
            all.add(Criteria.where("gridPath").is(f.under()));
        }
        if (f.tag() != null) {
            // a national category, or one an area added (a code no national category has)
            java.util.Optional<TagCategory> national = TagCategory.find(f.tag());
            if (national.isEmpty() && !TagCategories.CODE.matcher(f.tag()).matches()) {
                return Mono.error(new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST, "invalid-parameter",
                        "Invalid query parameter", "tag is not a tag category", Map.of()));
            }
            if (national.isPresent() && national.get().sensitivity() == Sensitivity.POLICE_JUSTICE
                    && !seesPoliceTags(user)) {
                return Mono.error(ApiException.forbidden("Police and justice tags are listed to their roles only"));
            }
            LocalDate today = LocalDate.now(clock);
            all.add(Criteria.where("tags").elemMatch(Criteria.where("category").is(f.tag())
                    .orOperator(Criteria.where("validTo").is(null), Criteria.where("validTo").gt(today))));
        }
        if (f.name() != null) {
            all.add(Criteria.where("nameHash").is(nameHash(f.name())));
        }
        if (cursor != null) {
            all.add(Criteria.where("_id").gt(org.socialpsych.chassis.web.CursorPage.parts(cursor, 1).get(0)));
        }
        // a tag filter names a national category or one some area added (400 otherwise)
        Mono<Void> knownTag = f.tag() == null || TagCategory.find(f.tag()).isPresent() ? Mono.empty()
                : tagCategories.exists(f.tag()).flatMap(known -> known ? Mono.<Void>empty()
                        : Mono.error(new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST,
                                "invalid-parameter", "Invalid query parameter", "tag is not a tag category",
                                Map.of())));
        return guard(knownTag.then(requireReader(user)).then(access.viewable(user)).flatMap(v -> {
            List<Criteria> scoped = new java.util.ArrayList<>(all);
            if (!v.all()) {
                if (v.none()) {
                    return Mono.just(new org.socialpsych.chassis.web.CursorPage<ResidentView>(List.of(), null));
                }
                scoped.add(new Criteria().orOperator(Criteria.where("gridPath").in(v.scopeRoots()),
                        Criteria.where("gridCode").in(v.grids())));
            }
            Query q = new Query(new Criteria().andOperator(scoped.toArray(Criteria[]::new)))
                    .with(org.springframework.data.domain.Sort.by("_id"));
            return mongo.find(q, ResidentDocument.class).filter(d -> v.covers(d.gridPath))
                    .take(limit + 1L).collectList()
                    .map(rows -> org.socialpsych.chassis.web.CursorPage.of(rows, limit,
                            d -> org.socialpsych.chassis.web.CursorPage.cursor(d.id)))
                    .flatMap(page -> Flux.fromIterable(page.items()).concatMap(d -> view(d, user, purpose))
                            .collectList().map(items -> new org.socialpsych.chassis.web.CursorPage<>(items,
                                    page.next())));
        }));
    }

    /** By identity number (hashed here, never stored or logged), by grid or by household. */
    public Flux<ResidentView> search(String idNumber, String grid, String household, int limit,
            PlatformPrincipal user, String purpose) {
        PageRequest page = PageRequest.of(0, Math.min(Math.max(limit, 1), 500));
        Flux<ResidentDocument> docs;
        if (idNumber != null) {
            String n = IdNumber.normalise(idNumber);
            docs = Flux.defer(() -> residents.findByIdHash(cipher.lookupHash(n)).flux());
        } else if (grid != null) {
            docs = residents.findByGridCode(grid, page);
        } else if (household != null) {
            docs = residents.findByHouseholdId(household, page);
        } else {
            return Flux.error(Problems.rule("missing-filter", "Give idNumber, grid or household"));
        }
        return guardFlux(requireReader(user).thenMany(access.viewable(user)
                .flatMapMany(v -> docs.filter(d -> d.purgedAt == null && v.covers(d.gridPath))))
                .concatMap(d -> view(d, user, purpose)));
    }

    public Mono<ResidentView> addTag(String id, AddTag cmd, PlatformPrincipal user) {
        java.util.Optional<TagCategory> national = TagCategory.find(cmd.category());
        if (national.isPresent() && national.get().sensitivity() == Sensitivity.POLICE_JUSTICE
                && !user.hasAnyRole(List.of(Roles.POLICE_LIAISON, Roles.SYSTEM_ADMIN))) {
            return Mono.error(ApiException.forbidden("Police and justice tags are added by POLICE_LIAISON only"));
        }
        // the category is resolved for the resident's grid: national, or added by an area above it
        return guard(writableDoc(id, user).flatMap(d -> tagCategories.resolve(cmd.category(), d.gridPath)
                .switchIfEmpty(Mono.error(Problems.invalidField("unknown-tag-category", "category",
                        "no national category and none added by an area over the resident's grid")))
                .flatMap(resolved -> addTag(d, cmd, resolved, user))));
    }

    private Mono<ResidentView> addTag(ResidentDocument d, AddTag cmd, TagCategories.Resolved resolved,
            PlatformPrincipal user) {
        Sensitivity s = resolved.sensitivity();
        LocalDate from = cmd.validFrom() == null ? LocalDate.now(clock) : cmd.validFrom();
        // one tag per category at a time: a second one that overlaps an open or later-ending tag is refused
        boolean duplicate = d.tags.stream().anyMatch(t -> t.category().equals(cmd.category())
                && (t.validTo() == null || t.validTo().isAfter(from)));
        if (duplicate) {
            return Mono.error(ApiException.conflict("duplicate-tag",
                    "The resident already has a " + cmd.category() + " tag for that day"));
        }
        PopulationTag tag = new PopulationTag("t-" + UUID.randomUUID().toString().substring(0, 13),
                cmd.category(), cmd.department() == null ? resolved.department() : cmd.department(),
                s, from, null, user.subject());
        long v = d.version + 1;
        Update u = new Update().push("tags", tag).set("version", v).set("scheduleDirty", true)
                .push("outbox", events.create(GridEvents.POPULATION_TAGGED, d.id, new PopulationTaggedV1(d.id, v,
                        clock.instant(), tag.tagId(), tag.category(), s.name(), tag.department(), from,
                        d.gridCode, d.gridPath, d.id, d.gridPath)));
        return update(d, u).flatMap(saved -> view(saved, user, "tag"));
    }

    public Mono<ResidentView> endTag(String id, String tagId, LocalDate validTo, PlatformPrincipal user) {
        return guard(writableDoc(id, user).flatMap(d -> {
            PopulationTag tag = d.tags.stream().filter(t -> t.tagId().equals(tagId)).findFirst().orElse(null);
            if (tag == null || (tag.sensitivity() == Sensitivity.POLICE_JUSTICE && !seesPoliceTags(user))) {
                return Mono.error(ApiException.notFound("Tag", tagId));
            }
            if (tag.validTo() != null) {
                return view(d, user, "tag");
            }
            LocalDate to = validTo == null ? LocalDate.now(clock) : validTo;
            if (to.isBefore(tag.validFrom())) {
                return Mono.error(Problems.invalidField("invalid-date", "validTo", "before the tag's validFrom"));
            }
            List<PopulationTag> tags = d.tags.stream().map(t -> t.tagId().equals(tagId)
                    ? new PopulationTag(t.tagId(), t.category(), t.department(), t.sensitivity(), t.validFrom(), to,
                            t.addedBy())
                    : t).toList();
            long v = d.version + 1;
            Update u = new Update().set("tags", tags).set("version", v).set("scheduleDirty", true)
                    .push("outbox", events.create(GridEvents.POPULATION_TAG_ENDED, d.id, new PopulationTagEndedV1(
                            d.id, v, clock.instant(), tagId, tag.category(), tag.sensitivity().name(), to,
                            d.gridCode, d.gridPath, d.id, d.gridPath)));
            return update(d, u).flatMap(saved -> view(saved, user, "tag"));
        }));
    }

    /**
     * The risk colour is derived from screening results (record class RESULT): only a caller whose
     * view of results is at least GOVERNANCE sets it, and only in their own capture scope (the
     * police liaison's tag exception does not apply).
     */
    public Mono<ResidentView> setRisk(String id, RiskLevel level, PlatformPrincipal user) {
        if (!views.allows(user, RecordClass.RESULT, FieldView.GOVERNANCE)) {
            return Mono.error(ApiException.forbidden("Your role does not set risk levels"));
        }
        return guard(writableDoc(id, user, false).flatMap(d -> update(d,
                new Update().set("riskLevel", level).set("version", d.version + 1).set("scheduleDirty", true))
                .flatMap(saved -> view(saved, user, "risk"))));
    }

    /**
     * Records that the resident left (moved out, died, deregistered) on {@code at} (an ISO date,
     * taken as the start of that day in the platform zone, or an instant; not in the future). The
     * departure day ({@code departure.on}) is the date in the platform zone: visits on that day are
     * visits before the resident left, visits on a later day are refused. Who
     * may update the resident may record it, in their capture scope. Once only: the same reason and
     * date again answer the resident unchanged, anything else is a conflict. The resident's visit
     * schedule ends (no new visit is due) and {@code departedAt} starts the clock of retention class
     * {@code resident}.
     */
    public Mono<ResidentView> depart(String id, DepartureReason reason, String at, PlatformPrincipal user) {
        Instant when;
        try {
            // stored as a BSON date: compare at its precision
            when = parseDepartureTime(at).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            return Mono.error(badDeparture("invalid-date", "not an ISO date or instant"));
        }
        if (when.isAfter(clock.instant())) {
            return Mono.error(badDeparture("departure-in-future", "the departure is in the future"));
        }
        return guard(writableDoc(id, user, false).flatMap(d -> {
            if (d.departure != null) {
                return d.departure.reason() == reason && when.equals(d.departure.at()) ? view(d, user, "departure")
                        : Mono.error(ApiException.conflict("already-departed",
                                "The resident's departure was recorded with another reason or date"));
            }
            ResidentDocument.Departure dep = new ResidentDocument.Departure(reason, when, clock.instant(),
                    user.subject(), LocalDate.ofInstant(when, clock.getZone()));
            long v = d.version + 1;
            return update(d, new Update().set("departure", dep).set("departedAt", when)
                    .set("version", v).set("scheduleDirty", true)
                    .push("outbox", events.create(GridEvents.RESIDENT_DEPARTED, d.id, new ResidentDepartedV1(d.id, v,
                            clock.instant(), d.id, reason.name(), dep.on(), d.gridCode, d.gridPath, d.gridPath))))
                    .flatMap(saved -> view(saved, user, "departure"));
        }));
    }

    /**
     * Moves the ownership of a resident to another grid (moving house), from today (platform zone):
     * an explicit, audited act of an AREA_ADMIN (or SYSTEM_ADMIN) whose capture scope covers both the
     * old and the new grid (a scope over their common ancestor does). The old grid stays in
     * {@code gridHistory}, the transfer with its reason in {@code transfers}; the read of the result is
     * audited (purpose {@code transfer}) and ResidentTransferred.v1 carries the new owning grid and
     * path (never the reason). Outside the view scope 404, other roles 403, a departed resident 409.
     */
    public Mono<ResidentView> transfer(String id, String toGrid, String reason, PlatformPrincipal user) {
        if (!user.isSystemAdmin() && !user.hasRole(Roles.AREA_ADMIN)) {
            return Mono.error(ApiException.forbidden("Only SYSTEM_ADMIN or AREA_ADMIN transfer residents"));
        }
        return guard(visibleDoc(id, user).flatMap(d -> {
            if (!user.canCapture(d.gridPath)) {
                return Mono.error(ApiException.forbidden("The resident is outside your capture scope"));
            }
            if (d.departure != null) {
                return Mono.error(ApiException.conflict("resident-departed", "The resident has left"));
            }
            return areas.findByCode(toGrid)
                    .switchIfEmpty(Mono.error(Problems.invalidField("unknown-grid", "toGrid", "no such grid")))
                    .flatMap(target -> {
                        if (target.level != AreaLevel.GRID) {
                            return Mono.error(Problems.invalidField("not-a-grid", "toGrid", "the area is not a grid"));
                        }
                        if (target.validTo != null && !target.validTo.isAfter(LocalDate.now(clock))) {
                            return Mono.error(Problems.invalidField("area-ended", "toGrid", "the grid has ended"));
                        }
                        if (target.code.equals(d.gridCode)) {
                            return Mono.error(Problems.invalidField("same-grid", "toGrid",
                                    "the resident already belongs to this grid"));
                        }
                        if (!user.canCapture(target.path)) {
                            return Mono.error(ApiException.forbidden("The new grid is outside your capture scope"));
                        }
                        LocalDate day = LocalDate.now(clock);
                        Instant now = clock.instant();
                        long v = d.version + 1;
                        Update u = new Update().set("gridCode", target.code).set("gridPath", target.path)
                                .set("version", v).set("scheduleDirty", true)
                                .push("gridHistory", new ResidentDocument.GridSpell(d.gridCode, d.gridPath, day))
                                .push("transfers", new ResidentDocument.Transfer(d.gridCode, target.code, day,
                                        reason.strip(), user.subject(), now))
                                .push("outbox", events.create(GridEvents.RESIDENT_TRANSFERRED, d.id,
                                        new ResidentTransferredV1(d.id, v, now, d.id, d.gridCode, d.gridPath,
                                                target.code, target.path, target.path, day)));
                        return update(d, u).flatMap(saved -> view(saved, user, "transfer"));
                    });
        }));
    }

    /** A malformed or future {@code at} is a bad request (400), like an unknown reason. */
    private static ApiException badDeparture(String slug, String message) {
        return new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST, slug, "Bad Request", message,
                Map.of("errors", List.of(Map.of("field", "at", "message", message))));
    }

    private Instant parseDepartureTime(String at) {
        String s = at.strip();
        if (s.length() == 10) {
            return LocalDate.parse(s).atStartOfDay(clock.getZone()).toInstant();
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(s).toInstant();
        }
    }

    /** Re-wraps every record's data key with the active master key; field ciphertexts are unchanged. */
    public Mono<Long> rotateKeys(PlatformPrincipal user) {
        if (!user.isSystemAdmin()) {
            return Mono.error(ApiException.forbidden("Only SYSTEM_ADMIN rotates keys"));
        }
        return guard(Mono.defer(() -> {
            String active = cipher.activeKeyId();
            // tombstones of purged residents have no envelope
            Query stale = new Query(Criteria.where("sealed").exists(true).and("sealed.keyId").ne(active));
            stale.fields().include("sealed");
            return mongo.find(stale, ResidentDocument.class)
                    .concatMap(d -> {
                        FieldCipher.Sealed re = cipher.rewrap(d.id, d.sealed.toCipher());
                        return mongo.updateFirst(new Query(Criteria.where("_id").is(d.id).and("sealed.keyId")
                                .is(d.sealed.keyId)), new Update().set("sealed", ResidentDocument.Sealed.of(re)),
                                ResidentDocument.class);
                    }, 4)
                    .filter(r -> r.getModifiedCount() > 0).count()
                    .doOnNext(n -> log.info("Re-wrapped the data keys of {} residents with key {}", n, active));
        }));
    }

    /** Document if the caller can see it; 404 otherwise (no existence leak). */
    public Mono<ResidentDocument> visibleDoc(String id, PlatformPrincipal user) {
        return requireReader(user).then(access.viewable(user)).flatMap(v -> residents.findById(id)
                .filter(d -> d.purgedAt == null && v.covers(d.gridPath)))
                .switchIfEmpty(Mono.error(ApiException.notFound("Resident", id)));
    }

    private Mono<ResidentDocument> writableDoc(String id, PlatformPrincipal user) {
        return writableDoc(id, user, true);
    }

    /** {@code policeTags}: a police liaison may write (their tags) within their capture scope. */
    private Mono<ResidentDocument> writableDoc(String id, PlatformPrincipal user, boolean policeTags) {
        return visibleDoc(id, user).flatMap(d -> access.writable(user).flatMap(w -> w.covers(d.gridPath)
                || (policeTags && user.hasRole(Roles.POLICE_LIAISON) && user.canCapture(d.gridPath)) ? Mono.just(d)
                        : Mono.error(ApiException.forbidden("The resident is outside your capture scope"))));
    }

    private Mono<AreaDocument> writableGrid(String code, PlatformPrincipal user) {
        return access.writable(user).flatMap(w -> areas.findByCode(code)
                .switchIfEmpty(Mono.error(Problems.invalidField("unknown-grid", "gridCode", "no such grid")))
                .flatMap(a -> {
                    if (a.level != AreaLevel.GRID) {
                        return Mono.error(Problems.invalidField("not-a-grid", "gridCode", "the area is not a grid"));
                    }
                    if (a.validTo != null) {
                        return Mono.error(Problems.invalidField("area-ended", "gridCode", "the grid has ended"));
                    }
                    return w.covers(a.path) ? Mono.just(a)
                            : Mono.error(ApiException.forbidden("The grid is outside your capture scope"));
                }));
    }

    private Mono<ResidentDocument> update(ResidentDocument d, Update u) {
        return mongo.updateFirst(new Query(Criteria.where("_id").is(d.id).and("version").is(d.version)), u,
                ResidentDocument.class)
                .flatMap(r -> r.getModifiedCount() == 0
                        ? Mono.error(ApiException.conflict("concurrent-change",
                                "The resident changed meanwhile; reload and retry"))
                        : residents.findById(d.id))
                .doOnNext(x -> relay.nudge())
                .flatMap(saved -> afterChange(saved.id).thenReturn(saved));
    }

    private Mono<Void> afterChange(String id) {
        relay.nudge();
        return Flux.fromIterable(listeners).concatMap(l -> l.residentChanged(id).onErrorResume(e -> {
            log.warn("Follow-up of a resident change failed ({}); the poller will repeat it",
                    e.getClass().getSimpleName());
            return Mono.empty();
        })).then();
    }

    /**
     * The resident as the policy lets the caller see it. GOVERNANCE (and richer): identity number
     * masked, name, phone, address, household and guardian, the risk colour when the caller's view of
     * RESULT allows it, tags without the police/justice ones unless the caller sees those. MINIMAL:
     * masked identity number, name, phone, address, grid and guardian (whom to contact), no
     * household, no risk colour, only police/justice tags (and only to their roles).
     */
    private Mono<ResidentView> view(ResidentDocument d, PlatformPrincipal user, String purpose) {
        FieldView person = views.viewOf(user, RecordClass.PERSON);
        if (person == FieldView.NONE) {
            return Mono.error(ApiException.forbidden("Your role has no access to resident records"));
        }
        boolean governance = person.atLeast(FieldView.GOVERNANCE);
        boolean risk = governance && views.allows(user, RecordClass.RESULT, FieldView.GOVERNANCE);
        Map<String, String> plain = cipher.open(d.id, d.sealed.toCipher());
        boolean police = seesPoliceTags(user);
        List<PopulationTag> tags = d.tags.stream()
                .filter(t -> t.sensitivity() == Sensitivity.POLICE_JUSTICE ? police : governance).toList();
        FieldView shown = governance ? FieldView.GOVERNANCE : FieldView.MINIMAL;
        ResidentView v = new ResidentView(d.id, IdNumber.mask(plain.get("idNumber")), plain.get("name"),
                plain.get("phone"), plain.get("address"), d.gridCode, d.gridPath, governance ? d.householdId : null,
                d.guardianId, risk ? d.riskLevel : null, tags, d.version, shown.name(),
                d.departure == null ? null : new ResidentView.Departure(d.departure.reason(), d.departure.at(),
                        d.departure.day(clock.getZone())));
        // purpose null: the chassis takes the X-Purpose the caller declared on the request
        return audit.record(user, "resident", d.id, d.id, governance ? "identity" : "minimal", purpose).thenReturn(v);
    }

    /** The DOMAIN rule for tags of police and justice departments (a sensitivity class, not a view). */
    private static boolean seesPoliceTags(PlatformPrincipal user) {
        return user.isSystemAdmin() || user.hasRole(Roles.POLICE_LIAISON);
    }

    /** A role the policy gives some view of residents and that {@link GridAccess} scopes to grids. */
    private Mono<Void> requireReader(PlatformPrincipal user) {
        return views.viewOf(user, RecordClass.PERSON) != FieldView.NONE && GridAccess.reachesGrids(user)
                ? Mono.empty()
                : Mono.error(ApiException.forbidden("Your role has no access to resident records"));
    }

    private static <T> Mono<T> guard(Mono<T> work) {
        return work.onErrorMap(FieldCipher.UnavailableException.class, Problems::unavailable);
    }

    private static <T> Flux<T> guardFlux(Flux<T> work) {
        return work.onErrorMap(FieldCipher.UnavailableException.class, Problems::unavailable);
    }

}
