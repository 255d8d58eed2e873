package org.socialpsych.grid.calendar.application;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.socialpsych.grid.calendar.domain.WorkCalendar;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national holiday arrangement (放假调休) of each year as data: {@code calendar/CN-<year>.json}
 * on the class path ({@code year}, {@code source}, {@code holidays}, {@code workingDays}). A year
 * without a file counts weekends only until its arrangement is added (or set per area).
 */
@Component
public class NationalCalendar {

    private final WorkCalendar calendar;
    private final Set<Integer> years = new TreeSet<>();

    public NationalCalendar() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> working = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/CN-*.json")) {
            try (InputStream in = r.getInputStream()) {
                JsonNode n = json.readTree(in);
                years.add(n.get("year").asInt());
                n.get("holidays").forEach(d -> holidays.add(LocalDate.parse(d.asString())));
                n.get("workingDays").forEach(d -> working.add(LocalDate.parse(d.asString())));
            }
        }
        this.calendar = new WorkCalendar(holidays, working);
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    /** Whether the national arrangement of {@code year} is known (a file exists). */
    public boolean knows(int year) {
        return years.contains(year);
    }

    public Set<Integer> years() {
        return Set.copyOf(years);
    }
}
