package org.socialpsych.assessment.instrument.api;

import java.util.List;
import java.util.Map;

import org.socialpsych.assessment.instrument.application.AnswerProblems;
import org.socialpsych.assessment.instrument.application.InstrumentCatalog;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition;
import org.socialpsych.assessment.instrument.domain.InvalidAnswersException;
import org.socialpsych.assessment.instrument.domain.ScoreResult;
import org.socialpsych.assessment.instrument.domain.ScoringEngine;
import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.web.ApiException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Instrument definitions (read, operator revision) and stateless scoring. */
@RestController
@RequestMapping("/api/v1/instruments")
public class InstrumentController {

    /** {@code answers}: 0-based option index per item in item order; {@code supplementary}: PHQ-A keys. */
    public record ScoreRequest(List<Integer> answers, Map<String, Object> supplementary) {
    }

    public record ScoreResponse(String instrument, String definitionVersion, int score, int rawScore, String band,
            String bandLabel, boolean critical, List<Integer> criticalItems, List<String> criticalSupplementaryKeys,
            boolean hasCriticalRules, boolean positiveScreen, List<Integer> itemScores, int notApplicableCount,
            List<String> flags, String followUpInstrument) {

        public static ScoreResponse of(ScoreResult r, InstrumentDefinition def) {
            String label = def.band(r.bandId()).map(InstrumentDefinition.Band::label).orElse(null);
            return new ScoreResponse(r.instrumentCode(), r.definitionVersion(), r.score(), r.rawScore(), r.bandId(),
                    label, r.critical(), r.criticalItems(), r.criticalSupplementaryKeys(), r.hasCriticalRules(),
                    r.positiveScreen(), r.itemScores(), r.notApplicableCount(), r.flags(), r.followUpInstrument());
        }
    }

    public record InstrumentSummary(String code, String version, String name, String nameZh, int itemCount,
            String licenceStatus, boolean itemTextShipped, boolean hasCriticalRules, String followUpInstrument) {

        static InstrumentSummary of(InstrumentDefinition d) {
            return new InstrumentSummary(d.code(), d.version(), d.name(), d.nameZh(), d.itemCount(),
                    d.licence().status(), d.licence().shipItemText(), d.hasCriticalRules(),
                    d.requiresFullFormOnPositive());
        }
    }

    private final InstrumentCatalog catalog;
    private final ScoringEngine engine;

    public InstrumentController(InstrumentCatalog catalog, ScoringEngine engine) {
        this.catalog = catalog;
        this.engine = engine;
    }

    @GetMapping
    public Flux<InstrumentSummary> list() {
        return CurrentUser.get().flatMapMany(u -> catalog.all()).map(InstrumentSummary::of);
    }

    /** The current definition, or {@code ?version=PHQ9@1} for a superseded one. */
    @GetMapping("/{code}")
    public Mono<InstrumentView> get(@PathVariable String code, @RequestParam(required = false) String version) {
        return CurrentUser.get()
                .flatMap(u -> version == null ? catalog.current(code)
                        : catalog.version(version).filter(d -> d.code().equals(code)))
                .flatMap(def -> catalog.versions(code).collectList().map(all -> InstrumentView.of(def, all)))
                .switchIfEmpty(Mono.error(ApiException.notFound("Instrument", version == null ? code : version)));
    }

    @PostMapping("/{code}/score")
    public Mono<ScoreResponse> score(@PathVariable String code, @RequestBody ScoreRequest body) {
        return CurrentUser.get()
                .filter(u -> !u.roles().isEmpty())
                .switchIfEmpty(Mono.error(ApiException.forbidden("Scoring needs a platform role")))
                .flatMap(u -> catalog.current(code))
                .switchIfEmpty(Mono.error(ApiException.notFound("Instrument", code)))
                .map(def -> {
                    try {
                        return ScoreResponse.of(engine.score(def, body.answers(), body.supplementary()), def);
                    } catch (InvalidAnswersException e) {
                        throw AnswerProblems.of(e);
                    }
                });
    }

    /**
     * Adds or revises a definition (SYSTEM_ADMIN): the body is a definition in the shipped JSON
     * format with a new version; it is validated and becomes the current definition of the code.
     */
    @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Mono<InstrumentView> revise(@PathVariable String code, @RequestBody String json) {
        return CurrentUser.get()
                .flatMap(u -> catalog.revise(code, json, u))
                .flatMap(def -> catalog.versions(code).collectList().map(all -> InstrumentView.of(def, all)));
    }
}
