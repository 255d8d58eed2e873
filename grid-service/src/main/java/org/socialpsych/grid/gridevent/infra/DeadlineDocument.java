package org.socialpsych.grid.gridevent.infra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The grid event deadlines one area sets ({@code _id} = area code), per category, in seconds; a
 * missing field is inherited from the areas above. Resolved with one {@code _id $in path} read.
 */
@Document("grid_event_deadlines")
public class DeadlineDocument {

    /** One category's override; null fields are inherited. */
    public static class Setting {
        public Long deadlineSeconds;
        public Long escalateEverySeconds;
    }

    @Id
    public String areaCode;
    public List<String> areaPath = new ArrayList<>();
    public Map<String, Setting> categories = new LinkedHashMap<>();
    public Instant updatedAt;
    public String updatedBy;
}
