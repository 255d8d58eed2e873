package org.socialpsych.reporting.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.socialpsych.reporting.kpi.domain.DisclosureControl;
import org.socialpsych.reporting.kpi.domain.IndicatorDefinition;
import org.socialpsych.reporting.kpi.domain.KpiCalculator;
import org.socialpsych.reporting.kpi.domain.KpiCalculator.Kpi;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adversarial differencing over random area trees: every table (each area with its children, as the
 * KPI API, the exports and period reports publish it) is read, and every parent − Σ(other children)
 * and row-vs-row combination is tried. Primary suppression alone loses; with complementary
 * suppression nothing is recovered and every area reads the same in every table.
 */
class DisclosureControlTest {

    static final List<IndicatorDefinition> DEFS = load();
    final KpiCalculator calculator = new KpiCalculator(5, 0.1);

    static List<IndicatorDefinition> load() {
        try (InputStream in = DisclosureControlTest.class.getResourceAsStream("/indicators/core.json")) {
            return JsonMapper.builder().build().readValue(in, new TypeReference<List<IndicatorDefinition>>() { });
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A random tree with metric sums: parent = own + Σ children. */
    static final class World implements DisclosureControl.Tree {
        final Map<String, List<String>> path = new HashMap<>();
        final Map<String, List<String>> children = new TreeMap<>();
        final Map<String, Map<String, Long>> sums = new HashMap<>();

        @Override
        public List<String> path(String code) {
            return path.get(code);
        }

        @Override
        public List<String> children(String code) {
            return children.getOrDefault(code, List.of());
        }

        static World random(Random r) {
            World w = new World();
            w.grow("1", List.of("1"), 0, r);
            w.total("1");
            return w;
        }

        void grow(String code, List<String> p, int depth, Random r) {
            path.put(code, p);
            List<String> kids = new ArrayList<>();
            int n = depth >= 4 ? 0 : depth == 3 ? r.nextInt(3) : 1 + r.nextInt(4);
            for (int i = 0; i < n; i++) {
                String kid = code + i;
                kids.add(kid);
                List<String> kp = new ArrayList<>(p);
                kp.add(kid);
                grow(kid, kp, depth + 1, r);
            }
            children.put(code, kids);
            Map<String, Long> own = new HashMap<>();
            if (kids.isEmpty() || r.nextInt(5) == 0) {
                for (IndicatorDefinition d : DEFS) {
                    for (String m : DisclosureControl.metrics(d)) {
                        own.putIfAbsent(m, (long) r.nextInt(kids.isEmpty() ? 9 : 3));
                    }
                }
                // numerators never exceed their denominators
                for (IndicatorDefinition d : DEFS) {
                    List<String> ms = DisclosureControl.metrics(d);
                    if (ms.size() == 2 && own.get(ms.get(0)) > own.get(ms.get(1))) {
                        own.put(ms.get(0), own.get(ms.get(1)));
                    }
                }
            }
            sums.put(code, own);
        }

        Map<String, Long> total(String code) {
            Map<String, Long> t = new HashMap<>(sums.get(code));
            for (String k : children(code)) {
                total(k).forEach((m, v) -> t.merge(m, v, Long::sum));
            }
            sums.put(code, t);
            return t;
        }
    }

    List<Kpi> rawRow(Map<String, Long> sums) {
        List<Kpi> row = new ArrayList<>();
        for (IndicatorDefinition d : DEFS) {
            long num = d.numerator().startsWith("median:") ? 60 : sums.getOrDefault(d.numerator(), 0L);
            Long den = d.denominator() == null ? null
                    : "AREA_POPULATION".equals(d.denominator()) ? 10_000L : sums.getOrDefault(d.denominator(), 0L);
            if (d.numerator().startsWith("median:")) {
                row.add(den == 0 ? calculator.computeRaw(d, 0, 0L, null)
                        : new Kpi(d.code(), 60.0, null, den, null, KpiCalculator.Status.NO_TARGET));
            } else {
                row.add(calculator.computeRaw(d, num, den, null));
            }
        }
        return row;
    }

    @Test
    void shouldLeaveNoSuppressedCountRecoverableFromAnyTable() {
        DisclosureControl dc = new DisclosureControl(5, DEFS);
        long seed = Long.getLong("model.seed", 15L);
        Random seeds = new Random(seed);
        for (int round = 0; round < 200; round++) {
            long worldSeed = seeds.nextLong();
            World w = World.random(new Random(worldSeed));
            DifferencingAttack attack = new DifferencingAttack(DEFS);
            for (String area : w.path.keySet()) {
                // only the rows of the region are given: a table must not depend on anything else
                Set<String> region = DisclosureControl.region(w, area);
                Map<String, List<Kpi>> raw = new HashMap<>();
                region.forEach(c -> raw.put(c, rawRow(w.sums.get(c))));
                attack.readTable(area, w.children(area), dc.publish(w, area, raw));
            }
            assertThat(attack.attack()).as("world " + worldSeed).isEmpty();
        }
    }

    @Test
    void shouldBeBeatenWithPrimarySuppressionAlone() {
        // the old rule: each cell on its own base; the attack must find something, or it proves nothing
        int recovered = 0;
        Random seeds = new Random(15L);
        for (int round = 0; round < 20; round++) {
            World w = World.random(new Random(seeds.nextLong()));
            DifferencingAttack attack = new DifferencingAttack(DEFS);
            for (String area : w.path.keySet()) {
                Map<String, List<Kpi>> rows = new HashMap<>();
                List<String> table = new ArrayList<>(w.children(area));
                table.add(area);
                for (String c : table) {
                    List<Kpi> row = new ArrayList<>();
                    for (Kpi k : rawRow(w.sums.get(c))) {
                        IndicatorDefinition d = DEFS.stream().filter(x -> x.code().equals(k.indicator())).findFirst()
                                .orElseThrow();
                        long base = k.denominator() != null && !"AREA_POPULATION".equals(d.denominator())
                                ? k.denominator() : k.numerator() == null ? 0 : k.numerator();
                        row.add(d.personBased() && base > 0 && base < 5
                                ? new Kpi(k.indicator(), null, null, null, null, KpiCalculator.Status.SUPPRESSED) : k);
                    }
                    rows.put(c, row);
                }
                attack.readTable(area, w.children(area), rows);
            }
            recovered += attack.attack().size();
        }
        assertThat(recovered).isPositive();
    }

    @Test
    void shouldHideTheSmallestSiblingAndTheRowsSharingTheBase() {
        World w = new World();
        w.path.put("1", List.of("1"));
        w.path.put("10", List.of("1", "10"));
        w.path.put("11", List.of("1", "11"));
        w.path.put("12", List.of("1", "12"));
        w.children.put("1", List.of("10", "11", "12"));
        w.sums.put("10", Map.of("screened", 2L, "screenPositive", 1L));
        w.sums.put("11", Map.of("screened", 30L, "screenPositive", 3L));
        w.sums.put("12", Map.of("screened", 9L, "screenPositive", 2L));
        w.sums.put("1", Map.of("screened", 41L, "screenPositive", 6L));
        Map<String, List<Kpi>> raw = new HashMap<>();
        w.sums.forEach((c, s) -> raw.put(c, rawRow(s)));
        Map<String, List<Kpi>> out = new DisclosureControl(5, DEFS).publish(w, "1", raw);
        assertThat(status(out.get("10"), "SCREENING_COVERAGE")).isEqualTo(KpiCalculator.Status.SUPPRESSED);
        assertThat(status(out.get("10"), "SCREENINGS")).isEqualTo(KpiCalculator.Status.SUPPRESSED);
        assertThat(status(out.get("12"), "SCREENINGS")).as("the smallest other village").isEqualTo(
                KpiCalculator.Status.SUPPRESSED);
        assertThat(status(out.get("11"), "SCREENINGS")).isEqualTo(KpiCalculator.Status.NO_TARGET);
        assertThat(status(out.get("1"), "SCREENINGS")).isEqualTo(KpiCalculator.Status.NO_TARGET);
        assertThat(status(out.get("10"), "CRISIS_CASES_OPENED")).as("other groups untouched")
                .isEqualTo(KpiCalculator.Status.NO_TARGET);
    }

    static KpiCalculator.Status status(List<Kpi> row, String code) {
        return row.stream().filter(k -> k.indicator().equals(code)).findFirst().orElseThrow().status();
    }
}
