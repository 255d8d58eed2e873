package org.socialpsych.grid.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.chassis.web.CursorPage;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.HttpStatus;

/**
 * Keyset paging on a sort field with the id as tie-breaker: rows are read in ({@code field},
 * {@code _id}) order and the next page starts strictly after the last row served, so rows with
 * equal sort values are neither lost nor repeated between pages. The cursor is the chassis'
 * opaque {@link CursorPage#cursor} of the two parts.
 */
public final class Keyset {

    private Keyset() {
    }

    /** The sort of a keyset list: the field, then {@code _id}, both in {@code direction}. */
    public static Sort sort(String field, Sort.Direction direction) {
        return Sort.by(direction, field, "_id");
    }

    /** Rows after ({@code value}, {@code id}) in the given direction of ({@code field}, {@code _id}). */
    public static Criteria after(String field, Object value, String id, Sort.Direction direction) {
        boolean asc = direction == Sort.Direction.ASC;
        Criteria beyond = asc ? Criteria.where(field).gt(value) : Criteria.where(field).lt(value);
        Criteria tie = asc ? Criteria.where(field).is(value).and("_id").gt(id)
                : Criteria.where(field).is(value).and("_id").lt(id);
        return new Criteria().orOperator(beyond, tie);
    }

    public static String cursor(Instant value, String id) {
        return CursorPage.cursor(Long.toString(value.toEpochMilli()), id);
    }

    public static String cursor(LocalDate value, String id) {
        return CursorPage.cursor(value.toString(), id);
    }

    /** The two parts of a cursor of this shape; anything else is a 400. */
    public static List<String> parts(String cursor) {
        return CursorPage.parts(cursor, 2);
    }

    public static Instant instant(String part) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(part));
        } catch (NumberFormatException e) {
            throw invalidCursor();
        }
    }

    public static LocalDate date(String part) {
        try {
            return LocalDate.parse(part);
        } catch (DateTimeParseException e) {
            throw invalidCursor();
        }
    }

    private static ApiException invalidCursor() {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid query parameter",
                "cursor is not one this list issued", java.util.Map.of());
    }
}
