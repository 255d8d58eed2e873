package org.socialpsych.grid.area.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.socialpsych.grid.area.infra.AreaDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The shape of the area tree (code, parent, path of every area, ended ones included), cached in
 * memory so that subtree and children queries at county scale (≈ 55,000 areas) are answered by
 * scanning a sorted array and then reading one page of documents by their unique {@code code}.
 * Names and other fields always come from the documents.
 *
 * <p>Every structural change (create, re-parent and its cascade, merge, retire) bumps a generation
 * counter in {@code area_tree} (one document read by {@code _id} per query); a replica that sees a
 * newer generation reloads. The counter is bumped after the area write, so a reload always sees the
 * change; a crash in between is covered by {@code socialpsych.grid.area-tree.max-age}. Results are
 * checked against the documents read, so a stale shape can only shorten a page, never widen scope.
 */
@Component
public class AreaTree {

    static final String COLLECTION = "area_tree";
    static final String GENERATION_ID = "generation";

    /** One area in the cached shape. */
    public record Node(String code, String parentCode, List<String> path, java.time.LocalDate validTo) {

        /** Not ended on {@code day}: current lists leave out merged and retired areas. */
        public boolean currentOn(java.time.LocalDate day) {
            return validTo == null || validTo.isAfter(day);
        }
    }

    /** The shape at one generation: all areas sorted by code, children per parent sorted by code. */
    record Snapshot(long generation, Instant loadedAt, List<Node> byCode, Map<String, List<Node>> children) {
    }

    /** The counter document. */
    public static class Generation {
        public String id;
        public long value;
    }

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final Duration maxAge;
    private volatile Snapshot snapshot;
    private Mono<Snapshot> loading;
    private long loadingGeneration = -1;

    public AreaTree(ReactiveMongoTemplate mongo, Clock clock,
            @Value("${socialpsych.grid.area-tree.max-age:5m}") Duration maxAge) {
        this.mongo = mongo;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** Records a structural change; call after the area write has completed. */
    public Mono<Void> changed() {
        return mongo.findAndModify(new Query(Criteria.where("_id").is(GENERATION_ID)), new Update().inc("value", 1),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Generation.class, COLLECTION).then();
    }

    /**
     * Codes of the areas whose path contains {@code under} (itself included; every area when null)
     * that pass {@code filter}, in code order after {@code afterCode} (null: from the start), at most
     * {@code limit}. The filter (the caller's scope, "current") is applied while scanning, so a page
     * is only short at the end.
     */
    public Mono<List<String>> subtree(String under, Predicate<Node> filter, String afterCode, int limit) {
        return current().map(s -> {
            List<Node> nodes = s.byCode();
            int from = afterCode == null ? 0 : firstAfter(nodes, afterCode);
            List<String> out = new ArrayList<>();
            for (int i = from; i < nodes.size() && out.size() < limit; i++) {
                Node n = nodes.get(i);
                if ((under == null || n.path().contains(under)) && filter.test(n)) {
                    out.add(n.code());
                }
            }
            return out;
        });
    }

    /** Codes of the children of {@code parent} that pass {@code filter}, in code order after {@code afterCode}. */
    public Mono<List<String>> children(String parent, Predicate<Node> filter, String afterCode, int limit) {
        return current().map(s -> s.children().getOrDefault(parent, List.of()).stream()
                .filter(n -> afterCode == null || n.code().compareTo(afterCode) > 0)
                .filter(filter).limit(limit).map(Node::code).toList());
    }

    /** Index of the first node whose code sorts after {@code code}. */
    private static int firstAfter(List<Node> byCode, String code) {
        int lo = 0;
        int hi = byCode.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byCode.get(mid).code().compareTo(code) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    Mono<Snapshot> current() {
        return mongo.findById(GENERATION_ID, Generation.class, COLLECTION).map(g -> g.value).defaultIfEmpty(0L)
                .flatMap(gen -> {
                    Snapshot s = snapshot;
                    if (s != null && s.generation() == gen
                            && s.loadedAt().plus(maxAge).isAfter(clock.instant())) {
                        return Mono.just(s);
                    }
                    return load(gen);
                });
    }

    /** One load per generation at a time; concurrent callers share it. */
    private synchronized Mono<Snapshot> load(long generation) {
        if (loading != null && loadingGeneration >= generation) {
            return loading;
        }
        Instant started = clock.instant();
        Query all = new Query();
        all.fields().include("code").include("parentCode").include("path").include("validTo");
        Mono<Snapshot> m = mongo.find(all, AreaDocument.class).collectList().map(docs -> {
            Map<String, String> interned = new HashMap<>();
            List<Node> nodes = new ArrayList<>(docs.size());
            for (AreaDocument d : docs) {
                List<String> path = new ArrayList<>(d.path == null ? 0 : d.path.size());
                if (d.path != null) {
                    d.path.forEach(c -> path.add(interned.computeIfAbsent(c, k -> k)));
                }
                nodes.add(new Node(interned.computeIfAbsent(d.code, k -> k), d.parentCode, List.copyOf(path), d.validTo));
            }
            nodes.sort(Comparator.comparing(Node::code));
            Map<String, List<Node>> children = new HashMap<>();
            for (Node n : nodes) {
                if (n.parentCode() != null) {
                    children.computeIfAbsent(n.parentCode(), k -> new ArrayList<>()).add(n);
                }
            }
            return new Snapshot(generation, started, List.copyOf(nodes), children);
        }).doOnNext(s -> {
            Snapshot old = snapshot;
            if (old == null || old.generation() <= s.generation()) {
                snapshot = s;
            }
        }).doFinally(sig -> done(generation)).cache();
        loading = m;
        loadingGeneration = generation;
        return m;
    }

    private synchronized void done(long generation) {
        if (loadingGeneration == generation) {
            loading = null;
            loadingGeneration = -1;
        }
    }
}
