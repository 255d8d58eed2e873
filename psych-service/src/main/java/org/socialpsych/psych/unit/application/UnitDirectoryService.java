package org.socialpsych.psych.unit.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.psych.area.application.AreaTree;
import org.socialpsych.psych.crisis.domain.EscalationLevel;
import org.socialpsych.psych.crisis.domain.ResponderUnit;
import org.socialpsych.psych.crisis.domain.UnitContact;
import org.socialpsych.psych.crisis.domain.UnitDirectory;
import org.socialpsych.psych.unit.infra.ResponderUnitDocument;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The responder units as data: each area says which organisation (with its on-duty channel and
 * staff) plays each role; an area without its own entry inherits the nearest ancestor's.
 */
@Service
public class UnitDirectoryService {

    /** Roles an area can configure: the responder units, the escalation desks, and who receives sign-off requests. */
    public static final Set<String> ROLES;
    public static final Set<String> CHANNELS = Set.of("SMS", "WECOM", "GATEWAY_12345", "PHONE", "WEBHOOK");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    static {
        Set<String> roles = new LinkedHashSet<>();
        for (ResponderUnit u : ResponderUnit.values()) {
            roles.add(u.name());
        }
        for (EscalationLevel l : EscalationLevel.values()) {
            roles.add(l.name());
        }
        roles.add("SIGN_OFF");
        ROLES = Set.copyOf(roles);
    }

    public record Configure(String organisationId, String organisationName, String channel, String address,
            List<String> staffIds) {
    }

    /** An effective entry for an area, with the area it is inherited from. */
    public record Effective(String role, String organisationId, String organisationName, String channel,
            List<String> staffIds, String definedAt, boolean inherited) {
    }

    private final ReactiveMongoTemplate mongo;
    private final AreaTree areas;
    private final Clock clock;

    public UnitDirectoryService(ReactiveMongoTemplate mongo, AreaTree areas, Clock clock) {
        this.mongo = mongo;
        this.areas = areas;
        this.clock = clock;
    }

    /** The organisations for an area path: per role, the deepest area on the path that configured one. */
    public Mono<UnitDirectory> resolve(List<String> areaPath) {
        if (areaPath == null || areaPath.isEmpty()) {
            return Mono.just(UnitDirectory.EMPTY);
        }
        return mongo.find(new Query(Criteria.where("areaCode").in(areaPath)), ResponderUnitDocument.class)
                .collectList()
                .map(docs -> {
                    Map<String, ResponderUnitDocument> best = new HashMap<>();
                    for (ResponderUnitDocument d : docs) {
                        ResponderUnitDocument b = best.get(d.role);
                        if (b == null || areaPath.indexOf(d.areaCode) > areaPath.indexOf(b.areaCode)) {
                            best.put(d.role, d);
                        }
                    }
                    Map<String, UnitContact> out = new HashMap<>();
                    best.forEach((role, d) -> out.put(role, new UnitContact(role, d.organisationId, d.organisationName,
                            d.areaCode, d.channel, d.address, d.staffIds)));
                    return new UnitDirectory(out);
                });
    }

    /** Sets (replaces) which organisation plays {@code role} for {@code areaCode} and below. */
    public Mono<ResponderUnitDocument> configure(String areaCode, String role, Configure cmd, PlatformPrincipal user) {
        if (!user.hasAnyRole(Set.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN))) {
            return Mono.error(ApiException.forbidden("Only administrators configure responder units"));
        }
        List<Map<String, String>> errors = new ArrayList<>();
        if (!ROLES.contains(role)) {
            errors.add(Map.of("field", "role", "message", "one of " + ROLES.stream().sorted().toList()));
        }
        if (cmd.organisationId() == null || !ID.matcher(cmd.organisationId()).matches()) {
            errors.add(Map.of("field", "organisationId", "message", "1-64 of A-Z a-z 0-9 . _ : -"));
        }
        if (cmd.channel() != null && !CHANNELS.contains(cmd.channel())) {
            errors.add(Map.of("field", "channel", "message", "one of " + CHANNELS.stream().sorted().toList()));
        }
        if (cmd.staffIds() != null && cmd.staffIds().stream().anyMatch(s -> s == null || !ID.matcher(s).matches())) {
            errors.add(Map.of("field", "staffIds", "message", "user ids, 1-64 of A-Z a-z 0-9 . _ : -"));
        }
        if (!errors.isEmpty()) {
            return Mono.error(ApiException.invalid("invalid-unit", "The responder unit is not valid",
                    Map.of("errors", errors)));
        }
        return areas.get(areaCode)
                .switchIfEmpty(Mono.error(ApiException.notFound("Area", areaCode)))
                .flatMap(area -> {
                    if (!user.canCapture(area.path())) {
                        return Mono.error(ApiException.forbidden("The area is outside your capture scope"));
                    }
                    ResponderUnitDocument d = new ResponderUnitDocument();
                    d.id = area.code() + ":" + role;
                    d.areaCode = area.code();
                    d.areaPath = new ArrayList<>(area.path());
                    d.role = role;
                    d.organisationId = cmd.organisationId();
                    d.organisationName = cmd.organisationName();
                    d.channel = cmd.channel() == null ? "SMS" : cmd.channel();
                    d.address = cmd.address();
                    d.staffIds = cmd.staffIds() == null ? new ArrayList<>() : new ArrayList<>(cmd.staffIds());
                    d.updatedAt = clock.instant();
                    d.updatedBy = user.subject();
                    return mongo.save(d);
                });
    }

    /** What plays each role for an area (own entries and inherited ones), in the caller's view scope. */
    public Flux<Effective> effective(String areaCode, PlatformPrincipal user) {
        if (!user.hasAnyRole(Set.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN, Roles.COUNSELLOR, Roles.CLINICIAN,
                Roles.HOTLINE_OPERATOR, Roles.GRID_WORKER, Roles.POLICE_LIAISON))) {
            return Flux.error(ApiException.forbidden("Your role has no access to the responder units"));
        }
        return areas.get(areaCode)
                .switchIfEmpty(Mono.error(ApiException.notFound("Area", areaCode)))
                .flatMapMany(area -> {
                    if (!user.canView(area.path())) {
                        return Flux.error(ApiException.notFound("Area", areaCode));
                    }
                    return resolve(area.path()).flatMapIterable(dir -> dir.byRole().values().stream()
                            .sorted(Comparator.comparing(UnitContact::role))
                            .map(c -> new Effective(c.role(), c.organisationId(), c.organisationName(), c.channel(),
                                    c.staffIds(), c.areaCode(), !c.areaCode().equals(area.code())))
                            .toList());
                });
    }
}
