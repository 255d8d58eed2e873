package org.socialpsych.grid.calendar.infra;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The days an area sets on top of the national calendar ({@code _id} = area code): extra days off
 * ({@code holidays}, e.g. a local festival) and weekend days worked ({@code workingDays}); the most
 * specific area on a grid's path wins. Resolved with one {@code _id $in path} read.
 */
@Document("work_calendars")
public class CalendarDocument {

    @Id
    public String areaCode;
    public List<String> areaPath = new ArrayList<>();
    public List<LocalDate> holidays = new ArrayList<>();
    public List<LocalDate> workingDays = new ArrayList<>();
    public Instant updatedAt;
    public String updatedBy;
}
