package org.socialpsych.grid.resident.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.socialpsych.chassis.security.PlatformPrincipal;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.chassis.web.ApiException;
import org.socialpsych.grid.area.infra.AreaRepository;
import org.socialpsych.grid.common.Problems;
import org.socialpsych.grid.resident.domain.Sensitivity;
import org.socialpsych.grid.resident.domain.TagCategory;
import org.socialpsych.grid.resident.infra.TagCategoryDocument;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Population tag categories as data: the national ones ({@link TagCategory}, with their department
 * and fixed sensitivity) are the defaults; an area adds its own (GENERAL or SENSITIVE, never
 * police/justice), valid for the grids under it. A code is unique along a path: no area may add a
 * national code or one an area above or below it already has.
 */
@Service
public class TagCategories {

    /** The shape of a category code. */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /** A category as it applies to a grid. */
    public record Resolved(String code, String name, String department, Sensitivity sensitivity, String areaCode) {
    }

    private final ReactiveMongoTemplate mongo;
    private final AreaRepository areas;
    private final Clock clock;

    public TagCategories(ReactiveMongoTemplate mongo, AreaRepository areas, Clock clock) {
        this.mongo = mongo;
        this.areas = areas;
        this.clock = clock;
    }

    /** The category {@code code} for a resident of a grid with {@code gridPath}: national or added above it. */
    public Mono<Resolved> resolve(String code, List<String> gridPath) {
        return TagCategory.find(code).map(c -> Mono.just(national(c)))
                .orElseGet(() -> mongo.findOne(new Query(Criteria.where("_id").in(gridPath.stream()
                        .map(a -> a + "/" + code).toList())), TagCategoryDocument.class).map(TagCategories::of));
    }

    /** Whether some area added a category with this code. */
    public Mono<Boolean> exists(String code) {
        return mongo.exists(new Query(Criteria.where("code").is(code)), TagCategoryDocument.class);
    }

    /** The categories that apply in an area (national first, then those added on its path), view scope. */
    public Flux<Resolved> list(String areaCode, PlatformPrincipal user) {
        return areas.findByCode(areaCode).filter(a -> user.canView(a.path))
                .switchIfEmpty(Mono.error(ApiException.notFound("Area", areaCode)))
                .flatMapMany(a -> Flux.fromStream(Arrays.stream(TagCategory.values()).map(TagCategories::national))
                        .concatWith(mongo.find(new Query(Criteria.where("areaCode").in(a.path)),
                                TagCategoryDocument.class).map(TagCategories::of)
                                .sort(java.util.Comparator.comparing(Resolved::code))));
    }

    /** Adds a category for the grids under {@code areaCode}: SYSTEM_ADMIN, AREA_ADMIN with capture scope. */
    public Mono<Resolved> add(String code, String name, String areaCode, String department, Sensitivity sensitivity,
            PlatformPrincipal user) {
        if (!user.hasAnyRole(List.of(Roles.SYSTEM_ADMIN, Roles.AREA_ADMIN))) {
            return Mono.error(ApiException.forbidden("Only SYSTEM_ADMIN or AREA_ADMIN add tag categories"));
        }
        if (sensitivity == Sensitivity.POLICE_JUSTICE) {
            return Mono.error(Problems.invalidField("invalid-tag-category", "sensitivity",
                    "police and justice categories are national only"));
        }
        if (TagCategory.find(code).isPresent()) {
            return Mono.error(ApiException.conflict("duplicate-tag-category", code + " is a national category"));
        }
        return areas.findByCode(areaCode).filter(a -> user.canView(a.path))
                .switchIfEmpty(Mono.error(ApiException.notFound("Area", areaCode)))
                .flatMap(a -> {
                    if (!user.canCapture(a.path)) {
                        return Mono.error(ApiException.forbidden("The area is outside your capture scope"));
                    }
                    List<String> above = new ArrayList<>(a.path);
                    // one code per path: not on an area above, nor below (which would shadow or be shadowed)
                    Query clash = new Query(new Criteria().andOperator(Criteria.where("code").is(code),
                            new Criteria().orOperator(Criteria.where("areaCode").in(above),
                                    Criteria.where("areaPath").is(a.code))));
                    return mongo.exists(clash, TagCategoryDocument.class).flatMap(exists -> {
                        if (exists) {
                            return Mono.error(ApiException.conflict("duplicate-tag-category",
                                    code + " is already a category on this area's path"));
                        }
                        TagCategoryDocument d = new TagCategoryDocument();
                        d.id = a.code + "/" + code;
                        d.code = code;
                        d.name = name.strip();
                        d.department = department;
                        d.sensitivity = (sensitivity == null ? Sensitivity.GENERAL : sensitivity).name();
                        d.areaCode = a.code;
                        d.areaPath = a.path;
                        d.createdAt = clock.instant();
                        d.createdBy = user.subject();
                        return mongo.insert(d).map(TagCategories::of)
                                .onErrorMap(DuplicateKeyException.class, e -> ApiException.conflict(
                                        "duplicate-tag-category", code + " is already a category of " + a.code));
                    });
                });
    }

    private static Resolved national(TagCategory c) {
        return new Resolved(c.name(), null, c.defaultDepartment(), c.sensitivity(), null);
    }

    private static Resolved of(TagCategoryDocument d) {
        return new Resolved(d.code, d.name, d.department, Sensitivity.valueOf(d.sensitivity), d.areaCode);
    }
}
