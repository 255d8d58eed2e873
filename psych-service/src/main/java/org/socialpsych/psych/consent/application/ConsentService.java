package org.socialpsych.psych.consent.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.socialpsych.chassis.audit.ReadAuditLog;
import org.socialpsych.chassis.outbox.OutboxEventFactory;
import org.socialpsych.chassis.outbox.OutboxRelay;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.person.PersonIndex;
import org.socialpsych.events.psych.ConsentGivenV1;
import org.socialpsych.events.psych.ConsentRevokedV1;
import org.socialpsych.events.psych.PsychEvents;
import org.socialpsych.psych.area.application.AreaTree;
import org.socialpsych.psych.common.application.Problems;
import org.socialpsych.chassis.web.IdempotencyKeys;
import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.consent.domain.ConsentAction;
import org.socialpsych.psych.consent.domain.ConsentActor;
import org.socialpsych.psych.consent.domain.ConsentEntry;
import org.socialpsych.psych.consent.domain.ConsentPurpose;
import org.socialpsych.psych.consent.domain.ConsentRules;
import org.socialpsych.psych.consent.infra.ConsentEntryDocument;
import org.socialpsych.psych.consent.infra.ConsentLedger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * The consent ledger (docs/domain.md §6): per person and purpose, given by the person or (under the
 * minor age, required) a guardian; a revocation is a new entry; nothing is overwritten.
 */
@Service
public class ConsentService {

    /** Staff who record and read consents in their scope; a RESIDENT may for their own id. */
    public static final Set<String> STAFF = Set.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN, Roles.COUNSELLOR,
            Roles.CLINICIAN, Roles.GRID_WORKER);

    public record Record(String personId, ConsentPurpose purpose, ConsentAction action, ConsentActor by,
            String guardianId, LocalDate birthDate, Integer age, String areaCode) {
    }

    public record Recorded(ConsentEntry entry, boolean created) {
    }

    /** The person's ledger: the current state per purpose and the whole history, oldest first. */
    public record Ledger(String personId, Map<ConsentPurpose, ConsentEntry> current, List<ConsentEntry> history) {
    }

    private final ConsentLedger ledger;
    private final AreaTree areas;
    private final OutboxEventFactory events;
    private final OutboxRelay relay;
    private final ReadAuditLog audit;
    private final Clock clock;
    private final ZoneId zone;
    private final int minorAge;
    private final PersonIndex persons;

    public ConsentService(ConsentLedger ledger, AreaTree areas, OutboxEventFactory events, OutboxRelay relay,
            ReadAuditLog audit, Clock clock, @Value("${socialpsych.psych.zone:Asia/Shanghai}") String zone,
            @Value("${socialpsych.consent.minor-age:14}") int minorAge, PersonIndex persons) {
        this.persons = persons;
        this.ledger = ledger;
        this.areas = areas;
        this.events = events;
        this.relay = relay;
        this.audit = audit;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.minorAge = minorAge;
    }

    static boolean self(PlatformPrincipal user, String personId) {
        return user.hasRole(Roles.RESIDENT) && user.subject().equals(personId);
    }

    public Mono<Recorded> record(Record cmd, PlatformPrincipal user, String idempotencyKey) {
        if (!user.hasAnyRole(STAFF) && !self(user, cmd.personId())) {
            return Mono.error(ApiException.forbidden("Your role may not record consents for this person"));
        }
        String key = IdempotencyKeys.scoped(user.subject(), idempotencyKey);
        Mono<Recorded> replay = key == null ? Mono.empty()
                : ledger.byIdempotencyKey(key).flatMap(d -> replayed(d, user));
        return replay.switchIfEmpty(Mono.defer(() -> persons.requireCaptured("personId", cmd.personId(), user)
                // only the person, or staff whose scope covers the person's owning area (ADR 0010)
                .flatMap(owner -> areas.get(cmd.areaCode())
                .switchIfEmpty(Mono.error(ApiException.invalid("unknown-area", "Area " + cmd.areaCode()
                        + " is not known", Map.of("errors", List.of(Map.of("field", "areaCode",
                                "message", "no such area"))))))
                .flatMap(area -> {
                    if (!self(user, cmd.personId()) && !user.canCapture(area.path())) {
                        return Mono.error(ApiException.forbidden("The area is outside your capture scope"));
                    }
                    ConsentActor by;
                    boolean minor;
                    try {
                        minor = ConsentRules.minor(cmd.birthDate(), cmd.age(), LocalDate.now(clock.withZone(zone)),
                                minorAge);
                        by = ConsentRules.actor(minor, cmd.by(), cmd.guardianId());
                    } catch (RuleException e) {
                        return Mono.error(Problems.of(e));
                    }
                    return ledger.entries(cmd.personId()).map(ConsentEntryDocument::toDomain).collectList()
                            .flatMap(history -> {
                                try {
                                    ConsentRules.checkTransition(history, cmd.purpose(), cmd.action());
                                } catch (RuleException e) {
                                    return Mono.error(Problems.of(e));
                                }
                                return ledger.nextSeq(cmd.personId()).flatMap(seq -> append(new ConsentEntry(
                                        "ce-" + UUID.randomUUID(), cmd.personId(), seq, cmd.purpose(), cmd.action(),
                                        by, by == ConsentActor.GUARDIAN ? cmd.guardianId() : null, minor, area.code(),
                                        area.path(), clock.instant(), user.subject()), key, user));
                            });
                }))));
    }

    /**
     * A replay of the caller's own key, answered only while the entry is still the caller's to see:
     * their own (a resident) or in their capture scope.
     */
    private static Mono<Recorded> replayed(ConsentEntryDocument d, PlatformPrincipal user) {
        return self(user, d.personId) || user.canCapture(d.areaPath) ? Mono.just(new Recorded(d.toDomain(), false))
                : Mono.error(ApiException.forbidden("The consent of this Idempotency-Key is outside your scope"));
    }

    private Mono<Recorded> append(ConsentEntry e, String idempotencyKey, PlatformPrincipal user) {
        ConsentEntryDocument d = ConsentEntryDocument.of(e);
        d.idempotencyKey = idempotencyKey;
        String aggregate = "cl-" + e.personId();
        d.outbox.add(e.action() == ConsentAction.GIVEN
                ? events.create(PsychEvents.CONSENT_GIVEN, e.personId(), new ConsentGivenV1(aggregate, e.seq(),
                        e.at(), e.personId(), e.id(), e.purpose().name(), e.by().name(), e.minor(), e.areaCode(),
                        e.areaPath()))
                : events.create(PsychEvents.CONSENT_REVOKED, e.personId(), new ConsentRevokedV1(aggregate, e.seq(),
                        e.at(), e.personId(), e.id(), e.purpose().name(), e.by().name(), e.areaCode(),
                        e.areaPath())));
        return ledger.insert(d).map(x -> {
            relay.nudge();
            return new Recorded(e, true);
        }).onErrorResume(DuplicateKeyException.class, x -> idempotencyKey == null ? Mono.error(x)
                : ledger.byIdempotencyKey(idempotencyKey).flatMap(w -> replayed(w, user)));
    }

    /** The person's ledger, for staff with the person in view scope (or the person); audit-logged first. */
    public Mono<Ledger> ledger(String personId, PlatformPrincipal user) {
        if (!user.hasAnyRole(STAFF) && !self(user, personId)) {
            return Mono.error(ApiException.forbidden("Your role has no access to consents"));
        }
        Mono<Boolean> owned = persons.find(personId).map(owner -> PersonIndex.owns(user, owner))
                .defaultIfEmpty(false);
        return Mono.zip(history(personId), owned).flatMap(t -> {
            List<ConsentEntry> history = t.getT1();
            boolean visible = self(user, personId) || t.getT2();
            if (!visible) {
                return Mono.error(ApiException.notFound("Consent ledger of", personId));
            }
            return audit.record(user, "consent-ledger", "cl-" + personId, personId, "consent", null)
                    .thenReturn(new Ledger(personId, ConsentRules.current(history), history));
        });
    }

    /** The whole ledger without access checks, for other use cases of this service (sharing checks, archive). */
    public Mono<List<ConsentEntry>> history(String personId) {
        return ledger.entries(personId).map(ConsentEntryDocument::toDomain).collectList();
    }
}
