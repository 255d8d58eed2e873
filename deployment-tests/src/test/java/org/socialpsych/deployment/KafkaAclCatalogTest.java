package org.socialpsych.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The Kafka ACLs are generated from the event catalogue and the services' listeners
 * ({@link KafkaCatalog}) into {@code docker/kafka/acls.txt}; compose and both Kustomize overlays apply
 * that one file. Run with {@code -Dregenerate.acls=true} to rewrite it after a catalogue change.
 */
class KafkaAclCatalogTest {

    @Test
    void shouldKeepTheAclFileEqualToTheCatalogueProducerConsumerMap() throws Exception {
        String expected = KafkaCatalog.expectedFile();
        if (Boolean.getBoolean("regenerate.acls")) {
            Files.writeString(Repo.file(KafkaCatalog.ACL_FILE), expected);
        }
        assertThat(Files.exists(Repo.file(KafkaCatalog.ACL_FILE))).as(KafkaCatalog.ACL_FILE).isTrue();
        assertThat(KafkaCatalog.parse(Repo.read(KafkaCatalog.ACL_FILE)))
                .as("docker/kafka/acls.txt is stale: regenerate with -Dregenerate.acls=true")
                .isEqualTo(KafkaCatalog.expectedAcls());
    }

    @Test
    void shouldDeriveProducersAndConsumersFromTheSources() throws Exception {
        assertThat(KafkaCatalog.kafkaServices()).containsExactly("assessment-service", "grid-service", "psych-service",
                "reporting-service");
        assertThat(KafkaCatalog.producers().get("grid-service")).contains("grid.areas.v1", "grid.residents.v1");
        assertThat(KafkaCatalog.producers().get("assessment-service")).contains("assessment.assessments.v1");
        List<KafkaCatalog.Listener> listeners = KafkaCatalog.listeners();
        assertThat(listeners).contains(
                new KafkaCatalog.Listener("psych-service", "psych-service.risk", List.of("assessment.assessments.v1")),
                new KafkaCatalog.Listener("grid-service", "grid-service.person-index", List.of("grid.residents.v1")));
        TreeSet<String> acls = KafkaCatalog.expectedAcls();
        assertThat(acls).contains("User:reporting-service READ GROUP reporting-service.facts",
                "User:grid-service WRITE TOPIC psych.crisis-cases.v1.grid-service.crisis-visits.dlt",
                "User:assessment-service WRITE TOPIC audit.checkpoints.v1");
        // least privilege: a consumer never writes a topic it does not own, nobody gets a wildcard
        assertThat(acls).doesNotContain("User:reporting-service WRITE TOPIC grid.areas.v1",
                "User:grid-service WRITE TOPIC assessment.assessments.v1");
        assertThat(acls).noneMatch(a -> a.contains("*") || a.contains(" ALL "));
    }

    @Test
    void shouldApplyTheGeneratedFileInComposeAndInBothOverlays() throws Exception {
        Map<String, Object> services = Repo.map(Repo.yaml(Repo.read("docker-compose.yml")).get("services"));
        Map<String, Object> init = Repo.map(services.get("kafka-init"));
        assertThat(Repo.list(init.get("volumes")).toString()).contains("./docker/kafka/acls.txt:")
                .contains("./docker/kafka/apply-acls.sh:");
        assertThat(Repo.read("docker/kafka/apply-acls.sh")).contains("kafka-acls.sh").contains("--add-scram".substring(0, 0));
        TreeSet<String> expected = KafkaCatalog.expectedAcls();
        for (String overlay : Overlays.NAMES) {
            List<Map<String, Object>> docs = Overlays.render(overlay);
            Map<String, Object> cm = Overlays.find(docs, "ConfigMap", "kafka-acls");
            assertThat(KafkaCatalog.parse(Repo.map(cm.get("data")).get("acls.txt").toString())).as(overlay)
                    .isEqualTo(expected);
            Map<String, Object> job = Overlays.find(docs, "Job", "kafka-acls");
            assertThat(job.toString()).as(overlay + " job applies the ACL file").contains("apply-acls.sh")
                    .contains("kafka-acls");
        }
    }
}
