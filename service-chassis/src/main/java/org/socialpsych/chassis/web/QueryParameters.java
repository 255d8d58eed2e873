package org.socialpsych.chassis.web;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;

/**
 * Lists honour every filter they are given or refuse the request: a query parameter the endpoint
 * does not know is a 400 problem+json ({@code unknown-parameter}), never silently ignored.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static void allowOnly(ServerWebExchange exchange, String... allowed) {
        allowOnly(exchange.getRequest().getQueryParams().keySet(), Set.of(allowed));
    }

    public static void allowOnly(Set<String> given, Set<String> allowed) {
        TreeSet<String> unknown = new TreeSet<>(given);
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "unknown-parameter", "Unknown query parameter",
                    "Unknown query parameter(s) " + unknown + "; this list accepts " + new TreeSet<>(allowed),
                    Map.of("unknown", unknown, "accepted", new TreeSet<>(allowed)));
        }
    }

    static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid query parameter", detail,
                Map.of());
    }
}
