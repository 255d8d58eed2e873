package org.socialpsych.person.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.socialpsych.person.PersonIndex;

/**
 * Test persons: readable names mapped to platform-issued ids ({@code r-<name-based uuid>}) and
 * registered in the service's real person index (as grid's ResidentRegistered would) with an owning
 * area, by default the grid-level test area 61 > 6101 > 610101.
 */
public final class TestPersons {

    public static final List<String> DEFAULT_PATH = List.of("61", "6101", "610101");
    private static final Map<String, List<String>> PENDING = new ConcurrentHashMap<>();
    private static volatile PersonIndex index;

    private TestPersons() {
    }

    /** The platform id of a test person's name (an id that already is a platform id stays itself). */
    public static String id(String name) {
        if (org.socialpsych.person.PersonIds.isPlatformIssued(name)) {
            return name;
        }
        return "r-" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** The id of a test person owned by the default area (registered now, or when the index is known). */
    public static String P(String name) {
        return P(name, DEFAULT_PATH.toArray(String[]::new));
    }

    /** The id of a test person owned by the area at the end of {@code path}. */
    public static String P(String name, String... path) {
        PersonIndex i = index;
        if (i == null) {
            PENDING.put(name, List.of(path));
        } else {
            register(i, name, List.of(path));
        }
        return id(name);
    }

    /** Called from each IT's set-up with the application's index: registers what static fields named. */
    public static void use(PersonIndex personIndex) {
        index = personIndex;
        for (Map.Entry<String, List<String>> e : new ArrayList<>(PENDING.entrySet())) {
            register(personIndex, e.getKey(), e.getValue());
            PENDING.remove(e.getKey());
        }
    }

    private static void register(PersonIndex i, String name, List<String> path) {
        i.record(id(name), path.get(path.size() - 1), path, 1).block();
    }
}
