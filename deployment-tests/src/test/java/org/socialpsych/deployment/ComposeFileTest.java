package org.socialpsych.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** docker-compose.yml cannot run here (no Docker engine); this checks it offline. */
class ComposeFileTest {

    static final Set<String> INFRA = Set.of("kafka", "kafka-init", "mongo", "mongo-init", "keycloak-db", "keycloak",
            "prometheus", "grafana");
    /** The applications compose runs: no Eureka registry, discovery by compose's service names (ADR 0011). */
    static final Map<String, Integer> APPS = Repo.PORTS.entrySet().stream()
            .filter(e -> !e.getKey().equals("registry-service"))
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    Map<String, Object> services() throws Exception {
        return Repo.map(Repo.yaml(Repo.read("docker-compose.yml")).get("services"));
    }

    @Test
    void shouldGiveEveryServiceAnImageAndAHealthcheck() throws Exception {
        Map<String, Object> services = services();
        assertThat(services.keySet()).containsAll(APPS.keySet()).containsAll(INFRA);
        services.forEach((name, def) -> {
            Map<String, Object> s = Repo.map(def);
            assertThat(s.get("image")).as(name + " image").isNotNull();
            assertThat(s.get("healthcheck")).as(name + " healthcheck").isNotNull();
            assertThat(Repo.map(s.get("healthcheck")).get("test")).as(name + " healthcheck test").isNotNull();
        });
    }

    @Test
    void shouldExposeEachApplicationOnItsPortWithTheEnvironmentItReads() throws Exception {
        Map<String, Object> services = services();
        for (var e : APPS.entrySet()) {
            Map<String, Object> s = Repo.map(services.get(e.getKey()));
            assertThat(s.get("image").toString()).startsWith("socialpsych/" + e.getKey() + ":");
            assertThat(Repo.list(s.get("ports")).toString()).as(e.getKey() + " port").contains(e.getValue() + ":" + e.getValue());
            assertThat(Repo.map(s.get("healthcheck")).get("test").toString()).as(e.getKey() + " health on management port")
                    .contains("127.0.0.1/" + Repo.MANAGEMENT_PORTS.get(e.getKey()) + " ");
            Map<String, Object> env = Repo.map(s.get("environment"));
            assertThat(env).as(e.getKey() + " env").containsKeys("KAFKA_BOOTSTRAP_SERVERS", "JWT_ISSUER_URI",
                    "SPRING_APPLICATION_NAME");
            assertThat(env.get("SPRING_APPLICATION_NAME")).isEqualTo(e.getKey());
            if (e.getKey().matches("(grid|psych|assessment|reporting)-service")) {
                assertThat(env.get("MONGODB_URI").toString()).contains("replicaSet=rs0");
            }
        }
    }

    @Test
    void shouldReadOnlyEnvironmentVariablesTheServicesUnderstand() throws Exception {
        String config = Repo.read("service-chassis/src/main/resources/chassis-defaults.yml")
                + Repo.read("grid-service/src/main/resources/application.yml")
                + Repo.read("gateway-service/src/main/resources/application.yml")
                + Repo.read("registry-service/src/main/resources/application.yml");
        Set<String> springBound = Set.of("JAVA_TOOL_OPTIONS", "EUREKA_CLIENT_ENABLED");
        for (String name : APPS.keySet()) {
            Map<String, Object> env = Repo.map(Repo.map(services().get(name)).get("environment"));
            for (String key : env.keySet()) {
                // SPRING_* and SOCIALPSYCH_* bind to properties by relaxed binding (e.g. spring.kafka.security.protocol)
                if (!springBound.contains(key) && !key.startsWith("SPRING_") && !key.startsWith("SOCIALPSYCH_")) {
                    assertThat(config).as(name + " sets " + key + ", which no config reads").contains("${" + key + ":");
                }
            }
        }
    }

    @Test
    void shouldMakeApplicationsDependOnInfrastructureOnly() throws Exception {
        Map<String, Object> services = services();
        for (String name : APPS.keySet()) {
            Object deps = Repo.map(services.get(name)).get("depends_on");
            if (deps != null) {
                assertThat(INFRA).as(name + " depends on").containsAll(Repo.map(deps).keySet());
            }
        }
    }

    @Test
    void shouldMountFilesThatExist() throws Exception {
        java.util.function.Supplier<String> bin = () -> {
            try {
                return Repo.read("bin/secrets");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        services().forEach((name, def) -> {
            Object vols = Repo.map(def).get("volumes");
            if (vols == null) {
                return;
            }
            for (Object v : Repo.list(vols)) {
                String spec = v.toString();
                if (spec.startsWith("./var/secrets/")) {
                    // generated locally by bin/secrets, never committed
                    String generated = spec.substring("./var/secrets/".length(), spec.indexOf(':'));
                    assertThat(bin.get()).as(name + " mounts " + generated + ", which bin/secrets must generate")
                            .contains(generated.substring(generated.lastIndexOf('/') + 1).replaceAll("\\.p12$|\\.pem$|\\.crt$|\\.key$", ""));
                } else if (spec.startsWith("./")) {
                    String host = spec.substring(2, spec.indexOf(':'));
                    assertThat(Files.exists(Repo.file(host))).as(name + " mounts " + host).isTrue();
                }
            }
        });
    }

    @Test
    void shouldPassDockerComposeConfigWhereThatToolIsInstalled() throws Exception {
        if (!Repo.onPath("docker-compose")) {
            return; // Debian's docker-compose v1 validates offline; the structural checks above always run
        }
        Map<String, String> env = new java.util.HashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{(\\w+):\\?").matcher(Repo.read("docker-compose.yml"));
        while (m.find()) {
            env.put(m.group(1), "x");
        }
        // Debian's v1 predates the top-level `name`; it validates everything else, so check a copy without it
        java.nio.file.Path copy = Files.createTempFile("compose", ".yml");
        Files.writeString(copy, Repo.read("docker-compose.yml").replaceFirst("(?m)^name: .*$", ""));
        Repo.Result r = new ProcessRunner().run(List.of("docker-compose", "--project-directory", Repo.ROOT.toString(),
                "-f", copy.toString(), "config", "-q"), env);
        Files.deleteIfExists(copy);
        assertThat(r.code()).as(r.output()).isZero();
    }

    static final class ProcessRunner {
        Repo.Result run(List<String> command, Map<String, String> env) throws Exception {
            ProcessBuilder pb = new ProcessBuilder(command).directory(Repo.ROOT.toFile()).redirectErrorStream(true);
            pb.environment().putAll(env);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes());
            return new Repo.Result(p.waitFor(), out);
        }
    }

    @Test
    void shouldHaveKeycloakMintTokensForThePlatformAudienceTheServicesCheck() throws Exception {
        Map<String, Object> realm = Repo.yaml(Repo.read("docker/keycloak/socialpsych-realm.json"));
        assertThat(Repo.read("service-chassis/src/main/resources/chassis-defaults.yml"))
                .contains("audience: ${JWT_AUDIENCE:socialpsych}");
        for (Object c : Repo.list(realm.get("clients"))) {
            Map<String, Object> client = Repo.map(c);
            assertThat(Repo.list(client.get("protocolMappers"))).as(client.get("clientId") + " audience mapper")
                    .anySatisfy(m -> {
                        assertThat(Repo.map(m).get("protocolMapper")).isEqualTo("oidc-audience-mapper");
                        assertThat(Repo.map(Repo.map(m).get("config")).get("included.custom.audience"))
                                .isEqualTo("socialpsych");
                    });
        }
    }
}
