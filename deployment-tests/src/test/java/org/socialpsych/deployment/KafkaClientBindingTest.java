package org.socialpsych.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The environment compose and Kubernetes give a service binds, through Spring Boot's relaxed binding,
 * to the Kafka client settings of SASL_SSL + SCRAM-SHA-512 with that service's own principal: the
 * variable names are the ones the applications read (no silently ignored key).
 */
class KafkaClientBindingTest {

    static Map<String, Object> bind(Map<String, Object> env) {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env));
        ConfigurationPropertySources.attach(environment);
        KafkaProperties kafka = Binder.get(environment).bind("spring.kafka", KafkaProperties.class)
                .orElseGet(KafkaProperties::new);
        return kafka.buildProducerProperties();
    }

    static void assertSecured(Map<String, Object> props, String service, String password) {
        assertThat(props).as(service).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                        + service + "\" password=\"" + password + "\";")
                .containsEntry("ssl.truststore.type", "PKCS12");
        assertThat(String.valueOf(props.get("ssl.truststore.location"))).as(service)
                .endsWith("/etc/socialpsych/tls/truststore.p12");
    }

    @Test
    void shouldBindTheComposeEnvironmentToSaslSslClientSettings() throws Exception {
        Map<String, Object> services = Repo.map(Repo.yaml(Repo.read("docker-compose.yml")).get("services"));
        for (String service : KafkaCatalog.kafkaServices()) {
            Map<String, Object> env = new HashMap<>();
            Repo.map(Repo.map(services.get(service)).get("environment"))
                    .forEach((k, v) -> env.put(k, String.valueOf(v).replaceAll("\\$\\{KAFKA_PASSWORD_\\w+:\\?[^}]*}", "pw-" + service)));
            assertSecured(bind(env), service, "pw-" + service);
        }
    }

    @Test
    void shouldBindTheKubernetesEnvironmentToSaslSslClientSettings() throws Exception {
        for (String overlay : Overlays.NAMES) {
            List<Map<String, Object>> docs = Overlays.render(overlay);
            Map<String, Object> common = Repo.map(docs.stream().filter(d -> "ConfigMap".equals(d.get("kind"))
                    && Repo.map(d.get("metadata")).get("name").toString().startsWith("socialpsych-env")).findFirst()
                    .orElseThrow().get("data"));
            for (String service : KafkaCatalog.kafkaServices()) {
                Map<String, Object> env = new HashMap<>(common);
                Map<String, String> own = InfrastructureSecurityTest.containerEnv(Overlays.find(docs, "Deployment", service));
                // Kubernetes expands $(KAFKA_PASSWORD) from the secret-backed variable defined before it
                own.forEach((k, v) -> env.put(k, v.replace("$(KAFKA_PASSWORD)", "pw-" + service)));
                assertSecured(bind(env), service, "pw-" + service);
            }
        }
    }
}
