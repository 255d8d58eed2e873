package org.socialpsych.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Writes an RFC 9457 problem+json answer from the gateway's own filters; never includes internals.
 * Like the services' problems (chassis {@code ProblemTexts}): the stable slug of {@code type} is
 * repeated as {@code code}, title and detail are Chinese by default and English with
 * {@code Accept-Language: en} (or {@code lang=en}); a problem without a Chinese detail keeps the
 * English one. The Chinese titles are those of {@code problemTypes} in the chassis' labels.
 */
final class ProblemResponses {

    static final String TYPE_BASE = "https://socialpsych.org/problems/";
    static final String ZH = "zh-CN";
    static final String EN = "en";

    /** slug → [zh-CN title, zh-CN detail or null]. */
    static final Map<String, List<String>> ZH_TEXTS = Map.ofEntries(
            zh("unauthenticated", "未认证", "需要有效的访问令牌。"),
            zh("forbidden", "无权限", "该路径不对调用方开放。"),
            zh("rate-limited", "请求过于频繁", null),
            zh("uri-too-long", "请求地址过长", null),
            zh("request-too-large", "请求体过大", null),
            zh("http-404", "未找到", "该路径下没有接口。"),
            zh("http-405", "方法不允许", "该路径不接受此请求方法。"),
            zh("http-415", "不支持的内容类型", "此处不接受该内容类型。"),
            zh("http-500", "网关内部错误", "网关未能完成该请求。"),
            zh("http-502", "服务暂不可用", "服务暂时不可用，请稍后重试。"),
            zh("http-503", "服务暂不可用", "服务暂时不可用，请稍后重试。"),
            zh("http-504", "服务响应超时", "服务未能及时响应，请稍后重试。"));

    private ProblemResponses() {
    }

    private static Map.Entry<String, List<String>> zh(String slug, String title, String detail) {
        return Map.entry(slug, java.util.Arrays.asList(title, detail));
    }

    /** {@code zh-CN} unless the {@code lang} parameter or the first of {@code Accept-Language} is English. */
    static String language(ServerWebExchange exchange) {
        String lang = exchange.getRequest().getQueryParams().getFirst("lang");
        if (lang == null) {
            lang = exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE);
        }
        return lang != null && lang.trim().toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
    }

    static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String title, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        String lang = language(exchange);
        List<String> zh = ZH_TEXTS.get(type);
        if (ZH.equals(lang) && zh != null) {
            title = zh.get(0);
            if (zh.get(1) != null) {
                detail = zh.get(1);
            }
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, lang);
        String body = "{\"type\":\"" + URI.create(TYPE_BASE + type) + "\",\"code\":\"" + escape(type)
                + "\",\"title\":\"" + escape(title) + "\",\"status\":" + status.value() + ",\"detail\":\""
                + escape(detail) + "\",\"instance\":\"" + escape(exchange.getRequest().getPath().value()) + "\"}";
        DataBuffer buffer = response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(buffer));
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
