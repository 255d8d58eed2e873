package org.socialpsych.psych.crisis.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.socialpsych.chassis.web.ApiException;
import org.springframework.http.HttpStatus;

/**
 * The cursors psych-service's lists issue: the last served row's sort key ({@code epochMillis|id}),
 * base64url. Opaque to callers; a cursor this service did not issue is a 400.
 */
public final class Cursors {

    private Cursors() {
    }

    public static String encode(Instant at, String id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(((at == null ? 0 : at.toEpochMilli()) + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static String encode(String key, String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((key + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** {key, id}; the key is checked to be a number when {@code numeric}. */
    public static String[] decode(String cursor) {
        try {
            String[] k = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
            if (k.length == 2) {
                return k;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw invalid();
    }

    public static ApiException invalid() {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid query parameter",
                "cursor is not one this list issued", Map.of());
    }

    /** The numeric key of a cursor (epoch millis), 400 when it is not one. */
    public static long millis(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static final String NULL = "\u0000";

    /**
     * One page of {@code type} in keyset order ({@code field}, then {@code _id}), {@code limit + 1} rows
     * fetched so the extra one tells there is a next page. {@code filter} carries the caller's scope (the
     * scope filter is part of the query). {@code parse} turns a cursor's key back into the stored type.
     */
    public static <T> reactor.core.publisher.Mono<org.socialpsych.chassis.web.CursorPage<T>> page(
            org.springframework.data.mongodb.core.ReactiveMongoTemplate mongo,
            org.springframework.data.mongodb.core.query.Criteria filter, Class<T> type, String field,
            java.util.function.Function<String, Object> parse, java.util.function.Function<T, Object> keyOf,
            java.util.function.Function<T, String> idOf, String cursor, int limit) {
        org.springframework.data.mongodb.core.query.Criteria c = filter;
        if (cursor != null) {
            String raw;
            try {
                raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw invalid();
            }
            int bar = raw.lastIndexOf('|');
            if (bar < 0) {
                throw invalid();
            }
            String key = raw.substring(0, bar);
            String id = raw.substring(bar + 1);
            org.springframework.data.mongodb.core.query.Criteria after;
            if (NULL.equals(key)) {
                after = new org.springframework.data.mongodb.core.query.Criteria().orOperator(
                        org.springframework.data.mongodb.core.query.Criteria.where(field).is(null).and("_id").gt(id),
                        org.springframework.data.mongodb.core.query.Criteria.where(field).ne(null));
            } else {
                Object value;
                try {
                    value = parse.apply(key);
                } catch (RuntimeException e) {
                    throw invalid();
                }
                after = new org.springframework.data.mongodb.core.query.Criteria().orOperator(
                        org.springframework.data.mongodb.core.query.Criteria.where(field).gt(value),
                        org.springframework.data.mongodb.core.query.Criteria.where(field).is(value).and("_id").gt(id));
            }
            c = new org.springframework.data.mongodb.core.query.Criteria().andOperator(filter, after);
        }
        var q = new org.springframework.data.mongodb.core.query.Query(c)
                .with(org.springframework.data.domain.Sort.by(field).and(org.springframework.data.domain.Sort.by("_id")))
                .limit(limit + 1);
        return mongo.find(q, type).collectList().map(rows -> org.socialpsych.chassis.web.CursorPage.of(rows, limit,
                r -> {
                    Object k = keyOf.apply(r);
                    return Base64.getUrlEncoder().withoutPadding().encodeToString(((k == null ? NULL : String.valueOf(k))
                            + "|" + idOf.apply(r)).getBytes(StandardCharsets.UTF_8));
                }));
    }
}
