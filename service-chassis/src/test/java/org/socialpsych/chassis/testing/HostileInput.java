package org.socialpsych.chassis.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.springframework.core.MethodParameter;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import org.springframework.context.ApplicationContext;

/**
 * Sends hostile input to every endpoint of a service, as an authorized caller in scope, and asserts
 * that every answer is a 4xx problem+json (never a 5xx, never a success) and that no document of the
 * service's database changed — so nothing was stored, and nothing can be published either (events
 * leave only through outboxes inside stored documents).
 *
 * <p>Bodies: malformed JSON, wrong top-level types, deep nesting, a body over the codec limit, an
 * unknown field (also a Mongo operator name), and for every field of the probe's valid body a value
 * of the wrong shape: a Mongo operator object ({@code {"$gt":""}}), a nested array, and numbers far
 * out of range. Query parameters the handler declares and path variables get operator objects,
 * {@code param[$ne]} keys, path traversal and over-long values; for those a 2xx is allowed (the value
 * was treated as an inert literal) but a 5xx is not, and nothing may change.
 */
public final class HostileInput {

    private static final Set<String> VOLATILE = Set.of("audit_reads", "processed_events", "job_leases");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    private HostileInput() {
    }

    /**
     * @param baseUrl the service's {@code http://localhost:port}: hostile paths and queries are sent
     *                exactly as written (already encoded), so they bypass URI templating
     */
    public static void verify(String service, ApplicationContext context, String baseUrl, WebTestClient pooled,
            String auth, List<AuthorizationMatrix.Probe> probes) {
        ReactiveMongoTemplate mongo = context.getBean(ReactiveMongoTemplate.class);
        // many of these answers come before the body is read: a new connection per request
        WebTestClient client = ServiceTestSupport.unpooledClient(baseUrl);
        Map<String, String> before = snapshot(mongo);
        List<String> violations = new ArrayList<>();
        for (AuthorizationMatrix.Probe probe : probes) {
            String method = probe.method();
            if (Set.of("POST", "PUT", "PATCH").contains(method)) {
                Object valid = probe.body() == null ? null : probe.body().get();
                for (Map.Entry<String, String> body : hostileBodies(valid).entrySet()) {
                    check(violations, probe, "body " + body.getKey(), () -> client.method(HttpMethod.valueOf(method))
                            .uri(probe.path()).header("Authorization", auth)
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(body.getValue().getBytes(StandardCharsets.UTF_8)).exchange(), true);
                }
            }
            if ("GET".equals(method)) {
                for (String param : requestParams(context, probe.endpoint())) {
                    for (Map.Entry<String, String> q : hostileQueries(param).entrySet()) {
                        String sep = probe.path().contains("?") ? "&" : "?";
                        check(violations, probe, "query " + q.getKey(), () -> client.get()
                                .uri(java.net.URI.create(baseUrl + probe.path() + sep + q.getValue()))
                                .header("Authorization", auth).exchange(), false);
                    }
                }
            }
            for (Map.Entry<String, String> path : hostilePaths(probe).entrySet()) {
                WebTestClient.RequestBodySpec spec = client.method(HttpMethod.valueOf(
                        "ANY".equals(method) ? "GET" : method))
                        .uri(java.net.URI.create(baseUrl + path.getValue()))
                        .header("Authorization", auth);
                Object valid = probe.body() == null ? null : probe.body().get();
                check(violations, probe, "path " + path.getKey(), () -> valid == null ? spec.exchange()
                        : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(valid).exchange(),
                        !"GET".equals(method));
            }
        }
        assertThat(violations).as("hostile input answers of " + service).isEmpty();
        assertThat(snapshot(mongo)).as("documents of " + service + " after the hostile input").isEqualTo(before);
    }

    private static void check(List<String> violations, AuthorizationMatrix.Probe probe, String what,
            java.util.function.Supplier<WebTestClient.ResponseSpec> request, boolean mustFail) {
        EntityExchangeResult<byte[]> result;
        long started = System.nanoTime();
        try {
            result = answer(request);
        } catch (IllegalStateException e) {
            violations.add(probe.endpoint() + " with " + what + " -> no answer, twice (" + e.getMessage() + ")");
            return;
        } finally {
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (ms > 2000) {
                System.err.println("HOSTILE-SLOW " + ms + " ms: " + probe.endpoint() + " with " + what);
            }
        }
        int status = result.getStatus().value();
        MediaType type = result.getResponseHeaders().getContentType();
        String where = probe.endpoint() + " with " + what + " -> " + status;
        if (status >= 500) {
            violations.add(where + " (server error)");
        } else if (mustFail && status < 400) {
            violations.add(where + " (accepted)");
        } else if (status >= 400 && status != 404 && status != 405
                && (type == null || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))) {
            violations.add(where + " (not problem+json: " + type + ")");
        }
    }

    /**
     * The request's answer. A request that gets none within the client's timeout is sent once more on
     * a new connection, after the JVM's threads are printed: on this 2-core machine a whole module's
     * cached contexts share one embedded Mongo server and broker, and one unanswered request in
     * several thousand was seen in full-module runs only (never alone); a service that does not
     * answer a hostile request fails the walk the second time.
     */
    private static EntityExchangeResult<byte[]> answer(java.util.function.Supplier<WebTestClient.ResponseSpec> request) {
        try {
            return request.get().expectBody().returnResult();
        } catch (IllegalStateException first) {
            System.err.println("HOSTILE-RETRY after no answer: " + first.getMessage() + "\n" + threads());
            return request.get().expectBody().returnResult();
        }
    }

    private static String threads() {
        StringBuilder dump = new StringBuilder("thread dump\n");
        for (java.lang.management.ThreadInfo t : java.lang.management.ManagementFactory.getThreadMXBean()
                .dumpAllThreads(true, true)) {
            dump.append('"').append(t.getThreadName()).append("\" ").append(t.getThreadState());
            if (t.getLockName() != null) {
                dump.append(" on ").append(t.getLockName()).append(" owned by ").append(t.getLockOwnerName());
            }
            dump.append('\n');
            for (StackTraceElement frame : t.getStackTrace()) {
                dump.append("\tat ").append(frame).append('\n');
            }
        }
        return dump.toString();
    }

    static Map<String, String> hostileBodies(Object valid) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("truncated", "{\"a\":");
        out.put("not-json", "hello");
        out.put("array", "[]");
        out.put("string", "\"x\"");
        out.put("number", "123");
        out.put("null", "null");
        out.put("trailing-garbage", "{} {}");
        out.put("operator-top-level", "{\"$where\":\"sleep(1000)\",\"$set\":{\"roles\":[\"SYSTEM_ADMIN\"]}}");
        out.put("deep-array", "[".repeat(5000) + "]".repeat(5000));
        out.put("deep-object", "{\"a\":".repeat(3000) + "1" + "}".repeat(3000));
        out.put("huge", "{\"x\":\"" + "a".repeat(1_100_000) + "\"}");
        out.put("invalid-utf8", new String(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                StandardCharsets.ISO_8859_1));
        if (valid instanceof Map<?, ?> map && !map.isEmpty()) {
            String base = Json.write(map);
            out.put("unknown-field", Json.write(with(map, "$where", "1==1")));
            out.put("unknown-field-plain", base.substring(0, base.length() - 1) + ",\"notAField\":1}");
            for (Object key : map.keySet()) {
                Object v = map.get(key);
                out.put(key + "=operator", Json.write(with(map, key, Map.of("$gt", ""))));
                out.put(key + "=nested-array", Json.write(with(map, key, List.of(List.of(List.of())))));
                if (v instanceof Number) {
                    out.put(key + "=1e400", Json.write(map).replace("\"" + key + "\":" + Json.write(v),
                            "\"" + key + "\":1e400"));
                    out.put(key + "=-huge", Json.write(with(map, key, new java.math.BigInteger("-99999999999999999999999"))));
                }
                if (v instanceof String) {
                    out.put(key + "=object", Json.write(with(map, key, Map.of("value", v))));
                }
            }
        }
        return out;
    }

    private static Map<Object, Object> with(Map<?, ?> map, Object key, Object value) {
        Map<Object, Object> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    static Map<String, String> hostileQueries(String param) {
        Map<String, String> out = new LinkedHashMap<>();
        String p = enc(param);
        out.put(param + "=operator", p + "=" + enc("{\"$gt\":\"\"}"));
        out.put(param + "[$ne]", enc(param + "[$ne]") + "=1");
        out.put(param + "=regex", p + "=" + enc(".*"));
        out.put(param + "=traversal", p + "=" + enc("../../../etc/passwd"));
        out.put(param + "=long", p + "=" + "a".repeat(4000));
        out.put(param + "=nul", p + "=%00");
        out.put(param + "=negative", p + "=-99999999999999999999");
        return out;
    }

    static Map<String, String> hostilePaths(AuthorizationMatrix.Probe probe) {
        Map<String, String> out = new LinkedHashMap<>();
        String pattern = probe.endpoint().substring(probe.endpoint().indexOf(' ') + 1);
        Matcher m = VARIABLE.matcher(pattern);
        if (!m.find()) {
            return out;
        }
        String[] patternParts = pattern.split("/");
        String[] pathParts = probe.path().split("\\?")[0].split("/");
        if (patternParts.length != pathParts.length) {
            return out;
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("operator", enc("{\"$gt\":\"\"}"));
        values.put("traversal", "..%2F..%2Fetc%2Fpasswd");
        values.put("long", "a".repeat(1000));
        // over the 8KB target limit, under Netty's 16KB line: 414 problem+json, not an empty 414
        values.put("overlong", "a".repeat(9000));
        values.put("regex", enc(".*"));
        for (int i = 0; i < patternParts.length; i++) {
            if (!VARIABLE.matcher(patternParts[i]).matches()) {
                continue;
            }
            for (Map.Entry<String, String> v : values.entrySet()) {
                String[] copy = pathParts.clone();
                copy[i] = v.getValue();
                out.put(patternParts[i] + "=" + v.getKey(), String.join("/", copy));
            }
        }
        return out;
    }

    private static List<String> requestParams(ApplicationContext context, String endpoint) {
        List<String> params = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = e.getKey();
                boolean matches = info.getPatternsCondition().getPatterns().stream().anyMatch(p ->
                        info.getMethodsCondition().getMethods().stream()
                                .anyMatch(mm -> (mm.name() + " " + p.getPatternString()).equals(endpoint)));
                if (!matches) {
                    continue;
                }
                for (MethodParameter parameter : e.getValue().getMethodParameters()) {
                    RequestParam rp = parameter.getParameterAnnotation(RequestParam.class);
                    if (rp != null) {
                        String name = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value()
                                : parameter.getParameterName();
                        if (name != null) {
                            params.add(name);
                        }
                    }
                }
            }
        }
        return params;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Content hash per collection, the volatile audit and ledger collections excluded. */
    static Map<String, String> snapshot(ReactiveMongoTemplate mongo) {
        Map<String, String> out = new TreeMap<>();
        for (String collection : mongo.getCollectionNames().collectList().block()) {
            if (VOLATILE.contains(collection) || collection.startsWith("system.")) {
                continue;
            }
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                List<Document> docs = mongo.findAll(Document.class, collection).collectList().block();
                // outbox entries leave documents asynchronously (relay); the state itself must not change
                docs.forEach(d -> d.remove("outbox"));
                docs.stream().map(Document::toJson).sorted()
                        .forEach(j -> digest.update(j.getBytes(StandardCharsets.UTF_8)));
                out.put(collection, docs.size() + ":" + HexFormat.of().formatHex(digest.digest()));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** Minimal JSON writer for probe bodies (maps, lists, strings, numbers, booleans, null). */
    static final class Json {
        private Json() {
        }

        static String write(Object v) {
            if (v == null) {
                return "null";
            }
            if (v instanceof String s) {
                StringBuilder b = new StringBuilder("\"");
                for (char c : s.toCharArray()) {
                    if (c == '"' || c == '\\') {
                        b.append('\\').append(c);
                    } else if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
                return b.append('"').toString();
            }
            if (v instanceof Number || v instanceof Boolean) {
                return v.toString();
            }
            if (v instanceof Map<?, ?> m) {
                StringBuilder b = new StringBuilder("{");
                m.forEach((k, val) -> {
                    if (b.length() > 1) {
                        b.append(',');
                    }
                    b.append(write(String.valueOf(k))).append(':').append(write(val));
                });
                return b.append('}').toString();
            }
            if (v instanceof Iterable<?> it) {
                StringBuilder b = new StringBuilder("[");
                for (Object o : it) {
                    if (b.length() > 1) {
                        b.append(',');
                    }
                    b.append(write(o));
                }
                return b.append(']').toString();
            }
            return write(v.toString());
        }
    }
}
