package org.socialpsych.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, checked offline on docker-compose.yml and the rendered Kustomize overlays: Kafka only on
 * SASL_SSL with SCRAM and one principal per service, MongoDB authenticated over TLS with a key file,
 * Keycloak in production mode with a hardened realm, Eureka not open in compose, and no secret in
 * any manifest (they come from bin/secrets or Secret objects).
 */
class InfrastructureSecurityTest {

    static final Map<String, String> DATABASES = Map.of("grid-service", "grid", "psych-service", "psych",
            "assessment-service", "assessment", "reporting-service", "reporting");

    Map<String, Object> compose() throws Exception {
        return Repo.map(Repo.yaml(Repo.read("docker-compose.yml")).get("services"));
    }

    Map<String, Object> env(String service) throws Exception {
        return Repo.map(Repo.map(compose().get(service)).get("environment"));
    }

    // ---- Kafka ----

    @Test
    void shouldRunKafkaOnlyOnSaslSslWithScramAndTheAuthorizerInCompose() throws Exception {
        assertThat(Repo.read("docker-compose.yml")).doesNotContainIgnoringCase("PLAINTEXT");
        String broker = Repo.read("docker/kafka/start-broker.sh");
        assertThat(broker).doesNotContainIgnoringCase("PLAINTEXT")
                .contains("listener.security.protocol.map=SASL_SSL:SASL_SSL,CONTROLLER:SSL")
                .contains("sasl.enabled.mechanisms=SCRAM-SHA-512")
                .contains("authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .contains("allow.everyone.if.no.acl.found=false")
                .contains("auto.create.topics.enable=false")
                .contains("listener.name.controller.ssl.client.auth=required");
        assertThat(Repo.list(Repo.map(compose().get("kafka")).get("entrypoint")).toString()).contains("start-broker.sh");
        for (String service : KafkaCatalog.kafkaServices()) {
            Map<String, Object> env = env(service);
            assertThat(env.get("SPRING_KAFKA_SECURITY_PROTOCOL")).as(service).isEqualTo("SASL_SSL");
            assertThat(env.get("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM")).as(service).isEqualTo("SCRAM-SHA-512");
            assertThat(env.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG").toString()).as(service + " principal")
                    .contains("ScramLoginModule required username=\"" + service + "\"")
                    .containsPattern("password=\"\\$\\{KAFKA_PASSWORD_" + upper(service) + ":\\?[^}]*}\"");
        }
    }

    @Test
    void shouldRunKafkaOnlyOnSaslSslInBothRenderedOverlays() throws Exception {
        for (String overlay : Overlays.NAMES) {
            String text = Overlays.text(overlay);
            assertThat(text).as(overlay).doesNotContainIgnoringCase("PLAINTEXT");
            List<Map<String, Object>> docs = Overlays.render(overlay);
            Map<String, Object> env = Repo.map(docs.stream().filter(d -> "ConfigMap".equals(d.get("kind"))
                    && Repo.map(d.get("metadata")).get("name").toString().startsWith("socialpsych-env")).findFirst()
                    .orElseThrow().get("data"));
            assertThat(env).as(overlay).containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                    .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512")
                    .containsEntry("EUREKA_CLIENT_ENABLED", "false");
            for (String service : KafkaCatalog.kafkaServices()) {
                Map<String, String> vars = containerEnv(Overlays.find(docs, "Deployment", service));
                assertThat(vars.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")).as(overlay + " " + service)
                        .contains("username=\"" + service + "\"").contains("password=\"$(KAFKA_PASSWORD)\"");
                assertThat(vars.get("KAFKA_PASSWORD")).as(overlay + " " + service).startsWith("secret:socialpsych-secrets/");
                assertThat(vars.get("MONGODB_URI")).as(overlay + " " + service).startsWith("secret:socialpsych-secrets/");
            }
            if (overlay.equals("dev")) {
                Map<String, Object> kafka = Overlays.find(docs, "StatefulSet", "kafka");
                assertThat(kafka.toString()).contains("start-broker.sh").contains("kafka-admin-password");
            }
        }
    }

    // ---- MongoDB ----

    @Test
    void shouldAuthenticateEveryMongoConnectionOverTlsWithAKeyFile() throws Exception {
        for (var e : DATABASES.entrySet()) {
            String uri = env(e.getKey()).get("MONGODB_URI").toString();
            assertThat(uri).as(e.getKey())
                    .matches("mongodb://" + e.getKey() + ":\\$\\{MONGO_PASSWORD_" + upper(e.getKey())
                            + ":\\?[^}]*}@mongo:27017/" + e.getValue() + "\\?.*")
                    .contains("tls=true").contains("authSource=" + e.getValue()).contains("replicaSet=rs0");
        }
        String mongod = Repo.read("docker/mongo/start-mongod.sh");
        assertThat(mongod).contains("--keyFile").contains("--tlsMode requireTLS");
        assertThat(Repo.map(env("mongo")).get("MONGO_INITDB_ROOT_PASSWORD").toString()).startsWith("${");
        String init = Repo.read("docker/mongo/init-replica-set.sh");
        assertThat(init).contains("--tls").contains("readWrite").contains("createUser");
        DATABASES.forEach((user, db) -> assertThat(init).contains("\"" + user + "\": \"" + db + "\""));
        String dev = Overlays.text("dev");
        assertThat(dev).contains("requireTLS").contains("--keyFile").contains("mongo-root-password");
    }

    // ---- Keycloak ----

    @Test
    void shouldRunKeycloakInProductionModeOnADatabaseWithAHostname() throws Exception {
        Map<String, Object> kc = Repo.map(compose().get("keycloak"));
        List<Object> command = Repo.list(kc.get("command"));
        assertThat(command.get(0)).isEqualTo("start");
        assertThat(Repo.read("docker-compose.yml") + Overlays.text("dev") + Overlays.text("prod"))
                .doesNotContain("start-dev");
        Map<String, Object> env = Repo.map(kc.get("environment"));
        assertThat(env).containsEntry("KC_DB", "postgres").containsEntry("KC_HTTP_ENABLED", "false")
                .containsKeys("KC_HOSTNAME", "KC_DB_URL", "KC_HTTPS_CERTIFICATE_FILE");
        assertThat(env.get("KC_DB_PASSWORD").toString()).startsWith("${");
        assertThat(Repo.map(kc.get("depends_on"))).containsKey("keycloak-db");
    }

    @Test
    void shouldImportARealmWithPkcePublicClientsConfidentialServiceClientsAndBruteForceProtection()
            throws Exception {
        Map<String, Object> realm = Repo.yaml(Repo.read("docker/keycloak/socialpsych-realm.json"));
        assertThat(realm).containsEntry("bruteForceProtected", true).containsEntry("sslRequired", "all")
                .containsEntry("registrationAllowed", false);
        assertThat(realm).containsKeys("accessTokenLifespan", "ssoSessionIdleTimeout", "ssoSessionMaxLifespan",
                "accessCodeLifespan", "offlineSessionMaxLifespan", "failureFactor", "maxFailureWaitSeconds");
        assertThat((Integer) realm.get("accessTokenLifespan")).isLessThanOrEqualTo(900);
        Map<String, Map<String, Object>> clients = new LinkedHashMap<>();
        Repo.list(realm.get("clients")).forEach(c -> clients.put(Repo.map(c).get("clientId").toString(), Repo.map(c)));
        for (Map<String, Object> c : clients.values()) {
            String id = c.get("clientId").toString();
            assertThat(c.get("implicitFlowEnabled")).as(id + " implicit flow").isEqualTo(false);
            if (Boolean.TRUE.equals(c.get("publicClient"))) {
                assertThat(c.get("directAccessGrantsEnabled")).as(id + " password grant").isEqualTo(false);
                assertThat(c.get("serviceAccountsEnabled")).as(id).isNotEqualTo(true);
                assertThat(c.get("standardFlowEnabled")).as(id).isEqualTo(true);
                assertThat(Repo.map(c.get("attributes"))).as(id + " PKCE")
                        .containsEntry("pkce.code.challenge.method", "S256");
                assertThat(Repo.list(c.get("redirectUris"))).as(id + " redirect URIs")
                        .noneMatch(u -> u.toString().equals("*") || u.toString().startsWith("http://"));
            } else {
                assertThat(c.get("secret").toString()).as(id + " secret from the environment").matches("\\$\\{\\w+}");
                assertThat(c.get("directAccessGrantsEnabled")).as(id + " password grant").isEqualTo(false);
            }
        }
        assertThat(clients).containsKeys("socialpsych-web", "external-system");
        for (String service : KafkaCatalog.kafkaServices()) {
            assertThat(clients).as("confidential client for " + service).containsKey(service);
            assertThat(clients.get(service).get("publicClient")).isEqualTo(false);
        }
        for (Object u : Repo.list(realm.getOrDefault("users", List.of()))) {
            assertThat(Repo.map(u)).as("users with credentials in the repository").doesNotContainKey("credentials");
        }
        // every ${VAR} of the realm is handed to the Keycloak container
        Map<String, Object> kcEnv = env("keycloak");
        Matcher m = Pattern.compile("\\$\\{(\\w+)}").matcher(Repo.read("docker/keycloak/socialpsych-realm.json"));
        while (m.find()) {
            assertThat(kcEnv).as("realm placeholder " + m.group(1)).containsKey(m.group(1));
        }
    }

    // ---- Eureka ----

    @Test
    void shouldNotRunAnOpenEurekaRegistryInCompose() throws Exception {
        Map<String, Object> services = compose();
        if (services.containsKey("registry-service")) {
            // allowed only behind basic auth with credentials from the env file
            for (String app : ComposeFileTest.APPS.keySet()) {
                assertThat(env(app).get("EUREKA_URL").toString()).matches("http://[^:]+:\\$\\{EUREKA_PASSWORD:\\?[^}]*}@.*");
            }
            return;
        }
        for (String app : ComposeFileTest.APPS.keySet()) {
            assertThat(env(app)).as(app).containsEntry("EUREKA_CLIENT_ENABLED", "false").doesNotContainKey("EUREKA_URL");
        }
        assertThat(Repo.map(env("gateway-service")).get("SPRING_PROFILES_ACTIVE")).isEqualTo("k8s");
    }

    // ---- secrets ----

    static final Pattern SECRET_ASSIGNMENT = Pattern.compile(
            "(?i)([\\w.-]*(password|passwd|secret|credential|hmac|apikey|api-key|api_key|token)[\\w.-]*)[\"']?\\s*[:=]\\s*[\"']?([^\\s\"',}\\]]*)");
    static final Pattern HIGH_ENTROPY = Pattern.compile("[A-Za-z0-9+/_-]{32,}={0,2}");

    /** What may stand on the right of a password-like key: a reference, never a value. */
    static boolean reference(String value) {
        return value.isEmpty() || value.startsWith("REF") || value.startsWith("{") || value.startsWith("$")
                || value.matches("(?i)true|false|null|\\{|\\||>|-|[0-9]+[smhd]?|secretKeyRef|valueFrom|file:.*|/.*")
                || value.startsWith("socialpsych-") && !value.matches(".*[0-9a-f]{16,}.*");
    }

    static List<Path> manifests() throws Exception {
        List<Path> files = new ArrayList<>(List.of(Repo.file("docker-compose.yml")));
        for (String dir : List.of("k8s", "docker")) {
            try (Stream<Path> s = Files.walk(Repo.file(dir))) {
                s.filter(Files::isRegularFile)
                        .filter(p -> !p.toString().contains("/dashboards/") && !p.toString().endsWith("alerts.yml"))
                        .filter(p -> p.toString().matches(".*\\.(ya?ml|json|env|sh|properties|conf)$"))
                        .forEach(files::add);
            }
        }
        return files;
    }

    static List<String> secretLiterals(String name, String text) {
        List<String> hits = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith("#") || l.startsWith("//")) {
                continue;
            }
            // references (${VAR}, ${VAR:?msg}, $(VAR)) are what a manifest should hold: blank them out first
            String refs = l.replaceAll("\\$\\{[^}]*}", "REF").replaceAll("\\$\\([A-Za-z_]+\\)", "REF");
            Matcher m = SECRET_ASSIGNMENT.matcher(refs);
            while (m.find()) {
                if (!reference(m.group(3)) && !m.group(1).toLowerCase().contains("policy")) {
                    hits.add(name + ": " + l);
                }
            }
            Matcher uri = Pattern.compile("://[^:/\\s@]+:([^@\\s]+)@").matcher(refs);
            while (uri.find()) {
                if (!uri.group(1).equals("REF")) {
                    hits.add(name + " (credentials in a URI): " + l);
                }
            }
            Matcher e = HIGH_ENTROPY.matcher(refs);
            while (e.find()) {
                String token = e.group();
                boolean words = token.matches("[a-z_./-]+|[A-Z_]+|[a-zA-Z]+([._/-][a-zA-Z0-9]+)*");
                if (!words && token.chars().filter(Character::isDigit).count() >= 4) {
                    hits.add(name + " (random-looking): " + l);
                }
            }
            if (l.contains("-----BEGIN")) {
                hits.add(name + " (PEM): " + l);
            }
        }
        return hits;
    }

    @Test
    void shouldFindNoSecretLiteralInAnyManifest() throws Exception {
        List<String> hits = new ArrayList<>();
        for (Path f : manifests()) {
            hits.addAll(secretLiterals(Repo.ROOT.relativize(f).toString(), Files.readString(f)));
        }
        for (String overlay : Overlays.NAMES) {
            hits.addAll(secretLiterals("rendered " + overlay, Overlays.text(overlay)));
        }
        assertThat(hits).as("secret literals (use ${VAR} from bin/secrets or a Secret)").isEmpty();
    }

    @Test
    void shouldCatchASecretLiteral() {
        assertThat(secretLiterals("x", "      KC_DB_PASSWORD: hunter2hunter2")).hasSize(1);
        assertThat(secretLiterals("x", "\"secret\": \"5f0c2b1e9a7d4c3b8e6f\"")).isNotEmpty();
        assertThat(secretLiterals("x", "MONGODB_URI: mongodb://u:Xk8dPq2mZr4tLw9vBn3c@mongo/db")).isNotEmpty();
        assertThat(secretLiterals("x", "      KC_DB_PASSWORD: ${KEYCLOAK_DB_PASSWORD:?run bin/secrets}")).isEmpty();
        assertThat(secretLiterals("x", "            - {key: mongo-password-grid, path: x}")).isEmpty();
    }

    @Test
    void shouldGenerateEverySecretComposeNeedsWithBinSecrets(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Repo.onPath("openssl") && Repo.onPath("bash"), "openssl and bash");
        Path out = dir.resolve("secrets");
        ProcessBuilder pb = new ProcessBuilder("bash", "bin/secrets").directory(Repo.ROOT.toFile()).redirectErrorStream(true);
        pb.environment().put("SECRETS_DIR", out.toString());
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(log).isZero();
        Map<String, String> env = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve("compose.env"))) {
            if (!line.startsWith("#") && line.contains("=")) {
                env.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        String compose = Repo.read("docker-compose.yml");
        Set<String> required = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{(\\w+):\\?").matcher(compose);
        while (m.find()) {
            required.add(m.group(1));
        }
        assertThat(env.keySet()).as("variables compose requires").containsAll(required);
        assertThat(new TreeSet<>(env.values())).as("every secret is distinct").hasSize(env.size());
        assertThat(Base64.getDecoder().decode(env.get("AUDIT_HMAC_KEY"))).hasSize(32);
        m = Pattern.compile("\\./var/secrets/([\\w./-]+):").matcher(compose);
        while (m.find()) {
            assertThat(out.resolve(m.group(1))).as("compose mounts " + m.group(1)).exists();
        }
        assertThat(Files.readString(out.resolve("mongo-keyfile")).strip().length()).isGreaterThan(700);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (var in = new FileInputStream(out.resolve("tls/truststore.p12").toFile())) {
            trust.load(in, null); // no password: nothing secret in JAVA_TOOL_OPTIONS
        }
        assertThat(trust.isCertificateEntry("socialpsych-ca")).isTrue();
        KeyStore kafka = KeyStore.getInstance("PKCS12");
        try (var in = new FileInputStream(out.resolve("tls/kafka.p12").toFile())) {
            kafka.load(in, env.get("TLS_STORE_PASSWORD").toCharArray());
        }
        assertThat(kafka.isKeyEntry("kafka")).isTrue();
        // the generated folder is git-ignored where bin/secrets writes it by default
        assertThat(Repo.read(".gitignore")).contains("var/");
        assertThat(Repo.read("bin/secrets")).contains("OUT=${SECRETS_DIR:-var/secrets}");
    }

    @Test
    void shouldListEverySecretKeyTheOverlaysReferenceInTheReadme() throws Exception {
        String readme = Repo.read("k8s/README.md");
        Set<String> refs = new TreeSet<>();
        for (String overlay : Overlays.NAMES) {
            Matcher m = Pattern.compile("(?s)secretKeyRef:\\s*\\{?\\s*(?:key: ([\\w.-]+),?\\s*name: ([\\w.-]+)|name: ([\\w.-]+),?\\s*key: ([\\w.-]+))")
                    .matcher(Overlays.text(overlay));
            while (m.find()) {
                refs.add(m.group(1) != null ? m.group(2) + "/" + m.group(1) : m.group(3) + "/" + m.group(4));
            }
            Matcher s = Pattern.compile("secretName: ([\\w.-]+)").matcher(Overlays.text(overlay));
            while (s.find()) {
                refs.add(s.group(1));
            }
        }
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            String key = ref.contains("/") ? ref.substring(ref.indexOf('/') + 1) : ref;
            String secret = ref.contains("/") ? ref.substring(0, ref.indexOf('/')) : ref;
            assertThat(readme).as("k8s/README.md lists " + ref).contains("`" + key + "`").contains("`" + secret + "`");
        }
    }

    // ---- helpers ----

    static String upper(String service) {
        return service.toUpperCase().replace('-', '_');
    }

    /** name → value, or "secret:<name>/<key>" for a secretKeyRef. */
    static Map<String, String> containerEnv(Map<String, Object> deployment) {
        Map<String, Object> pod = Repo.map(Repo.map(Repo.map(deployment.get("spec")).get("template")).get("spec"));
        Map<String, Object> container = Repo.map(Repo.list(pod.get("containers")).get(0));
        Map<String, String> out = new HashMap<>();
        for (Object o : Repo.list(container.getOrDefault("env", List.of()))) {
            Map<String, Object> v = Repo.map(o);
            if (v.get("valueFrom") != null && Repo.map(v.get("valueFrom")).get("secretKeyRef") != null) {
                Map<String, Object> ref = Repo.map(Repo.map(v.get("valueFrom")).get("secretKeyRef"));
                out.put(v.get("name").toString(), "secret:" + ref.get("name") + "/" + ref.get("key"));
            } else {
                out.put(v.get("name").toString(), String.valueOf(v.get("value")));
            }
        }
        return out;
    }
}
