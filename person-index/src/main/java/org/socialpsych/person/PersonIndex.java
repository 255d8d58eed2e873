package org.socialpsych.person;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.socialpsych.chassis.messaging.VersionedUpsert;
import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.web.ApiException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;

/**
 * A service's local read model of the platform's person index (collection {@code person_index}):
 * person id → owning area, fed by {@code grid.residents.v1} ({@link PersonIndexListener}). The
 * services that hold records about persons ask it two things: is this a person the platform
 * issued, and does the caller own them (view scope covers the owning area).
 */
public class PersonIndex {

    public static final String COLLECTION = "person_index";
    private final ReactiveMongoTemplate mongo;
    private final VersionedUpsert upsert;

    public PersonIndex(ReactiveMongoTemplate mongo, VersionedUpsert upsert) {
        this.mongo = mongo;
        this.upsert = upsert;
    }

    public Mono<PersonOwner> find(String personId) {
        if (!PersonIds.isPlatformIssued(personId)) {
            return Mono.empty();
        }
        return mongo.findById(personId, Document.class, COLLECTION)
                .map(d -> new PersonOwner(d.getString("_id"), d.getString("areaCode"),
                        d.getList("areaPath", String.class), d.get("aggregateVersion", Number.class).longValue()));
    }

    /**
     * The owner of a person the request names in {@code field}: 422 for anything that is not a
     * platform-issued id, 422 {@code unknown-person} for an id this service has not seen issued.
     */
    public Mono<PersonOwner> require(String field, String personId) {
        try {
            PersonIds.require(field, personId);
        } catch (ApiException e) {
            return Mono.error(e);
        }
        return find(personId).switchIfEmpty(Mono.error(() -> ApiException.invalid("unknown-person",
                field + " names no person the platform issued", Map.of("errors",
                        List.of(Map.of("field", field, "message", "unknown person"))))));
    }

    /**
     * The owner of a person a new record is about (ADR 0010): the id must be one the platform issued
     * and this service has seen (422 otherwise), and the caller must be the person themself (a
     * RESIDENT token for that id) or hold capture scope over the owning area — 403
     * {@code person-not-owned} otherwise, so that no record can be planted to reach someone else's
     * person. Where a service lets a record cross areas by design (a hotline call), it uses
     * {@link #require} instead and the record grants nothing.
     */
    public Mono<PersonOwner> requireCaptured(String field, String personId, PlatformPrincipal user) {
        return require(field, personId).flatMap(owner -> self(user, personId) || captures(user, owner)
                ? Mono.just(owner) : Mono.error(notOwned()));
    }

    /** Whether the caller is the person themself (a RESIDENT token whose subject is the id). */
    public static boolean self(PlatformPrincipal user, String personId) {
        return personId != null && user.hasRole(org.socialpsych.chassis.security.Roles.RESIDENT) && personId.equals(user.subject());
    }

    /** 403 {@code person-not-owned}: the person is owned by an area outside the caller's capture scope. */
    public static ApiException notOwned() {
        return new ApiException(org.springframework.http.HttpStatus.FORBIDDEN, "person-not-owned", "Forbidden",
                "The person is owned by an area outside your capture scope", null);
    }

    /** Whether the caller's view scope covers the person's owning area (ownership access). */
    public static boolean owns(PlatformPrincipal user, PersonOwner owner) {
        return user.canView(owner.areaPath());
    }

    /** Whether the caller may create records about the person: capture scope covers the owning area. */
    public static boolean captures(PlatformPrincipal user, PersonOwner owner) {
        return user.canCapture(owner.areaPath());
    }

    /** Records (or moves) a person's owning area; stale or repeated versions change nothing. */
    public Mono<Boolean> record(String personId, String areaCode, List<String> areaPath, long version) {
        PersonIds.require("personId", personId);
        return upsert.apply(COLLECTION, personId, version,
                new Update().set("areaCode", areaCode).set("areaPath", List.copyOf(areaPath)));
    }

    /** For tests and operators: how many persons this service knows. */
    public Mono<Long> count() {
        return mongo.count(new Query(), COLLECTION);
    }
}
