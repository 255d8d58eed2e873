package org.socialpsych.psych.area.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.socialpsych.chassis.messaging.VersionedUpsert;
import org.socialpsych.events.grid.AreaCreatedV1;
import org.socialpsych.psych.crisis.domain.AreaRef;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * psych-service's copy of the area tree (code, level, path), kept from grid-service's
 * {@code AreaCreated} events. Used for area-scope checks of records created here and to walk up the
 * escalation ladder.
 */
@Service
public class AreaTree {

    public static final String COLLECTION = "area_directory";

    public record AreaNode(String code, String name, String level, List<String> path) {
    }

    private final ReactiveMongoTemplate mongo;
    private final VersionedUpsert upsert;

    public AreaTree(ReactiveMongoTemplate mongo, VersionedUpsert upsert) {
        this.mongo = mongo;
        this.upsert = upsert;
    }

    /** Applies an AreaCreated event; a redelivered or older event changes nothing. */
    public Mono<Boolean> apply(AreaCreatedV1 e) {
        Update update = new Update().set("code", e.code()).set("name", e.name()).set("level", e.level())
                .set("parentCode", e.parentCode()).set("path", e.path());
        return upsert.apply(COLLECTION, e.code(), e.aggregateVersion(), update);
    }

    public Mono<AreaNode> get(String code) {
        return mongo.findById(code, Document.class, COLLECTION).map(AreaTree::node);
    }

    /** The areas on a path, root first, with their levels; codes the tree does not know get a null level. */
    public Mono<List<AreaRef>> ancestors(List<String> path) {
        return byCodes(path).map(m -> path.stream()
                .map(code -> new AreaRef(code, m.containsKey(code) ? m.get(code).level() : null)).toList());
    }

    private Mono<Map<String, AreaNode>> byCodes(Collection<String> codes) {
        return mongo.find(new Query(Criteria.where("_id").in(codes)), Document.class, COLLECTION).map(AreaTree::node)
                .collect(Collectors.toMap(AreaNode::code, Function.identity()));
    }

    private static AreaNode node(Document d) {
        return new AreaNode(d.getString("code"), d.getString("name"), d.getString("level"),
                d.getList("path", String.class));
    }
}
