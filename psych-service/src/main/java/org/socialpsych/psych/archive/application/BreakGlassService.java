package org.socialpsych.psych.archive.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import org.socialpsych.chassis.security.FieldViewPolicy;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.chassis.web.CursorPage;
import org.socialpsych.person.PersonIndex;
import org.socialpsych.psych.archive.domain.ArchiveAccess;
import org.socialpsych.psych.archive.infra.BreakGlassGrantDocument;
import org.socialpsych.psych.common.application.Problems;
import org.socialpsych.psych.common.domain.RuleException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Break-glass (emergency) access to one person's archive, for roles with a clinical PERSON or CASE
 * view under the field-view policy: granted at once for a stated reason,
 * for {@code socialpsych.archive.break-glass-ttl}; every use is audit-logged with purpose
 * BREAK_GLASS, and every grant waits in the AUDITOR's review queue until a different person
 * reviews it.
 */
@Service
public class BreakGlassService {

    public enum ReviewFilter {
        PENDING, REVIEWED, ALL
    }

    public enum Finding {
        JUSTIFIED, NOT_JUSTIFIED
    }

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final ArchiveProperties properties;
    private final FieldViewPolicy views;
    private final PersonIndex persons;

    public BreakGlassService(ReactiveMongoTemplate mongo, Clock clock, ArchiveProperties properties,
            FieldViewPolicy views, PersonIndex persons) {
        this.persons = persons;
        this.views = views;
        this.mongo = mongo;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Grants access to an archive that exists ({@code archiveExists}); a grant for a person without
     * any record would open nothing, so it is refused as 404 and nothing is stored.
     */
    public Mono<BreakGlassGrantDocument> grant(String personId, String reason, PlatformPrincipal user,
            Mono<Boolean> archiveExists) {
        try {
            ArchiveAccess.checkBreakGlass(views, user.roles(), reason);
        } catch (RuleException e) {
            return Mono.error(Problems.of(e));
        }
        return archiveExists.flatMap(exists -> exists ? persons.find(personId)
                        .flatMap(owner -> insertGrant(personId, owner.areaPath(), reason, user))
                : Mono.<BreakGlassGrantDocument>empty())
                .switchIfEmpty(Mono.error(ApiException.notFound("Archive of", personId)));
    }

    private Mono<BreakGlassGrantDocument> insertGrant(String personId, List<String> ownerPath, String reason,
            PlatformPrincipal user) {
        BreakGlassGrantDocument d = new BreakGlassGrantDocument();
        d.id = "bg-" + UUID.randomUUID();
        d.personId = personId;
        d.ownerAreaPath = new ArrayList<>(ownerPath);
        d.requester = user.subject();
        d.requesterRoles = new ArrayList<>(new TreeSet<>(user.roles()));
        d.reason = reason.strip();
        d.grantedAt = clock.instant();
        d.expiresAt = d.grantedAt.plus(properties.breakGlassTtl());
        d.reviewed = false;
        return mongo.insert(d);
    }

    /** The caller's grant for the person that is still running, if any. */
    public Mono<BreakGlassGrantDocument> active(String personId, PlatformPrincipal user) {
        // a grant serves only a caller who may break glass now: the same person presenting a token of a
        // role without the clinical view (grid worker, police, admin) gets nothing from it
        try {
            ArchiveAccess.checkBreakGlass(views, user.roles(), "grant in use");
        } catch (RuleException e) {
            return Mono.empty();
        }
        return mongo.findOne(new Query(Criteria.where("requester").is(user.subject()).and("personId").is(personId)
                .and("expiresAt").gt(clock.instant())).with(Sort.by(Sort.Direction.DESC, "expiresAt")),
                BreakGlassGrantDocument.class);
    }

    public Mono<Void> used(String grantId) {
        return mongo.updateFirst(new Query(Criteria.where("_id").is(grantId)),
                new Update().inc("uses", 1).set("lastUsedAt", clock.instant()), BreakGlassGrantDocument.class).then();
    }

    /**
     * The review queue of break-glass uses about persons owned in the auditor's view scope (a county
     * auditor never sees another county's), oldest first, one cursor page at a time.
     */
    public Mono<CursorPage<BreakGlassGrantDocument>> reviews(ReviewFilter filter, int limit, String cursor,
            PlatformPrincipal user) {
        requireAuditor(user);
        List<Criteria> all = new ArrayList<>();
        if (filter != ReviewFilter.ALL) {
            all.add(Criteria.where("reviewed").is(filter == ReviewFilter.REVIEWED));
        }
        if (!user.isSystemAdmin()) {
            all.add(Criteria.where("ownerAreaPath").in(user.viewAreas()));
        }
        if (cursor != null) {
            all.add(Criteria.where("_id").gt(CursorPage.parts(cursor, 1).get(0)));
        }
        Query query = new Query(all.isEmpty() ? new Criteria() : new Criteria().andOperator(all))
                .with(Sort.by("_id")).limit(limit + 1);
        return mongo.find(query, BreakGlassGrantDocument.class).collectList()
                .map(rows -> CursorPage.of(rows, limit, g -> CursorPage.cursor(g.id)));
    }

    /** Marks a grant reviewed; the reviewer is not the requester, and a grant is reviewed once. */
    public Mono<BreakGlassGrantDocument> review(String id, Finding finding, String note, PlatformPrincipal user) {
        requireAuditor(user);
        return mongo.findById(id, BreakGlassGrantDocument.class)
                .filter(g -> user.isSystemAdmin() || g.ownerAreaPath != null && user.canView(g.ownerAreaPath))
                .switchIfEmpty(Mono.error(ApiException.notFound("Break-glass grant", id)))
                .flatMap(g -> {
                    try {
                        ArchiveAccess.checkReviewer(g.requester, user.subject());
                    } catch (RuleException e) {
                        return Mono.error(Problems.of(e));
                    }
                    Update update = new Update().set("reviewed", true).set("reviewedBy", user.subject())
                            .set("reviewedAt", clock.instant()).set("finding", finding.name()).set("reviewNote", note);
                    return mongo.updateFirst(new Query(Criteria.where("_id").is(id).and("reviewed").is(false)), update,
                                    BreakGlassGrantDocument.class)
                            .flatMap(r -> r.getModifiedCount() == 1
                                    ? mongo.findById(id, BreakGlassGrantDocument.class)
                                    : Mono.error(ApiException.conflict("already-reviewed",
                                            "This break-glass access has already been reviewed")));
                });
    }

    private static void requireAuditor(PlatformPrincipal user) {
        if (!user.hasRole(Roles.AUDITOR)) {
            throw ApiException.forbidden("Break-glass reviews are for auditors");
        }
    }
}
