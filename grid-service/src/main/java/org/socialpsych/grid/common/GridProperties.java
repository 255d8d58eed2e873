package org.socialpsych.grid.common;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of grid-service ({@code socialpsych.grid.*}). Everything has a default here, so the
 * service also runs without its application.yml (as reporting's walking-skeleton test starts it).
 * Visit intervals and event deadlines are data: the defaults below are overridden by properties,
 * and visit intervals per area by {@code /api/v1/visit-policies}.
 */
@ConfigurationProperties("socialpsych.grid")
public record GridProperties(Scheduler scheduler, Events events, Visits visits) {

    public GridProperties {
        scheduler = scheduler == null ? new Scheduler(null) : scheduler;
        events = events == null ? new Events(null) : events;
        visits = visits == null ? new Visits(null, null, null, null, null, null, null, null, null, null, null) : visits;
    }

    /**
     * The interval of grid's periodic jobs (visit due/overdue transitions, event supervision, subtree
     * repair, re-attribution), run by the chassis {@code PeriodicJobRunner} under a lease each; the
     * runner is switched off with {@code socialpsych.jobs.enabled=false}.
     */
    public record Scheduler(Duration interval) {
        public Scheduler {
            interval = interval == null ? Duration.ofSeconds(30) : interval;
        }
    }

    /**
     * @param deadline          from dispatch to the expected handler feedback
     * @param escalateEvery     after the deadline, escalate one level up every this long (default: deadline)
     * @param notifyNeighbours  opening the event notifies the neighbouring grids
     * @param workingDays       a deadline of whole days counts working days of the grid's calendar
     *                          (weekends and holidays skipped, adjusted working days counted); urgent
     *                          categories and deadlines that are not whole days run on the clock
     */
    public record Category(Duration deadline, Duration escalateEvery, Boolean notifyNeighbours, Boolean workingDays) {
        public Category {
            deadline = deadline == null ? Duration.ofHours(72) : deadline;
            escalateEvery = escalateEvery == null ? deadline : escalateEvery;
            notifyNeighbours = notifyNeighbours != null && notifyNeighbours;
            workingDays = workingDays != null && workingDays;
        }
    }

    public record Events(Map<String, Category> categories) {
        public Events {
            Map<String, Category> merged = new LinkedHashMap<>();
            // 3/7/5 working days; a psychological concern or a safety hazard does not wait for the holidays
            merged.put("CONFLICT_DISPUTE", new Category(Duration.ofHours(72), null, false, true));
            merged.put("PSYCH_CONCERN", new Category(Duration.ofHours(24), null, false, false));
            merged.put("SAFETY_HAZARD", new Category(Duration.ofHours(48), null, true, false));
            merged.put("PETITION", new Category(Duration.ofDays(7), null, false, true));
            merged.put("OTHER", new Category(Duration.ofDays(5), null, false, true));
            if (categories != null) {
                merged.putAll(categories);
            }
            categories = Map.copyOf(merged);
        }
    }

    /**
     * @param tagIntervalDays  visit interval per population tag category (days)
     * @param riskIntervalDays visit interval per resident risk level (days)
     * @param initialDays      first visit due this many days after a resident enters a schedule
     * @param leadDays         a visit becomes "due" this many days before its due date
     * @param expireDays       an overdue visit expires (is missed) this many days after its due date
     * @param lateEntry        entry later than this after the visit marks it a late entry
     * @param maxSpeedKmh      faster travel between two visits of one worker is flagged
     * @param minDuration      shorter visits are flagged
     * @param nightStart       visits from this time (platform zone) ...
     * @param nightEnd         ... until this one are flagged NIGHT_HOURS
     * @param repeatWindow     a visit of a resident visited less than this long before is flagged REPEATED_VISIT
     */
    public record Visits(Map<String, Integer> tagIntervalDays, Map<String, Integer> riskIntervalDays,
            Integer initialDays, Integer leadDays, Integer expireDays, Duration lateEntry, Double maxSpeedKmh,
            Duration minDuration, java.time.LocalTime nightStart, java.time.LocalTime nightEnd,
            Duration repeatWindow) {
        public Visits {
            Map<String, Integer> tags = new LinkedHashMap<>();
            for (String t : new String[] {"SMD_PATIENT", "COMMUNITY_CORRECTION", "DRUG_REHABILITATION",
                    "FOUR_LOSS_ONE_DEVIATION", "KEY_PETITIONER", "DOMESTIC_VIOLENCE_VICTIM", "SEXUAL_ASSAULT_VICTIM",
                    "BULLYING_VICTIM", "DISTRESSED_CHILD"}) {
                tags.put(t, 14);
            }
            for (String t : new String[] {"LIVING_ALONE_ELDERLY", "EMPTY_NEST_ELDERLY", "WIDOWED_ELDERLY",
                    "LEFT_BEHIND_CHILD", "RELEASED_PRISONER", "DISPUTE_PARTY", "PERINATAL_WOMAN"}) {
                tags.put(t, 30);
            }
            if (tagIntervalDays != null) {
                tags.putAll(tagIntervalDays);
            }
            tagIntervalDays = Map.copyOf(tags);
            Map<String, Integer> risk = new LinkedHashMap<>(Map.of("HIGH", 7, "MEDIUM", 14, "LOW", 90));
            if (riskIntervalDays != null) {
                risk.putAll(riskIntervalDays);
            }
            riskIntervalDays = Map.copyOf(risk);
            initialDays = initialDays == null ? 7 : initialDays;
            leadDays = leadDays == null ? 3 : leadDays;
            expireDays = expireDays == null ? 14 : expireDays;
            lateEntry = lateEntry == null ? Duration.ofHours(48) : lateEntry;
            maxSpeedKmh = maxSpeedKmh == null ? 120.0 : maxSpeedKmh;
            minDuration = minDuration == null ? Duration.ofMinutes(3) : minDuration;
            nightStart = nightStart == null ? java.time.LocalTime.of(22, 0) : nightStart;
            nightEnd = nightEnd == null ? java.time.LocalTime.of(6, 0) : nightEnd;
            repeatWindow = repeatWindow == null ? Duration.ofHours(24) : repeatWindow;
        }
    }
}
