package org.socialpsych.reporting.area.application;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.socialpsych.chassis.messaging.IncomingEvent;
import org.socialpsych.chassis.messaging.InvalidEventException;
import org.socialpsych.events.grid.AreaCreatedV1;
import org.socialpsych.events.grid.AreaMergedV1;
import org.socialpsych.events.grid.AreaRenamedV1;
import org.socialpsych.events.grid.AreaReparentedV1;
import org.socialpsych.events.grid.AreaRetiredV1;
import org.socialpsych.events.grid.GridEvents;
import org.socialpsych.reporting.area.domain.AreaMonths;
import org.socialpsych.reporting.fact.application.FactWrite;
import org.socialpsych.reporting.fact.infra.FactStore;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Area events into the area timeline and the cells, in the fact listener (so they are serialised
 * with the facts): creation counts the area from its first valid month; a reparent moves the area's
 * figures from the old ancestors to the new ones from the effective month on; a merger or retirement
 * stops counting the area from the month after its last valid day (a merged area's later facts roll
 * up to the area it merged into). A rename changes only the name from its month on.
 */
@Service
public class AreaChanges {

    private final AreaTimeline timeline;
    private final FactStore store;
    private final JsonMapper json;
    private final Clock clock;

    public AreaChanges(AreaTimeline timeline, FactStore store, JsonMapper json, Clock clock) {
        this.clock = clock;
        this.timeline = timeline;
        this.store = store;
        this.json = json;
    }

    /** Applies an area event; empty for other types. */
    public Mono<Void> apply(IncomingEvent event) {
        return switch (event.type()) {
            case GridEvents.AREA_CREATED -> {
                AreaCreatedV1 e = read(event, AreaCreatedV1.class);
                String from = e.validFrom() != null ? AreaMonths.from(e.validFrom())
                        : e.occurredAt() != null ? YearMonth.from(e.occurredAt().atZone(clock.getZone())).toString()
                        : null;
                yield from == null ? Mono.empty() : timeline.created(e.code(), e.parentCode(), e.level(), e.name(), from);
            }
            case GridEvents.AREA_RENAMED -> {
                AreaRenamedV1 e = read(event, AreaRenamedV1.class);
                yield e.effectiveFrom() == null ? Mono.empty()
                        : timeline.changed(e.code(), AreaMonths.from(e.effectiveFrom()), null, e.name());
            }
            case GridEvents.AREA_REPARENTED -> {
                AreaReparentedV1 e = read(event, AreaReparentedV1.class);
                if (e.effectiveFrom() == null) {
                    yield Mono.empty();
                }
                String from = AreaMonths.from(e.effectiveFrom());
                String token = "reparent:" + e.code() + "@" + e.aggregateVersion();
                List<String> previous = e.previousPath() == null ? List.of(e.code()) : e.previousPath();
                yield timeline.chain(e.code(), from, previous)
                        .flatMap(old -> timeline.changed(e.code(), from, e.parentCode(), null)
                                .then(timeline.chain(e.code(), from, e.path()))
                                .flatMap(now -> store.move(token, e.code(), from, ancestors(old), ancestors(now))));
            }
            case GridEvents.AREA_MERGED -> {
                AreaMergedV1 e = read(event, AreaMergedV1.class);
                yield e.validTo() == null ? Mono.empty()
                        : end(e.code(), e.path(), AreaMonths.endExclusive(e.validTo()), e.intoCode(), e.aggregateVersion());
            }
            case GridEvents.AREA_RETIRED -> {
                AreaRetiredV1 e = read(event, AreaRetiredV1.class);
                String into = e.successorCodes() != null && e.successorCodes().size() == 1 ? e.successorCodes().get(0)
                        : null;
                yield e.validTo() == null ? Mono.empty()
                        : end(e.code(), e.path(), AreaMonths.endExclusive(e.validTo()), into, e.aggregateVersion());
            }
            default -> Mono.empty();
        };
    }

    /** The area's count ends (written before the timeline closes, so it rolls up to the old ancestors). */
    private Mono<Void> end(String code, List<String> path, String endMonth, String into, long version) {
        return timeline.versions(code).collectList().flatMap(list -> {
            if (list.isEmpty()) {
                return Mono.empty();
            }
            String level = list.get(list.size() - 1).level();
            List<String> p = path == null || path.isEmpty() ? List.of(code) : path;
            FactWrite count = FactWrite.stock("area-end:" + code, version, p, endMonth,
                    Map.of("areas" + capital(level), -1L));
            return store.write(count).then(timeline.ended(code, endMonth, into));
        });
    }

    private static List<String> ancestors(List<String> chain) {
        return chain.subList(0, Math.max(0, chain.size() - 1));
    }

    private <T> T read(IncomingEvent event, Class<T> type) {
        try {
            return json.readValue(event.payload(), type);
        } catch (JacksonException e) {
            throw new InvalidEventException("Unreadable " + type.getSimpleName() + " payload " + event.id(), e);
        }
    }

    static String capital(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String part : s.toLowerCase(java.util.Locale.ROOT).split("[_\\s-]+")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }
}
