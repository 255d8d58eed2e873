package org.socialpsych.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.socialpsych.localstack.testing.TestInfra;

/**
 * The production Kafka security (issue 20, ADR 0011) on a real KRaft broker from the Maven artifacts,
 * in this JVM: SASL_SSL with SCRAM-SHA-512 for clients, mutual TLS between broker and controller,
 * StandardAuthorizer denying by default, no auto topic creation, and the ACLs of
 * {@code docker/kafka/acls.txt} (generated from the event catalogue) applied as the deployments
 * apply them. Clients are configured with the keys the services receive
 * ({@code SPRING_KAFKA_SECURITY_PROTOCOL}, {@code ..._SASL_MECHANISM}, {@code ..._SASL_JAAS_CONFIG},
 * trust store). The embedded default broker stays PLAINTEXT on loopback; only this test sets the
 * secured listeners, through {@link KafkaKraftBroker}'s overrides.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaSaslAclIT {

    static final String PASSWORD_STORE = "changeit-" + Long.toHexString(System.nanoTime());

    Path dir;

    KafkaKraftBroker broker;
    int saslPort;
    int brokerPort;
    Path truststore;
    Path keystore;
    final Map<String, String> passwords = new HashMap<>();
    final Set<String> topics = new TreeSet<>();

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("kafka-sasl-it");
        keystore = dir.resolve("broker.p12");
        truststore = dir.resolve("truststore.p12");
        Path cert = dir.resolve("broker.crt");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(keytool, "-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=broker", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-ext", "EKU=serverAuth,clientAuth",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD_STORE);
        run(keytool, "-exportcert", "-rfc", "-alias", "broker", "-keystore", keystore.toString(), "-storepass",
                PASSWORD_STORE, "-file", cert.toString());
        run(keytool, "-importcert", "-noprompt", "-alias", "ca", "-file", cert.toString(), "-storetype", "PKCS12",
                "-keystore", truststore.toString(), "-storepass", PASSWORD_STORE);

        saslPort = TestInfra.freePort();
        brokerPort = TestInfra.freePort();
        int controllerPort = TestInfra.freePort();
        Map<String, String> o = new HashMap<>();
        o.put("listeners", "SASL_SSL://127.0.0.1:" + saslPort + ",BROKER://127.0.0.1:" + brokerPort
                + ",CONTROLLER://127.0.0.1:" + controllerPort);
        o.put("advertised.listeners", "SASL_SSL://127.0.0.1:" + saslPort + ",BROKER://127.0.0.1:" + brokerPort);
        o.put("listener.security.protocol.map", "SASL_SSL:SASL_SSL,BROKER:SSL,CONTROLLER:SSL");
        o.put("inter.broker.listener.name", "BROKER");
        o.put("sasl.enabled.mechanisms", "SCRAM-SHA-512");
        o.put("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        o.put("listener.name.broker.ssl.client.auth", "required");
        o.put("listener.name.controller.ssl.client.auth", "required");
        o.put("ssl.keystore.type", "PKCS12");
        o.put("ssl.keystore.location", keystore.toString());
        o.put("ssl.keystore.password", PASSWORD_STORE);
        o.put("ssl.truststore.type", "PKCS12");
        o.put("ssl.truststore.location", truststore.toString());
        o.put("ssl.truststore.password", PASSWORD_STORE);
        o.put("ssl.principal.mapping.rules", "RULE:^CN=([a-zA-Z0-9.-]+).*$/$1/,DEFAULT");
        o.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        o.put("allow.everyone.if.no.acl.found", "false");
        o.put("super.users", "User:broker");
        o.put("auto.create.topics.enable", "false");
        broker = new KafkaKraftBroker(dir.resolve("kafka"), saslPort, controllerPort, o);
        broker.start();

        // what apply-acls.sh does, through the Admin API as the broker's own (super user) identity
        List<String[]> acls = new ArrayList<>();
        for (String line : Files.readAllLines(acls())) {
            if (!line.isBlank() && !line.startsWith("#")) {
                acls.add(line.trim().split("\\s+"));
            }
        }
        assertThat(acls).hasSizeGreaterThan(50);
        List<AclBinding> bindings = new ArrayList<>();
        for (String[] a : acls) {
            String user = a[0].substring("User:".length());
            passwords.computeIfAbsent(user, u -> Long.toHexString(Double.doubleToLongBits(Math.random())) + "x");
            if (a[2].equals("TOPIC")) {
                topics.add(a[3]);
            }
            bindings.add(new AclBinding(new ResourcePattern(ResourceType.valueOf(a[2]), a[3], PatternType.LITERAL),
                    new AccessControlEntry(a[0], "*", AclOperation.valueOf(a[1]), AclPermissionType.ALLOW)));
        }
        try (Admin admin = Admin.create(adminProps())) {
            List<UserScramCredentialUpsertion> users = new ArrayList<>();
            passwords.forEach((u, p) -> users.add(new UserScramCredentialUpsertion(u,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), p)));
            admin.alterUserScramCredentials(new ArrayList<>(users)).all().get(30, TimeUnit.SECONDS);
            admin.createTopics(topics.stream().map(t -> new NewTopic(t, 1, (short) 1)).toList()).all()
                    .get(30, TimeUnit.SECONDS);
            admin.createAcls(bindings).all().get(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    void stop() {
        if (broker != null) {
            broker.close();
        }
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (java.io.IOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }

    @Test
    void shouldLetTheOwnerWriteAndTheListedConsumerReadWithTheirOwnPrincipals() throws Exception {
        try (KafkaProducer<String, String> p = producer("grid-service", passwords.get("grid-service"))) {
            p.send(new ProducerRecord<>("grid.areas.v1", "area-1", "{\"type\":\"AreaCreated.v1\"}")).get(30,
                    TimeUnit.SECONDS);
        }
        try (KafkaConsumer<String, String> c = consumer("reporting-service", passwords.get("reporting-service"),
                "reporting-service.areas")) {
            c.subscribe(List.of("grid.areas.v1"));
            String value = null;
            long deadline = System.currentTimeMillis() + 20_000;
            while (value == null && System.currentTimeMillis() < deadline) {
                ConsumerRecords<String, String> records = c.poll(Duration.ofMillis(300));
                for (var r : records) {
                    value = r.value();
                }
            }
            assertThat(value).contains("AreaCreated");
        }
    }

    @Test
    void shouldRefuseAWriteToATopicTheServiceDoesNotOwn() {
        try (KafkaProducer<String, String> p = producer("reporting-service", passwords.get("reporting-service"))) {
            assertThatThrownBy(() -> p.send(new ProducerRecord<>("grid.areas.v1", "area-1", "forged")).get(30,
                    TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void shouldRefuseAReadWithAnotherServicesGroup() {
        try (KafkaConsumer<String, String> c = consumer("grid-service", passwords.get("grid-service"),
                "reporting-service.facts")) {
            c.subscribe(List.of("grid.residents.v1"));
            assertThatThrownBy(() -> {
                for (int i = 0; i < 40; i++) {
                    c.poll(Duration.ofMillis(250));
                }
            }).isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void shouldRefuseAWrongPasswordAndAnUnknownPrincipal() {
        for (String[] who : List.of(new String[] {"grid-service", "wrong-password"},
                new String[] {"intruder", "whatever"})) {
            try (KafkaProducer<String, String> p = producer(who[0], who[1])) {
                assertThatThrownBy(() -> p.send(new ProducerRecord<>("grid.areas.v1", "k", "v")).get(30,
                        TimeUnit.SECONDS)).as(who[0]).hasCauseInstanceOf(SaslAuthenticationException.class);
            }
        }
    }

    @Test
    void shouldNotCreateTopicsAutomatically() {
        try (KafkaProducer<String, String> p = producer("grid-service", passwords.get("grid-service"))) {
            assertThatThrownBy(() -> p.send(new ProducerRecord<>("grid.not-in-the-catalogue.v1", "k", "v")).get(30,
                    TimeUnit.SECONDS)).isInstanceOf(Exception.class);
        }
    }

    // ---- clients configured like the services (spring.kafka.* from the deployment environment) ----

    Properties client(String user, String password) {
        Properties p = new Properties();
        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + saslPort);
        p.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
        p.put("sasl.mechanism", "SCRAM-SHA-512");
        p.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + user + "\" password=\"" + password + "\";");
        p.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PKCS12");
        p.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, truststore.toString());
        p.put(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, PASSWORD_STORE);
        return p;
    }

    KafkaProducer<String, String> producer(String user, String password) {
        Properties p = client(user, password);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "15000");
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    KafkaConsumer<String, String> consumer(String user, String password, String group) {
        Properties p = client(user, password);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }

    Properties adminProps() {
        Properties p = new Properties();
        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + brokerPort);
        p.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SSL");
        p.put(SslConfigs.SSL_KEYSTORE_TYPE_CONFIG, "PKCS12");
        p.put(SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG, keystore.toString());
        p.put(SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG, PASSWORD_STORE);
        p.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PKCS12");
        p.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, truststore.toString());
        p.put(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, PASSWORD_STORE);
        return p;
    }

    static Path acls() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path f = p.resolve("docker/kafka/acls.txt");
            if (Files.exists(f)) {
                return f;
            }
        }
        throw new IllegalStateException("docker/kafka/acls.txt not found above " + here);
    }

    static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + out);
        }
    }
}
