package org.socialpsych.chassis.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.socialpsych.chassis.audit.AuditCheckpoints;

import reactor.core.publisher.Mono;

/** Checkpoints held in memory, for tests of code that only needs an audit log (not its tamper evidence). */
public class MemoryAuditCheckpoints implements AuditCheckpoints {

    public static final byte[] TEST_KEY = "socialpsych-test-audit-hmac-key-32bytes!".getBytes();
    private final Map<String, Head> heads = new ConcurrentHashMap<>();

    @Override
    public Mono<Void> publish(Head head) {
        heads.merge(head.chain(), head, (a, b) -> b.seq() >= a.seq() ? b : a);
        return Mono.empty();
    }

    @Override
    public Mono<Map<String, Head>> heads(String service, String store) {
        return Mono.just(heads.values().stream().filter(h -> h.service().equals(service) && h.store().equals(store))
                .collect(java.util.stream.Collectors.toMap(Head::chain, h -> h)));
    }
}
