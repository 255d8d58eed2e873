package org.socialpsych.assessment.instrument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.socialpsych.assessment.instrument.domain.InstrumentDefinition;
import org.socialpsych.assessment.instrument.domain.InstrumentDefinition.Item;
import org.socialpsych.assessment.instrument.infra.InstrumentDefinitionLoader;

/** Shared test helpers: the shipped definitions and answer builders. */
final class InstrumentFixtures {

    /** All shipped definitions, loaded once. */
    static final Map<String, InstrumentDefinition> DEFS = new InstrumentDefinitionLoader().loadAllByCode();

    private InstrumentFixtures() {
    }

    static InstrumentDefinition def(String code) {
        InstrumentDefinition def = DEFS.get(code);
        if (def == null) {
            throw new IllegalArgumentException("no shipped definition " + code);
        }
        return def;
    }

    /** Answer list (boxed, mutable-safe copy) from literal indices. */
    static List<Integer> answers(Integer... indices) {
        return Collections.unmodifiableList(new ArrayList<>(Arrays.asList(indices)));
    }

    /** The same option index for every item. */
    static List<Integer> all(InstrumentDefinition def, int index) {
        return Collections.nCopies(def.itemCount(), index);
    }

    /** Index of the option of {@code item} worth {@code points} (fails if none). */
    static int indexFor(Item item, int points) {
        for (int i = 0; i < item.options().size(); i++) {
            Integer p = item.options().get(i).points();
            if (p != null && p == points) {
                return i;
            }
        }
        throw new IllegalArgumentException("item " + item.number() + " has no option worth " + points);
    }

    /** Answer indices that give the requested points per item (so tests read in points). */
    static List<Integer> forPoints(InstrumentDefinition def, int... points) {
        if (points.length != def.itemCount()) {
            throw new IllegalArgumentException("need " + def.itemCount() + " points, got " + points.length);
        }
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            result.add(indexFor(def.items().get(i), points[i]));
        }
        return result;
    }

    /**
     * Answer indices with the requested raw total: every item starts at its lowest points and items
     * are raised in item order until the total is reached.
     */
    static List<Integer> forRaw(InstrumentDefinition def, int raw) {
        int[] points = new int[def.itemCount()];
        int remaining = raw;
        for (int i = 0; i < points.length; i++) {
            points[i] = def.items().get(i).minPoints();
            remaining -= points[i];
        }
        for (int i = 0; i < points.length && remaining > 0; i++) {
            Item item = def.items().get(i);
            int add = Math.min(remaining, item.maxPoints() - points[i]);
            points[i] += add;
            remaining -= add;
        }
        if (remaining != 0) {
            throw new IllegalArgumentException("raw " + raw + " not reachable for " + def.code());
        }
        return forPoints(def, points);
    }

    /** Same as {@link #forRaw} but fills items from the last one backwards. */
    static List<Integer> forRawFromEnd(InstrumentDefinition def, int raw) {
        int[] points = new int[def.itemCount()];
        int remaining = raw;
        for (int i = 0; i < points.length; i++) {
            points[i] = def.items().get(i).minPoints();
            remaining -= points[i];
        }
        for (int i = points.length - 1; i >= 0 && remaining > 0; i--) {
            Item item = def.items().get(i);
            int add = Math.min(remaining, item.maxPoints() - points[i]);
            points[i] += add;
            remaining -= add;
        }
        if (remaining != 0) {
            throw new IllegalArgumentException("raw " + raw + " not reachable for " + def.code());
        }
        return forPoints(def, points);
    }

    /** Copy of a list with one element replaced (element may be null). */
    static List<Integer> with(List<Integer> answers, int itemNumber, Integer index) {
        List<Integer> copy = new ArrayList<>(answers);
        copy.set(itemNumber - 1, index);
        return copy;
    }
}
