package org.socialpsych.grid.resident.api;

import java.net.URI;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.chassis.web.QueryParameters;
import org.socialpsych.grid.resident.application.TagCategories;
import org.socialpsych.grid.resident.domain.Sensitivity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Population tag categories as data: the national ones and those an area added. */
@RestController
@RequestMapping("/api/v1/tag-categories")
@Validated
public class TagCategoryController {

    public record AddCategoryRequest(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String code,
            @NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 32) String areaCode,
            @Size(max = 64) String department, Sensitivity sensitivity) {
    }

    private final TagCategories categories;

    public TagCategoryController(TagCategories categories) {
        this.categories = categories;
    }

    @GetMapping
    public Flux<TagCategories.Resolved> list(ServerWebExchange exchange, @RequestParam String area) {
        QueryParameters.allowOnly(exchange, "area");
        return CurrentUser.get().flatMapMany(u -> categories.list(area, u));
    }

    @PostMapping
    public Mono<ResponseEntity<TagCategories.Resolved>> add(@Valid @RequestBody AddCategoryRequest b) {
        return CurrentUser.get().flatMap(u -> categories.add(b.code(), b.name(), b.areaCode(), b.department(),
                b.sensitivity(), u))
                .map(c -> ResponseEntity.status(HttpStatus.CREATED)
                        .location(URI.create("/api/v1/tag-categories?area=" + c.areaCode())).body(c));
    }
}
