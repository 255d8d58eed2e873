package org.socialpsych.chassis.web;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A failure the client can act on, rendered as RFC 9457 problem+json with a stable {@code type}
 * ({@code https://socialpsych.org/problems/<slug>}) and optional extra members.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final transient Map<String, Object> properties;

    public ApiException(HttpStatus status, String slug, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " " + id + " was not found",
                Map.of());
    }

    public static ApiException conflict(String slug, String detail) {
        return new ApiException(HttpStatus.CONFLICT, slug, "Conflict", detail, Map.of());
    }

    public static ApiException invalid(String slug, String detail, Map<String, Object> properties) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, slug, "Unprocessable request", detail, properties);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail, Map.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
