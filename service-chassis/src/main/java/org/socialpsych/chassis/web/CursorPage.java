package org.socialpsych.chassis.web;

import java.util.List;
import java.util.function.Function;

/**
 * The platform's one list shape: {@code items}, and {@code next} (an opaque cursor for the next
 * page, absent on the last page). A list endpoint takes {@code limit} and {@code cursor}; the
 * scope filter is part of the query, so a page is never emptied by filtering after the limit.
 */
public record CursorPage<T>(List<T> items, String next) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /**
     * Builds a page from up to {@code limit + 1} rows fetched in cursor order: the extra row only
     * tells that there is a next page, whose cursor is the key of the last row served.
     */
    public static <T> CursorPage<T> of(List<T> rowsPlusOne, int limit, Function<T, String> cursorOf) {
        if (rowsPlusOne.size() <= limit) {
            return new CursorPage<>(List.copyOf(rowsPlusOne), null);
        }
        List<T> page = List.copyOf(rowsPlusOne.subList(0, limit));
        return new CursorPage<>(page, cursorOf.apply(page.get(page.size() - 1)));
    }

    /** An opaque cursor from the sort key parts of the last row served. */
    public static String cursor(String... parts) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(String.join("\n", parts)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The sort key parts of a cursor; a cursor this platform did not issue is a 400. */
    public static List<String> parts(String cursor, int expected) {
        try {
            List<String> parts = List.of(new String(java.util.Base64.getUrlDecoder().decode(cursor),
                    java.nio.charset.StandardCharsets.UTF_8).split("\n", -1));
            if (parts.size() != expected) {
                throw new IllegalArgumentException("parts");
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw QueryParameters.badRequest("cursor is not one this list issued");
        }
    }

    public <R> CursorPage<R> map(Function<T, R> mapper) {
        return new CursorPage<>(items.stream().map(mapper).toList(), next);
    }

    /** Checks {@code limit} (1..{@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}) and answers 400 otherwise. */
    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw QueryParameters.badRequest("limit must be between 1 and " + MAX_LIMIT);
        }
        return requested;
    }
}
