package org.socialpsych.assessment.instrument.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socialpsych.assessment.instrument.domain.DefinitionValidator;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition;
import org.socialpsych.assessment.instrument.domain.InvalidDefinitionException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads instrument definitions from JSON (see {@link DefinitionDocument} for the format) with
 * Jackson 3, maps them to the domain and validates them with {@link DefinitionValidator}.
 *
 * <ul>
 *   <li>{@link #loadAll()}: every {@code classpath:instruments/*.json}; each file must be named
 *       after its code ({@code PHQ9.json} holds code {@code PHQ9}); the set is validated as a whole
 *       (unique codes, follow-up instruments exist).</li>
 *   <li>{@link #parse(String)}: a single operator-supplied definition.</li>
 * </ul>
 * Parsing is strict: unknown properties, duplicate keys, fractional numbers for integers and
 * trailing content are rejected. All failures surface as {@link InvalidDefinitionException}.
 */
public class InstrumentDefinitionLoader {

    /** Where the shipped definitions live. */
    public static final String LOCATION_PATTERN = "classpath:instruments/*.json";

    private final JsonMapper mapper;
    private final DefinitionValidator validator;
    private final ClassLoader classLoader;

    public InstrumentDefinitionLoader() {
        this(InstrumentDefinitionLoader.class.getClassLoader());
    }

    public InstrumentDefinitionLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
        this.validator = new DefinitionValidator();
        this.mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /**
     * Loads, maps and validates every shipped definition.
     *
     * @return definitions sorted by code
     * @throws InvalidDefinitionException if any file is malformed or inconsistent, or the set is
     */
    public List<InstrumentDefinition> loadAll() {
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver(classLoader).getResources(LOCATION_PATTERN);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + LOCATION_PATTERN, e);
        }
        List<InstrumentDefinition> definitions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Resource resource : resources) {
            String fileName = resource.getFilename();
            try {
                InstrumentDefinition def = parse(read(resource), fileName);
                if (fileName != null && !fileName.equals(def.code() + ".json")) {
                    problems.add(fileName + ": file must be named " + def.code() + ".json after its code");
                }
                definitions.add(def);
            } catch (InvalidDefinitionException e) {
                problems.add(fileName + ": " + String.join("; ", e.problems()));
            }
        }
        if (resources.length == 0) {
            problems.add("no definitions found at " + LOCATION_PATTERN);
        }
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(LOCATION_PATTERN, problems);
        }
        definitions.sort(Comparator.comparing(InstrumentDefinition::code));
        validator.validateAll(definitions);
        return List.copyOf(definitions);
    }

    /** {@link #loadAll()} keyed by instrument code, in code order. */
    public Map<String, InstrumentDefinition> loadAllByCode() {
        Map<String, InstrumentDefinition> byCode = new LinkedHashMap<>();
        for (InstrumentDefinition def : loadAll()) {
            byCode.put(def.code(), def);
        }
        return byCode;
    }

    /**
     * Parses, maps and validates a single definition (e.g. supplied by an operator via the API).
     *
     * @throws InvalidDefinitionException if the JSON is malformed or the definition inconsistent
     */
    public InstrumentDefinition parse(String json) {
        return parse(json, "supplied definition");
    }

    InstrumentDefinition parse(String json, String source) {
        if (json == null || json.isBlank()) {
            throw new InvalidDefinitionException(source, List.of("document is empty"));
        }
        DefinitionDocument doc;
        try {
            doc = mapper.readValue(json, DefinitionDocument.class);
        } catch (JacksonException e) {
            throw new InvalidDefinitionException(source, List.of("malformed JSON: " + e.getOriginalMessage()
                    + location(e)), e);
        }
        InstrumentDefinition def = DefinitionMapper.toDomain(doc, source);
        validator.validate(def);
        return def;
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
