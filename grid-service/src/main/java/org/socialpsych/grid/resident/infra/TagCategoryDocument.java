package org.socialpsych.grid.resident.infra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A population tag category an area added on top of the national ones ({@code _id} =
 * {@code <areaCode>/<code>}): valid for residents of grids under the area. Never police/justice
 * (those are national and fixed).
 */
@Document("tag_categories")
public class TagCategoryDocument {

    @Id
    public String id;
    public String code;
    public String name;
    public String department;
    public String sensitivity;
    @Indexed
    public String areaCode;
    public List<String> areaPath = new ArrayList<>();
    public Instant createdAt;
    public String createdBy;
}
