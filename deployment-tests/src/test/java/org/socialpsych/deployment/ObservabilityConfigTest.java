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
        Repo.MANAGEMENT_PORTS.forEach((name, port) -> assertThat(prometheus).contains(name + ":" + port));
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
