package org.socialpsych.assessment.instrument.application;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.socialpsych.assessment.instrument.domain.InstrumentDefinition;
import org.socialpsych.assessment.instrument.domain.InvalidDefinitionException;
import org.socialpsych.assessment.instrument.infra.InstrumentDefinitionLoader;
import org.socialpsych.assessment.instrument.infra.StoredDefinitionDocument;
import org.socialpsych.assessment.instrument.infra.StoredDefinitionRepository;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.web.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The instrument definitions in force: the shipped ones (validated at start; a bad file stops the
 * service) and operator revisions stored in Mongo. The current definition of a code is its most
 * recently stored revision, else the shipped one. Versions are immutable, so parsed definitions
 * are cached by version for ever; every instance sees a new revision on its next lookup.
 */
@Service
public class InstrumentCatalog {

    private final Map<String, InstrumentDefinition> shipped;
    private final Map<String, InstrumentDefinition> byVersion = new ConcurrentHashMap<>();
    private final InstrumentDefinitionLoader loader;
    private final StoredDefinitionRepository stored;
    private final Clock clock;

    public InstrumentCatalog(InstrumentDefinitionLoader loader, StoredDefinitionRepository stored, Clock clock) {
        this.loader = loader;
        this.stored = stored;
        this.clock = clock;
        this.shipped = Map.copyOf(new LinkedHashMap<>(loader.loadAllByCode()));
        shipped.values().forEach(d -> byVersion.put(d.version(), d));
    }

    /** Codes and bands of the shipped definitions (used to validate the tier rules at start). */
    public Map<String, Set<String>> shippedBands() {
        return shipped.values().stream().collect(Collectors.toMap(InstrumentDefinition::code,
                d -> d.bands().stream().map(InstrumentDefinition.Band::id).collect(Collectors.toSet())));
    }

    /** The definition in force for a code, or empty for an unknown code. */
    public Mono<InstrumentDefinition> current(String code) {
        return stored.findFirstByCodeOrderByStoredAtDesc(code)
                .map(this::parsed)
                .switchIfEmpty(Mono.defer(() -> Mono.justOrEmpty(shipped.get(code))));
    }

    /** A definition by version (current or superseded), or empty. */
    public Mono<InstrumentDefinition> version(String version) {
        InstrumentDefinition cached = byVersion.get(version);
        return cached != null ? Mono.just(cached) : stored.findById(version).map(this::parsed);
    }

    /** The current definition of every known code, in code order. */
    public Flux<InstrumentDefinition> all() {
        return stored.findAll().map(d -> d.code).collect(Collectors.toCollection(TreeSet::new))
                .flatMapMany(codes -> {
                    codes.addAll(shipped.keySet());
                    return Flux.fromIterable(codes);
                })
                .concatMap(this::current);
    }

    /** Every version of a code, newest first (stored revisions, then the shipped one). */
    public Flux<String> versions(String code) {
        return stored.findByCodeOrderByStoredAtDesc(code).map(d -> d.version)
                .concatWith(Mono.justOrEmpty(shipped.get(code)).map(InstrumentDefinition::version));
    }

    /**
     * Validates and stores a new revision of {@code code} (SYSTEM_ADMIN). The definition must name
     * the same code and a version that does not exist yet; it becomes the current one.
     */
    public Mono<InstrumentDefinition> revise(String code, String json, PlatformPrincipal user) {
        if (!user.isSystemAdmin()) {
            return Mono.error(ApiException.forbidden("Only SYSTEM_ADMIN may add or revise instrument definitions"));
        }
        InstrumentDefinition def;
        try {
            def = loader.parse(json);
        } catch (InvalidDefinitionException e) {
            return Mono.error(ApiException.invalid("invalid-definition", "The instrument definition is invalid",
                    Map.of("problems", e.problems())));
        }
        if (!def.code().equals(code)) {
            return Mono.error(ApiException.invalid("invalid-definition", "The definition's code " + def.code()
                    + " does not match the path " + code, Map.of("problems", List.of("code must be " + code))));
        }
        String followUp = def.requiresFullFormOnPositive();
        Mono<Boolean> followUpKnown = followUp == null ? Mono.just(true) : current(followUp).hasElement();
        return followUpKnown.flatMap(known -> {
            if (!known) {
                return Mono.error(ApiException.invalid("invalid-definition", "Unknown follow-up instrument",
                        Map.of("problems", List.of("requiresFullFormOnPositive refers to unknown instrument "
                                + followUp))));
            }
            if (shipped.values().stream().anyMatch(s -> s.version().equals(def.version()))) {
                return Mono.error(versionExists(def.version()));
            }
            StoredDefinitionDocument doc = new StoredDefinitionDocument();
            doc.version = def.version();
            doc.code = def.code();
            doc.json = json;
            doc.storedAt = clock.instant();
            doc.storedBy = user.subject();
            return stored.insert(doc)
                    .onErrorMap(DuplicateKeyException.class, e -> versionExists(def.version()))
                    .map(this::parsed);
        });
    }

    private static ApiException versionExists(String version) {
        return ApiException.conflict("definition-version-exists", "Definition version " + version
                + " already exists; versions are immutable, give the revision a new version");
    }

    private InstrumentDefinition parsed(StoredDefinitionDocument doc) {
        return byVersion.computeIfAbsent(doc.version, v -> loader.parse(doc.json));
    }
}
