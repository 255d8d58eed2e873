package org.socialpsych.psych.archive.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.socialpsych.chassis.audit.ReadAuditLog;
import org.socialpsych.chassis.security.FieldViewPolicy;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.chassis.web.RequestIdFilter;
import org.socialpsych.person.PersonIndex;
import org.socialpsych.psych.appointment.domain.AppointmentStatus;
import org.socialpsych.psych.appointment.infra.AppointmentDocument;
import org.socialpsych.psych.archive.domain.AccessBasis;
import org.socialpsych.psych.archive.domain.ArchiveAccess;
import org.socialpsych.psych.archive.domain.ArchiveView;
import org.socialpsych.psych.archive.domain.Contact;
import org.socialpsych.psych.archive.domain.RiskColour;
import org.socialpsych.psych.archive.infra.AssessmentResultDocument;
import org.socialpsych.psych.common.application.Problems;
import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.consent.application.ConsentService;
import org.socialpsych.psych.consent.domain.ConsentEntry;
import org.socialpsych.psych.consent.domain.ConsentPurpose;
import org.socialpsych.psych.consent.domain.ConsentRules;
import org.socialpsych.psych.crisis.domain.CaseStatus;
import org.socialpsych.psych.crisis.domain.RiskTier;
import org.socialpsych.psych.crisis.infra.CrisisCaseDocument;
import org.socialpsych.psych.crisis.infra.GridFollowUpDocument;
import org.socialpsych.psych.referral.domain.ReferralStatus;
import org.socialpsych.psych.referral.infra.ReferralDocument;
import org.socialpsych.psych.servicepoint.infra.ServicePointDocument;
import org.socialpsych.psych.smd.infra.SmdPatientDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * The psychological archive (心理健康档案): one person-centred record assembled from psych-service's
 * own collections and its projection of screening results, seen through the view the chassis
 * {@link FieldViewPolicy} gives the caller's roles for a PERSON record.
 * <p>
 * Access, in order: a role with an archive view (403 otherwise); ownership — the caller's view
 * scope covers the person's owning area in the person index (ADR 0010) — or a task (named responder of an open crisis case, staff of the receiving
 * service point of an open referral), or a running break-glass grant (404 otherwise, as for any
 * record outside scope); for sharing callers (police liaison, external system) the matching
 * SHARING_* consent in force, or an open HIGH crisis case (PIPL Art. 13(4)) (403 otherwise). The
 * read is appended to the audit log, with the access and legal basis in its purpose, before the
 * archive is served.
 */
@Service
public class ArchiveService {

    private static final Set<ReferralStatus> OPEN_REFERRAL = EnumSet.of(ReferralStatus.OFFERED,
            ReferralStatus.ACCEPTED, ReferralStatus.IN_CONTACT);

    private final ReactiveMongoTemplate mongo;
    private final ConsentService consents;
    private final BreakGlassService breakGlass;
    private final ReadAuditLog audit;
    private final Clock clock;
    private final ZoneId zone;
    private final FieldViewPolicy views;
    private final PersonIndex persons;

    public ArchiveService(ReactiveMongoTemplate mongo, ConsentService consents, BreakGlassService breakGlass,
            ReadAuditLog audit, Clock clock, @Value("${socialpsych.psych.zone:Asia/Shanghai}") String zone,
            FieldViewPolicy views, PersonIndex persons) {
        this.persons = persons;
        this.mongo = mongo;
        this.views = views;
        this.consents = consents;
        this.breakGlass = breakGlass;
        this.audit = audit;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    private record Records(List<AssessmentResultDocument> assessments, List<AppointmentDocument> appointments,
            List<CrisisCaseDocument> crisisCases, List<ReferralDocument> referrals, SmdPatientDocument smd,
            List<GridFollowUpDocument> followUps, List<ConsentEntry> consents) {

        Stream<List<String>> areaPaths() {
            return Stream.of(assessments.stream().map(a -> a.areaPath), appointments.stream().map(a -> a.areaPath),
                    crisisCases.stream().map(c -> c.areaPath), referrals.stream().map(r -> r.areaPath),
                    Stream.ofNullable(smd).map(s -> s.areaPath), followUps.stream().map(f -> f.areaPath),
                    consents.stream().map(ConsentEntry::areaPath)).flatMap(s -> s);
        }

        boolean empty() {
            return areaPaths().findAny().isEmpty();
        }
    }

    /** How the caller got in, for the response and the audit purpose. */
    private record Grant(AccessBasis basis, String detail, String breakGlassId) {
    }

    public Mono<PersonArchive> get(String personId, PlatformPrincipal user) {
        Optional<ArchiveView> view = ArchiveAccess.viewFor(views, user.roles());
        if (view.isEmpty()) {
            return Mono.error(ApiException.forbidden("Your role has no access to psychological archives"));
        }
        return Mono.deferContextual(ctx -> {
            String declared = ctx.getOrDefault(RequestIdFilter.PURPOSE_KEY, "unspecified");
            Optional<ConsentPurpose> sharing;
            try {
                sharing = ArchiveAccess.sharingPurpose(user.roles(), declared);
            } catch (RuleException e) {
                return Mono.error(Problems.of(e));
            }
            return load(personId).flatMap(records -> {
                if (records.empty()) {
                    return Mono.error(ApiException.notFound("Archive of", personId));
                }
                return grant(personId, records, user)
                        .switchIfEmpty(Mono.error(ApiException.notFound("Archive of", personId)))
                        .flatMap(grant -> {
                            String legalBasis = null;
                            if (sharing.isPresent()) {
                                legalBasis = legalBasis(sharing.get(), records);
                                if (legalBasis == null) {
                                    return Mono.error(new ApiException(HttpStatus.FORBIDDEN, "consent-required",
                                            "Consent required", "The person has not consented to "
                                                    + sharing.get() + " and no legal exemption applies", null));
                                }
                            }
                            String purpose = purpose(declared, grant, legalBasis);
                            PersonArchive archive = assemble(personId, view.get(), grant.basis(), legalBasis,
                                    records);
                            Mono<Void> use = grant.breakGlassId() == null ? Mono.empty()
                                    : breakGlass.used(grant.breakGlassId());
                            return audit.record(user, "archive", personId, personId, view.get().fieldsClass(), purpose)
                                    .then(use)
                                    .thenReturn(archive);
                        });
            });
        });
    }

    /** Whether any record of the person exists here, whatever the caller's scope (for break-glass). */
    public Mono<Boolean> exists(String personId) {
        return load(personId).map(records -> !records.empty());
    }

    private static String purpose(String declared, Grant grant, String legalBasis) {
        String p = switch (grant.basis()) {
            case OWNERSHIP -> declared;
            case TASK -> declared + ";task=" + grant.detail();
            case BREAK_GLASS -> "BREAK_GLASS";
        };
        return legalBasis == null ? p : p + ";basis=" + legalBasis;
    }

    /** The consent in force for the purpose, else the life-protection exemption for an open HIGH case, else null. */
    private static String legalBasis(ConsentPurpose purpose, Records records) {
        if (ConsentRules.granted(records.consents(), purpose)) {
            return "consent:" + purpose.name();
        }
        boolean openHigh = records.crisisCases().stream()
                .anyMatch(c -> c.status != CaseStatus.CLOSED && c.tier == RiskTier.HIGH);
        return openHigh ? ArchiveAccess.LIFE_EXEMPTION : null;
    }

    private Mono<Grant> grant(String personId, Records records, PlatformPrincipal user) {
        return persons.find(personId)
                .filter(owner -> PersonIndex.owns(user, owner))
                .map(owner -> new Grant(AccessBasis.OWNERSHIP, owner.areaCode(), null))
                .switchIfEmpty(Mono.defer(() -> taskOrBreakGlass(personId, records, user)));
    }

    /**
     * Access without ownership: a task on the person (named responder of an open crisis case, staff of
     * the receiving service point of an open referral), else a running break-glass grant. Records in
     * the caller's scope are no basis: creating a record never widens access (ADR 0010).
     */
    private Mono<Grant> taskOrBreakGlass(String personId, Records records, PlatformPrincipal user) {
        Optional<CrisisCaseDocument> crisisTask = records.crisisCases().stream()
                .filter(c -> c.status != CaseStatus.CLOSED && c.responders != null
                        && c.responders.contains(user.subject()))
                .findFirst();
        if (crisisTask.isPresent()) {
            return Mono.just(new Grant(AccessBasis.TASK, "crisis-case:" + crisisTask.get().id, null));
        }
        List<ReferralDocument> open = records.referrals().stream().filter(r -> OPEN_REFERRAL.contains(r.status))
                .toList();
        Mono<Grant> referralTask = open.isEmpty() ? Mono.empty()
                : mongo.find(new Query(Criteria.where("_id").in(open.stream().map(r -> r.toServicePointId).toList())
                                .and("staffIds").is(user.subject())), ServicePointDocument.class)
                        .next()
                        .flatMap(sp -> Mono.justOrEmpty(open.stream().filter(r -> sp.id.equals(r.toServicePointId))
                                .findFirst()))
                        .map(r -> new Grant(AccessBasis.TASK, "referral:" + r.id, null));
        return referralTask.switchIfEmpty(Mono.defer(() -> breakGlass.active(personId, user)
                .map(g -> new Grant(AccessBasis.BREAK_GLASS, g.id, g.id))));
    }

    private Mono<Records> load(String personId) {
        Query bySubject = new Query(Criteria.where("subjectId").is(personId));
        return Mono.zip(
                mongo.find(Query.of(bySubject).with(Sort.by(Sort.Direction.DESC, "completedAt")),
                        AssessmentResultDocument.class).collectList(),
                mongo.find(new Query(Criteria.where("personId").is(personId)).with(Sort.by(Sort.Direction.DESC,
                        "slotStart")), AppointmentDocument.class).collectList(),
                mongo.find(Query.of(bySubject).with(Sort.by(Sort.Direction.DESC, "openedAt")),
                        CrisisCaseDocument.class).collectList(),
                mongo.find(Query.of(bySubject).with(Sort.by(Sort.Direction.DESC, "createdAt")),
                        ReferralDocument.class).collectList(),
                mongo.findOne(Query.of(bySubject), SmdPatientDocument.class).map(Optional::of)
                        .defaultIfEmpty(Optional.empty()),
                mongo.find(Query.of(bySubject), GridFollowUpDocument.class).collectList(),
                consents.history(personId))
                .map(t -> new Records(t.getT1(), t.getT2(), t.getT3(), t.getT4(), t.getT5().orElse(null), t.getT6(),
                        t.getT7()));
    }

    private PersonArchive assemble(String personId, ArchiveView view, AccessBasis basis, String legalBasis,
            Records r) {
        List<String> openTiers = r.crisisCases().stream().filter(c -> c.status != CaseStatus.CLOSED)
                .map(c -> c.tier.name()).toList();
        String latestAssessment = r.assessments().stream().findFirst().map(a -> a.tier).orElse(null);
        String latestSession = r.appointments().stream().filter(a -> a.session != null)
                .max(Comparator.comparing(a -> a.session.recordedAt()))
                .map(a -> a.session.riskObserved().name()).orElse(null);
        boolean openReferral = r.referrals().stream().anyMatch(x -> OPEN_REFERRAL.contains(x.status));
        RiskColour colour = RiskColour.of(openTiers, r.smd() == null || r.smd().classification == null ? null
                : r.smd().classification.name(), latestAssessment, latestSession, openReferral);
        return new PersonArchive(personId, view, basis, legalBasis, colour, nextVisitDue(r), whomToCall(r),
                r.assessments(), r.appointments(), r.crisisCases(), r.referrals(), r.smd(), r.consents());
    }

    /** The earliest of: the SMD follow-up due, a grid-team follow-up due, a crisis first contact still owed. */
    private LocalDate nextVisitDue(Records r) {
        List<LocalDate> dates = new ArrayList<>();
        if (r.smd() != null && r.smd().nextDue != null) {
            dates.add(r.smd().nextDue);
        }
        r.followUps().stream().filter(f -> "DUE".equals(f.status) && f.dueBy != null)
                .forEach(f -> dates.add(LocalDate.ofInstant(f.dueBy, zone)));
        r.crisisCases().stream().filter(c -> c.status != CaseStatus.CLOSED && c.firstContactAt == null
                        && c.firstContactBy != null)
                .forEach(c -> dates.add(LocalDate.ofInstant(c.firstContactBy, zone)));
        return dates.stream().min(Comparator.naturalOrder()).orElse(null);
    }

    private static List<Contact> whomToCall(Records r) {
        Set<Contact> out = new LinkedHashSet<>();
        r.crisisCases().stream().filter(c -> c.status != CaseStatus.CLOSED).forEach(c -> {
            if (c.responders != null) {
                c.responders.forEach(u -> out.add(new Contact("CRISIS_RESPONDER", u)));
            }
            c.assignees.forEach(u -> out.add(new Contact("CRISIS_UNIT", u.name())));
        });
        if (r.smd() != null) {
            if (r.smd().responsibleWorker != null) {
                out.add(new Contact("SMD_RESPONSIBLE_WORKER", r.smd().responsibleWorker));
            }
            r.smd().caseTeam.forEach(m -> out.add(new Contact("SMD_CASE_TEAM", m)));
        }
        r.referrals().stream().filter(x -> OPEN_REFERRAL.contains(x.status))
                .forEach(x -> out.add(new Contact("REFERRAL_RECEIVER", x.toServicePointId)));
        r.appointments().stream().filter(a -> a.status == AppointmentStatus.BOOKED
                        || a.status == AppointmentStatus.COMPLETED)
                .filter(a -> a.practitionerId != null).findFirst()
                .ifPresent(a -> out.add(new Contact("PRACTITIONER", a.practitionerId)));
        return List.copyOf(out);
    }
}
