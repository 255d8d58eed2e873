package org.socialpsych.chassis.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/** Keeps the gateway's {@code X-Request-Id} (or makes one) and echoes it on the response;
 * carries the declared purpose ({@code X-Purpose}) for the read audit. */
public class RequestIdFilter implements WebFilter, Ordered {

    public static final String HEADER = "X-Request-Id";
    public static final String CONTEXT_KEY = "requestId";
    /** Header a client uses to declare why it reads person-level data (read audit). */
    public static final String PURPOSE_HEADER = "X-Purpose";
    public static final String PURPOSE_KEY = "purpose";
    private static final Pattern PURPOSE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String incoming = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = incoming != null && SAFE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        exchange.getResponse().getHeaders().set(HEADER, id);
        String purpose = exchange.getRequest().getHeaders().getFirst(PURPOSE_HEADER);
        String safePurpose = purpose != null && PURPOSE.matcher(purpose).matches() ? purpose : "unspecified";
        return chain.filter(exchange).contextWrite(ctx -> ctx.put(CONTEXT_KEY, id).put(PURPOSE_KEY, safePurpose));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
