package org.socialpsych.chassis.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.socialpsych.chassis.web.Problems;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * Turns what springdoc reads from the controllers into the contract front-end teams build on,
 * from the service's {@link OpenApiOverlay}: stable operationIds, zh-CN/en summaries and
 * descriptions, defined tags, typed 2xx bodies in {@code application/json}, the 4xx/5xx answers as
 * {@code application/problem+json} referring to one {@code ProblemDetail} schema whose {@code type}
 * and {@code code} enumerate the service's problem types, the bearer JWT scheme with the roles of
 * each operation, and examples for the main flows. An operation the overlay does not describe keeps
 * springdoc's generated id and no summary, which the lint gate ({@code api-client/.spectral.yaml})
 * refuses.
 */
public final class PlatformOpenApiCustomizer implements GlobalOpenApiCustomizer {

    static final String BEARER = "bearerJwt";
    static final String PROBLEM = "ProblemDetail";
    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";

    /** Problem slugs the chassis itself answers with, in every service. */
    static final List<String> CHASSIS_PROBLEMS = List.of("bad-request", "validation", "malformed-body", "too-large",
            "unknown-parameter", "invalid-parameter", "not-found", "forbidden", "unauthenticated", "duplicate",
            "internal", "rejected-request", "uri-too-long", "idempotency-key-reused", "concurrent-update");

    /** Standard answers: status → [component name, zh-CN / en description]. */
    static final Map<String, String[]> STANDARD = new LinkedHashMap<>();

    static {
        STANDARD.put("400", new String[] {"BadRequest", "请求无效：参数、字段或请求体有误 / Bad request: invalid parameters, fields or body"});
        STANDARD.put("401", new String[] {"Unauthenticated", "未认证：缺少或无效的令牌 / Unauthenticated: missing or invalid bearer token"});
        STANDARD.put("403", new String[] {"Forbidden", "无权限：角色或辖区不允许 / Forbidden: not allowed for the role or area"});
        STANDARD.put("404", new String[] {"NotFound", "未找到，或不在您的辖区内 / Not found, or outside your area"});
        STANDARD.put("409", new String[] {"Conflict", "冲突：记录已变化或已存在 / Conflict: the record changed or already exists"});
        STANDARD.put("413", new String[] {"TooLarge", "请求体过大 / Request body too large"});
        STANDARD.put("422", new String[] {"Unprocessable", "业务规则不允许该请求 / Unprocessable: a business rule refuses the request"});
        STANDARD.put("500", new String[] {"InternalError", "服务器内部错误（已记录） / Internal error (logged)"});
    }

    private final OpenApiOverlay overlay;
    private final String service;

    public PlatformOpenApiCustomizer(OpenApiOverlay overlay, String service) {
        this.overlay = overlay;
        this.service = service;
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        for (String fqn : overlay.classes()) {
            try {
                Class<?> type = Class.forName(fqn, false, getClass().getClassLoader());
                ModelConverters.getInstance(true).readAll(new AnnotatedType(type))
                        .forEach((name, schema) -> {
                            if (api.getComponents().getSchemas() == null
                                    || !api.getComponents().getSchemas().containsKey(name)) {
                                api.getComponents().addSchemas(name, schema);
                            }
                        });
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("overlay class " + fqn + " not found", e);
            }
        }
        shortSchemaNames(api);
        Map<String, Object> info = overlay.info();
        api.setInfo(new Info().title(String.valueOf(info.getOrDefault("title", service)))
                .version(String.valueOf(info.getOrDefault("version", "v1")))
                .description(String.valueOf(info.getOrDefault("description", service))));
        // relative: the document is read through the gateway (/openapi/<service>) and called there
        api.setServers(List.of(new Server().url("/").description("网关 / gateway")));
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("平台签发的 JWT（roles、areas 声明）；本地环境：POST /dev/tokens 获取 / "
                        + "A JWT of the platform (roles and areas claims); locally from POST /dev/tokens"));
        api.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
        overlay.schemas().forEach((name, schema) -> components.addSchemas(name, schema(schema)));
        components.addSchemas(PROBLEM, problemSchema());
        STANDARD.forEach((status, r) -> components.addResponses(r[0], problemResponse(r[1], status)));
        Map<String, Object> contact = OpenApiOverlay.map(info.get("contact"));
        Map<String, Object> license = OpenApiOverlay.map(info.get("license"));
        if (!contact.isEmpty()) {
            api.getInfo().contact(new io.swagger.v3.oas.models.info.Contact().name(String.valueOf(contact.get("name")))
                    .url(String.valueOf(contact.get("url"))).email(String.valueOf(contact.get("email"))));
        }
        if (!license.isEmpty()) {
            api.getInfo().license(new io.swagger.v3.oas.models.info.License().name(String.valueOf(license.get("name")))
                    .url(String.valueOf(license.get("url"))));
        }

        Map<String, String> tagByController = new LinkedHashMap<>();
        List<Tag> tags = new ArrayList<>();
        overlay.tags().forEach((name, t) -> {
            Map<String, Object> tag = OpenApiOverlay.map(t);
            tags.add(new Tag().name(name).description(tag.get("zh") + " / " + tag.get("en")
                    + (tag.containsKey("description") ? "\n\n" + tag.get("description") : "")));
            if (tag.get("controller") != null) {
                tagByController.put(String.valueOf(tag.get("controller")), name);
            }
        });
        tags.sort(java.util.Comparator.comparing(Tag::getName));
        api.setTags(tags);

        if (api.getPaths() == null) {
            return;
        }
        Map<String, Object> operations = overlay.operations();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            Map<String, Object> o = OpenApiOverlay.map(operations.get(method.name() + " " + path));
            apply(path, method, op, o, tagByController);
        }));
        pruneUnused(api);
    }

    private static final java.util.regex.Pattern REF = java.util.regex.Pattern.compile(
            "\"#/components/schemas/([^\"]+)\"");

    /** Schemas the customised document no longer refers to (replaced placeholders) are dropped. */
    private static void pruneUnused(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> used = new TreeSet<>();
        Set<String> frontier = new TreeSet<>();
        collectRefs(Json31.pretty(api.getPaths()), frontier);
        collectRefs(Json31.pretty(api.getComponents().getResponses()), frontier);
        while (!frontier.isEmpty()) {
            String name = frontier.iterator().next();
            frontier.remove(name);
            if (used.add(name) && schemas.get(name) != null) {
                Set<String> next = new TreeSet<>();
                collectRefs(Json31.pretty(schemas.get(name)), next);
                next.removeAll(used);
                frontier.addAll(next);
            }
        }
        schemas.keySet().retainAll(used);
        if (api.getComponents().getResponses() != null) {
            Set<String> responses = new TreeSet<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"#/components/responses/([^\"]+)\"")
                    .matcher(Json31.pretty(api.getPaths()));
            while (m.find()) {
                responses.add(m.group(1));
            }
            api.getComponents().getResponses().keySet().retainAll(responses);
        }
    }

    private static void collectRefs(String json, Set<String> into) {
        if (json == null) {
            return;
        }
        java.util.regex.Matcher m = REF.matcher(json);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static final java.util.regex.Pattern CLASS = java.util.regex.Pattern.compile(
            "(?:[oO]rg|[jJ]ava|[iI]o|[rR]eactor|[tT]ools|[cC]om)\\.(?:[a-z0-9_]+\\.)*"
                    + "([A-Z][A-Za-z0-9_]*?(?:[.$][A-Z][A-Za-z0-9_]*?)*)"
                    + "(?=(?:[oO]rg|[jJ]ava|[iI]o|[rR]eactor|[tT]ools|[cC]om)\\.|$)");

    /**
     * Schema names without collisions: springdoc names schemas by fully qualified class name
     * ({@code springdoc.use-fqn}), so two request records called {@code CloseRequest} in different
     * controllers stay two schemas; here each gets its simple name, or its enclosing class' name in
     * front where simple names collide ({@code CrisisCaseControllerCloseRequest}). The overlay's
     * {@code schemaNames} renames further.
     */
    private void shortSchemaNames(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, String> simple = new LinkedHashMap<>();
        Map<String, String> full = new LinkedHashMap<>();
        // generic wrappers (springdoc names CursorPage<Entry> by concatenation: CursorPageEntry) → their argument
        Map<String, String> pageOf = new LinkedHashMap<>();
        for (String name : api.getComponents().getSchemas().keySet()) {
            java.util.regex.Matcher m = CLASS.matcher(name);
            StringBuilder s = new StringBuilder();
            StringBuilder f = new StringBuilder();
            List<String> classes = new ArrayList<>();
            int end = 0;
            while (m.find()) {
                if (m.start() != end) {
                    break;
                }
                end = m.end();
                classes.add(name.substring(m.start(), m.end()));
                String[] segments = m.group(1).split("[.$]");
                s.append(segments[segments.length - 1]);
                f.append(String.join("", segments));
            }
            if (end != name.length()) {
                continue;
            }
            if (classes.size() == 2 && classes.get(0).endsWith(".CursorPage")) {
                pageOf.put(name, classes.get(1));
                continue;
            }
            simple.put(name, s.toString());
            full.put(name, f.toString());
        }
        Map<String, Long> counts = new java.util.HashMap<>();
        simple.values().forEach(v -> counts.merge(v, 1L, Long::sum));
        Map<String, Object> renames = OpenApiOverlay.map(overlay.schemaNames());
        Map<String, String> rename = new java.util.TreeMap<>(java.util.Comparator.comparing(String::length)
                .reversed().thenComparing(java.util.Comparator.naturalOrder()));
        simple.forEach((fqn, name) -> {
            String chosen = counts.get(name) > 1 ? full.get(fqn) : name;
            rename.put(fqn, String.valueOf(renames.getOrDefault(chosen, chosen)));
        });
        Set<String> taken = new TreeSet<>(rename.values());
        api.getComponents().getSchemas().keySet().stream()
                .filter(n -> !simple.containsKey(n) && !pageOf.containsKey(n)).forEach(taken::add);
        pageOf.forEach((fqn, item) -> {
            // springdoc capitalises the argument's package in the wrapper's name (CursorPageOrg.socialpsych…)
            String key = Character.toLowerCase(item.charAt(0)) + item.substring(1);
            String[] segments = item.split("[.$]");
            String page = pageName(rename.getOrDefault(key, segments[segments.length - 1]), taken);
            page = String.valueOf(renames.getOrDefault(page, page));
            taken.add(page);
            rename.put(fqn, page);
        });
        if (rename.isEmpty()) {
            return;
        }
        String json = Json31.pretty(api);
        for (Map.Entry<String, String> r : rename.entrySet()) {
            json = json.replace("\"#/components/schemas/" + r.getKey() + "\"", "\"#/components/schemas/" + r.getValue() + "\"");
        }
        try {
            OpenAPI renamed = Json31.mapper().readValue(json, OpenAPI.class);
            Map<String, Schema> schemas = new java.util.TreeMap<>();
            renamed.getComponents().getSchemas().forEach((k, v) -> schemas.put(rename.getOrDefault(k, k), v));
            renamed.getComponents().setSchemas(schemas);
            api.setPaths(renamed.getPaths());
            api.setComponents(renamed.getComponents());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot rename schemas", e);
        }
    }

    /**
     * A cursor page is named after what it holds: {@code AuditEntry} → {@code AuditEntryPage},
     * {@code ResidentView} → {@code ResidentPage}, {@code CampaignResponse} → {@code CampaignPage}
     * (the item's name with {@code Page} when the shorter name is taken).
     */
    static String pageName(String item, Set<String> taken) {
        String shorter = item.replaceFirst("(?<=.)(View|Response)$", "") + "Page";
        return taken.contains(shorter) ? item + "Page" : shorter;
    }

    private void apply(String path, PathItem.HttpMethod method, Operation op, Map<String, Object> o,
            Map<String, String> tagByController) {
        if (o.get("id") != null) {
            op.setOperationId(String.valueOf(o.get("id")));
        }
        if (o.get("zh") != null) {
            op.setSummary(o.get("zh") + " / " + o.get("en"));
        }
        StringBuilder description = new StringBuilder();
        if (o.get("description") != null) {
            description.append(String.valueOf(o.get("description")).strip());
        } else if (o.get("zh") != null) {
            description.append(o.get("zh")).append("。\n\n").append(o.get("en")).append('.');
        }
        Object roles = o.get("roles");
        if (roles instanceof List<?> r && !r.isEmpty()) {
            description.append("\n\n角色 / Roles: ").append(String.join(", ", r.stream().map(String::valueOf).toList()));
        } else if (roles != null) {
            description.append("\n\n角色 / Roles: ").append(roles);
        }
        if (!description.isEmpty()) {
            op.setDescription(description.toString());
        }
        if (o.get("tag") != null) {
            op.setTags(List.of(String.valueOf(o.get("tag"))));
        } else if (op.getTags() != null) {
            op.setTags(op.getTags().stream().map(t -> tagByController.getOrDefault(t, t)).toList());
        }
        Map<String, Object> parameters = OpenApiOverlay.map(o.get("parameters"));
        if (op.getParameters() != null) {
            for (Parameter p : op.getParameters()) {
                Object d = parameters.get(p.getName());
                if (d != null) {
                    p.setDescription(String.valueOf(d));
                } else if (p.getDescription() == null) {
                    p.setDescription(p.getName());
                }
            }
        }
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
            op.getRequestBody().setContent(json(op.getRequestBody().getContent(), null));
            if (o.get("requestExample") != null) {
                op.getRequestBody().getContent().values().forEach(m -> m.setExample(o.get("requestExample")));
            }
        }
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        op.setResponses(responses);
        ApiResponses ordered = new ApiResponses();
        responses.forEach((status, response) -> {
            if (status.startsWith("2")) {
                if (response.getContent() != null && !response.getContent().isEmpty()) {
                    response.setContent(json(response.getContent(), o));
                } else if (o.get("schema") != null) {
                    response.setContent(json(new Content().addMediaType(JSON, new MediaType()), o));
                }
                if (o.get("example") != null && response.getContent() != null) {
                    response.getContent().values().forEach(m -> m.setExample(o.get("example")));
                }
                if (response.getDescription() == null || response.getDescription().isBlank()
                        || "OK".equals(response.getDescription()) || "Created".equals(response.getDescription())
                        || "No Content".equals(response.getDescription())
                        || "Accepted".equals(response.getDescription())) {
                    response.setDescription(o.get("ok") != null ? String.valueOf(o.get("ok")) : success(status));
                }
                ordered.addApiResponse(status, response);
            }
        });
        boolean open = Boolean.TRUE.equals(o.get("public"));
        if (open) {
            op.setSecurity(List.of());
        }
        Set<String> errors = new TreeSet<>(open ? List.of("400", "500") : List.of("400", "401", "403", "500"));
        if (path.contains("{")) {
            errors.add("404");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH) {
            errors.add("409");
            errors.add("413");
            errors.add("422");
        }
        if (o.get("errors") instanceof List<?> extra) {
            extra.forEach(e -> errors.add(String.valueOf(e)));
        }
        for (String status : errors) {
            ordered.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + STANDARD.get(status)[0]));
        }
        op.setResponses(ordered);
    }

    private static String success(String status) {
        return switch (status) {
            case "201" -> "已创建 / Created";
            case "202" -> "已受理 / Accepted";
            case "204" -> "成功，无内容 / Done, no content";
            default -> "成功 / OK";
        };
    }

    /** {@code *}/{@code *} becomes application/json; an overlay {@code schema} types the body. */
    private Content json(Content content, Map<String, Object> o) {
        MediaType media = content.getOrDefault(JSON, content.values().iterator().next());
        if (o != null && o.get("binary") instanceof List<?> types) {
            Content out = new Content();
            types.forEach(t -> out.addMediaType(String.valueOf(t),
                    new MediaType().schema(schema(Map.of("type", "string", "format", "binary")))));
            return out;
        }
        if (o != null && o.get("schema") instanceof Map<?, ?> inline) {
            media.setSchema(schema(inline));
        } else if (o != null && o.get("schema") != null) {
            Schema<?> ref = new Schema<>().$ref("#/components/schemas/" + o.get("schema"));
            if (Boolean.TRUE.equals(o.get("array"))) {
                ref = schema(Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/" + o.get("schema"))));
            }
            media.setSchema(ref);
        }
        Content out = new Content();
        out.addMediaType(JSON, media);
        return out;
    }

    private Schema<?> problemSchema() {
        Set<String> slugs = new TreeSet<>(CHASSIS_PROBLEMS);
        slugs.addAll(overlay.problems());
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("description", "RFC 9457 问题详情：type 与 code 稳定，title 与 detail 默认中文（Accept-Language: en 为英文） / "
                + "RFC 9457 problem details: type and code are stable; title and detail are Chinese by default, "
                + "English with Accept-Language: en");
        schema.put("required", List.of("type", "title", "status", "code"));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("type", Map.of("type", "string", "format", "uri", "description", "问题类型 / Problem type",
                "enum", slugs.stream().map(s -> Problems.TYPE_BASE + s).toList()));
        props.put("code", Map.of("type", "string", "description", "问题代码（type 的末段） / Problem code (the type's last segment)",
                "enum", new ArrayList<>(slugs)));
        props.put("title", Map.of("type", "string", "description", "标题 / Title"));
        props.put("status", Map.of("type", "integer", "format", "int32", "description", "HTTP 状态码 / HTTP status"));
        props.put("detail", Map.of("type", "string", "description", "说明 / Detail"));
        props.put("instance", Map.of("type", "string", "format", "uri-reference", "description", "请求路径 / Request path"));
        props.put("errors", Map.of("type", "array", "description", "字段错误 / Field errors", "items",
                Map.of("type", "object", "properties", Map.of("field", Map.of("type", "string", "description", "字段 / Field"),
                        "message", Map.of("type", "string", "description", "原因 / Reason")))));
        schema.put("properties", props);
        schema.put("example", Map.of("type", Problems.TYPE_BASE + "not-found", "code", "not-found", "title", "未找到",
                "status", 404, "detail", "记录不存在，或不在您的辖区内", "instance", "/api/v1/crisis-cases/cc-1"));
        return schema(schema);
    }

    private static ApiResponse problemResponse(String description, String status) {
        ApiResponse r = new ApiResponse().description(description);
        if ("401".equals(status)) {
            // the chassis' SecurityProblems: the bearer challenge and a problem body (code unauthenticated)
            r.addHeaderObject("WWW-Authenticate", new io.swagger.v3.oas.models.headers.Header()
                            .description("RFC 6750 质询：Bearer，令牌被拒时带 error=\"invalid_token\" / "
                                    + "RFC 6750 challenge: Bearer, with error=\"invalid_token\" when a token was refused")
                            .schema(schema(Map.of("type", "string"))));
        }
        return r.content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    static Schema<?> schema(Object map) {
        return Json31.mapper().convertValue(map, Schema.class);
    }
}
