package org.socialpsych.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Grafana dashboards and Prometheus configuration and alert rules. */
class ObservabilityConfigTest {

    @Test
    void shouldScrapeEveryComponent() throws Exception {
        String prometheus = Repo.read("docker/prometheus/prometheus.yml");
        // every component that runs in compose and on k8s; the Eureka registry runs in neither (ADR 0004, 0011)
        Repo.MANAGEMENT_PORTS.forEach((name, port) -> {
            if (!name.equals("registry-service")) {
                assertThat(prometheus).contains(name + ":" + port);
            }
        });
        assertThat(prometheus).doesNotContain("registry-service");
        assertThat(prometheus).contains("/actuator/prometheus");
    }

    @Test
    void shouldDefineAlertRulesWithSeverityAndSummary() throws Exception {
        Map<String, Object> rules = Repo.yaml(Repo.read("docker/prometheus/alerts.yml"));
        List<Object> groups = Repo.list(rules.get("groups"));
        assertThat(groups).isNotEmpty();
        List<String> names = new java.util.ArrayList<>();
        for (Object g : groups) {
            for (Object r : Repo.list(Repo.map(g).get("rules"))) {
                Map<String, Object> rule = Repo.map(r);
                names.add(String.valueOf(rule.get("alert")));
                String expr = String.valueOf(rule.get("expr"));
                assertThat(expr).as(rule.get("alert") + " expr").isNotBlank();
                assertThat(balanced(expr)).as("brackets of " + expr).isTrue();
                assertThat(Repo.map(rule.get("labels")).get("severity")).isIn("critical", "warning");
                assertThat(Repo.map(rule.get("annotations"))).containsKeys("summary", "description");
            }
        }
        assertThat(names).contains("InstanceDown", "OutboxEventsNotPublished", "KafkaConsumerLagHigh",
                "CrisisSlaBreach", "HighErrorRate");
    }

    @Test
    void shouldPassPromtoolWhereItIsInstalled() throws Exception {
        if (!Repo.onPath("promtool")) {
            return; // Debian package "prometheus" brings promtool; the structural checks always run
        }
        Repo.Result r = Repo.run("promtool", "check", "rules", "docker/prometheus/alerts.yml");
        assertThat(r.code()).as(r.output()).isZero();
    }

    @Test
    void shouldProvisionDashboardsThatQueryTheProvisionedDatasource() throws Exception {
        Map<String, Object> ds = Repo.yaml(Repo.read("docker/grafana/provisioning/datasources/datasource.yml"));
        String uid = String.valueOf(Repo.map(Repo.list(ds.get("datasources")).get(0)).get("uid"));
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(Repo.file("docker/grafana/dashboards"))) {
            List<Path> dashboards = files.filter(p -> p.toString().endsWith(".json")).toList();
            assertThat(dashboards).hasSizeGreaterThanOrEqualTo(3);
            for (Path f : dashboards) {
                JsonNode d = json.readTree(f.toFile());
                assertThat(d.path("uid").asText()).isNotBlank();
                assertThat(d.path("panels").size()).isGreaterThan(0);
                for (JsonNode panel : d.path("panels")) {
                    assertThat(panel.path("datasource").path("uid").asText()).isEqualTo(uid);
                    for (JsonNode t : panel.path("targets")) {
                        assertThat(balanced(t.path("expr").asText())).as(f + " " + t).isTrue();
                        assertThat(t.path("expr").asText()).isNotBlank();
                    }
                }
            }
        }
    }

    /**
     * Every metric a dashboard or an alert rule names is exported by some application. The names the
     * applications export were recorded by their integration tests (local-stack's
     * ExportedMetricsRecorder, into target/exported-metrics/ at the root), so this runs in the full
     * reactor build; run alone, without those files, it is skipped.
     */
    @Test
    void shouldOnlyNameMetricsTheApplicationsExport() throws Exception {
        Path dir = Repo.file("target/exported-metrics");
        List<String> apps = List.of("gateway-service", "grid-service", "psych-service", "assessment-service",
                "reporting-service");
        org.junit.jupiter.api.Assumptions.assumeTrue(apps.stream().allMatch(a -> Files.exists(dir.resolve(a + ".txt"))),
                "the applications' integration tests have not recorded their metrics in this build");
        java.util.Set<String> exported = new java.util.TreeSet<>();
        for (String a : apps) {
            exported.addAll(Files.readAllLines(dir.resolve(a + ".txt")));
        }
        List<String> expressions = new java.util.ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(Repo.file("docker/grafana/dashboards"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                for (JsonNode panel : json.readTree(f.toFile()).path("panels")) {
                    panel.path("targets").forEach(t -> expressions.add(t.path("expr").asText()));
                }
            }
        }
        Map<String, Object> rules = Repo.yaml(Repo.read("docker/prometheus/alerts.yml"));
        for (Object g : Repo.list(rules.get("groups"))) {
            for (Object r : Repo.list(Repo.map(g).get("rules"))) {
                expressions.add(String.valueOf(Repo.map(r).get("expr")));
            }
        }
        java.util.Set<String> missing = new java.util.TreeSet<>();
        for (String expr : expressions) {
            for (String name : metricNames(expr)) {
                if (!exported.contains(name)) {
                    missing.add(name);
                }
            }
        }
        assertThat(missing).as("metrics named in dashboards/rules but exported by no application").isEmpty();
    }

    private static final java.util.Set<String> PROMQL_WORDS = java.util.Set.of("sum", "rate", "irate", "increase",
            "histogram_quantile", "max", "min", "avg", "count", "by", "without", "on", "ignoring", "group_left",
            "group_right", "topk", "bottomk", "abs", "clamp_min", "clamp_max", "delta", "deriv", "time", "vector",
            "scalar", "label_replace", "max_over_time", "min_over_time", "avg_over_time", "sum_over_time",
            "count_over_time", "absent", "and", "or", "unless", "offset", "bool", "le", "up", "round", "ceil", "floor");

    /** Metric names in a PromQL expression: identifiers outside label matchers, groupings and strings. */
    static java.util.Set<String> metricNames(String expr) {
        String e = expr.replaceAll("\"[^\"]*\"", " ")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^\\]]*\\]", " ")
                .replaceAll("(?i)\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        java.util.Set<String> out = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z_:][A-Za-z0-9_:]*").matcher(e);
        while (m.find()) {
            String w = m.group();
            int after = m.end();
            boolean call = after < e.length() && e.substring(after).stripLeading().startsWith("(");
            if (!PROMQL_WORDS.contains(w) && !call && w.contains("_")) {
                out.add(w);
            }
        }
        return out;
    }

    static boolean balanced(String expr) {
        int round = 0;
        int curly = 0;
        int square = 0;
        for (char c : expr.toCharArray()) {
            switch (c) {
                case '(' -> round++;
                case ')' -> round--;
                case '{' -> curly++;
                case '}' -> curly--;
                case '[' -> square++;
                case ']' -> square--;
                default -> { }
            }
            if (round < 0 || curly < 0 || square < 0) {
                return false;
            }
        }
        return round == 0 && curly == 0 && square == 0;
    }
}
