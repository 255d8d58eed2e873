package org.socialpsych.chassis.audit;

import java.time.Instant;
import java.util.Map;

import reactor.core.publisher.Mono;

/**
 * Heads of the read-audit chains kept outside the audited store, so that {@link ReadAuditLog#verify()}
 * can tell a truncated chain, a deleted chain and an inserted chain from an intact one: every chain
 * is announced (seq 0) before its first entry is stored, and its head is checkpointed as it grows.
 */
public interface AuditCheckpoints {

    /** A chain's head; {@code store} is the database the chain lives in (one service may have several). */
    record Head(String service, String store, String chain, long seq, String hash, Instant at) {
    }

    /** Publishes a chain's head; may coalesce heads of the same chain. Completes once sent (or failed). */
    Mono<Void> publish(Head head);

    /** The last checkpoint of every chain of {@code service} in {@code store}, by chain id. */
    Mono<Map<String, Head>> heads(String service, String store);
}
