package org.socialpsych.chassis.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.server.ServerWebExchange;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Labels for people: every enum value the API returns (tiers, statuses, roles, case sources,
 * indicators, tag categories, problem types) with its zh-CN and en text, kept as data in
 * {@code classpath:labels/labels.yml} ({@code category → VALUE → [zh-CN, en]}), plus the Chinese
 * problem details a service keeps in {@code classpath:labels/problem-details.yml}
 * ({@code slug → [zh-CN detail]}). Chinese is the default language; English is chosen by
 * {@code lang=en} or an {@code Accept-Language} starting with {@code en}.
 */
public final class Labels {

    public static final String ZH = "zh-CN";
    public static final String EN = "en";
    public static final List<String> LANGUAGES = List.of(ZH, EN);

    /** category → value → [zh-CN, en]. */
    private final Map<String, Map<String, List<String>>> labels;
    private final Map<String, String> problemDetails;

    Labels(Map<String, Map<String, List<String>>> labels, Map<String, String> problemDetails) {
        this.labels = labels;
        this.problemDetails = problemDetails;
    }

    public static Labels load() {
        Map<String, Map<String, List<String>>> labels = new TreeMap<>();
        for (Map<String, Object> file : read("classpath*:labels/labels.yml")) {
            file.forEach((category, values) -> OpenApiOverlay.map(values).forEach((value, texts) -> {
                if (!(texts instanceof List<?> l) || l.size() != 2) {
                    throw new IllegalStateException("label " + category + "." + value + " needs [zh-CN, en]");
                }
                labels.computeIfAbsent(category, c -> new TreeMap<>()).put(value,
                        l.stream().map(String::valueOf).toList());
            }));
        }
        Map<String, String> details = new LinkedHashMap<>();
        for (Map<String, Object> file : read("classpath*:labels/problem-details.yml")) {
            file.forEach((slug, text) -> details.put(slug, String.valueOf(text)));
        }
        return new Labels(labels, details);
    }

    private static List<Map<String, Object>> read(String location) {
        try {
            List<Map<String, Object>> out = new java.util.ArrayList<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(location)) {
                try (InputStream in = r.getInputStream()) {
                    out.add(OpenApiOverlay.map(new Yaml(new SafeConstructor(new LoaderOptions())).load(in)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + location, e);
        }
    }

    /** {@code zh-CN} unless the language asked for is English. */
    public static String language(String requested) {
        return requested != null && requested.trim().toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
    }

    /** The {@code lang} parameter if given, otherwise the first language of {@code Accept-Language}. */
    public static String language(ServerWebExchange exchange) {
        String lang = exchange.getRequest().getQueryParams().getFirst("lang");
        if (lang == null) {
            lang = exchange.getRequest().getHeaders().getFirst("Accept-Language");
        }
        return language(lang);
    }

    public Optional<String> label(String category, String value, String lang) {
        List<String> texts = labels.getOrDefault(category, Map.of()).get(value);
        return texts == null ? Optional.empty() : Optional.of(texts.get(EN.equals(lang) ? 1 : 0));
    }

    /** Whether some category labels the value (in both languages, which loading guarantees). */
    public boolean labelled(String value) {
        return labels.values().stream().anyMatch(m -> m.containsKey(value));
    }

    public Optional<String> problemDetail(String slug) {
        return Optional.ofNullable(problemDetails.get(slug));
    }

    /** category → value → text in one language. */
    public Map<String, Map<String, String>> in(String lang) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        labels.forEach((category, values) -> {
            Map<String, String> texts = new TreeMap<>();
            values.forEach((v, t) -> texts.put(v, t.get(EN.equals(lang) ? 1 : 0)));
            out.put(category, texts);
        });
        return out;
    }
}
