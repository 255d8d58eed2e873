package org.socialpsych.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * The Kubernetes manifests, checked offline: every document binds to the Kubernetes model types
 * (wrong types and unknown fields fail), and the rules of the review hold (probes, limits, non-root,
 * HPA and PDB per service, only the gateway reachable from outside). With kubectl on the PATH the
 * dev and prod overlays are also rendered and checked as a whole.
 */
class KubernetesManifestsTest {

    static final ObjectMapper MAPPER = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            true);
    static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of("Deployment", Deployment.class, "Service",
            Service.class, "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class, "PodDisruptionBudget",
            PodDisruptionBudget.class, "NetworkPolicy", NetworkPolicy.class, "ConfigMap", ConfigMap.class, "Namespace",
            Namespace.class, "StatefulSet", StatefulSet.class);

    static List<HasMetadata> bind(List<Map<String, Object>> docs) {
        List<HasMetadata> out = new ArrayList<>();
        for (Map<String, Object> doc : docs) {
            String kind = String.valueOf(doc.get("kind"));
            if (kind.equals("Job")) {
                out.add(bindJob(doc));
                continue;
            }
            assertThat(KINDS).as("known kind " + kind).containsKey(kind);
            HasMetadata typed = MAPPER.convertValue(doc, KINDS.get(kind));
            assertThat(typed.getMetadata().getName()).as(kind + " name").isNotBlank();
            List<String> unknown = new ArrayList<>();
            unknownFields(typed, kind + "/" + typed.getMetadata().getName(), unknown, 0);
            assertThat(unknown).as("fields the Kubernetes API does not know").isEmpty();
            out.add(typed);
        }
        return out;
    }

    /**
     * batch/v1 Job (the fabric8 batch model is not in the offline repository): the Job's own fields are
     * checked by name, its pod template binds to the core model like every other pod.
     */
    static HasMetadata bindJob(Map<String, Object> doc) {
        assertThat(doc.get("apiVersion")).isEqualTo("batch/v1");
        assertThat(doc.keySet()).isSubsetOf("apiVersion", "kind", "metadata", "spec");
        Map<String, Object> spec = Repo.map(doc.get("spec"));
        assertThat(spec.keySet()).as("Job spec fields").isSubsetOf("backoffLimit", "ttlSecondsAfterFinished",
                "activeDeadlineSeconds", "completions", "parallelism", "template");
        io.fabric8.kubernetes.api.model.PodTemplateSpec template = MAPPER.convertValue(spec.get("template"),
                io.fabric8.kubernetes.api.model.PodTemplateSpec.class);
        List<String> unknown = new ArrayList<>();
        unknownFields(template, "Job.template", unknown, 0);
        assertThat(unknown).as("fields the Kubernetes API does not know").isEmpty();
        assertThat(template.getSpec().getRestartPolicy()).isIn("OnFailure", "Never");
        assertThat(template.getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
        io.fabric8.kubernetes.api.model.GenericKubernetesResource job = MAPPER.convertValue(
                Map.of("apiVersion", doc.get("apiVersion"), "kind", "Job", "metadata", doc.get("metadata")),
                io.fabric8.kubernetes.api.model.GenericKubernetesResource.class);
        assertThat(job.getMetadata().getName()).isNotBlank();
        return job;
    }

    /** The model keeps unknown fields in additionalProperties; any found there is a typo or a wrong level. */
    static void unknownFields(Object o, String path, List<String> out, int depth) {
        if (o == null || depth > 25) {
            return;
        }
        if (o instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                unknownFields(l.get(i), path + "[" + i + "]", out, depth + 1);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> unknownFields(v, path + "." + k, out, depth + 1));
            return;
        }
        if (!o.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (java.lang.reflect.Method getter : o.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            try {
                Object v = getter.invoke(o);
                if (getter.getName().equals("getAdditionalProperties")) {
                    if (v instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        out.add(path + ": " + extra.keySet());
                    }
                } else {
                    unknownFields(v, path + "." + getter.getName().substring(3), out, depth + 1);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static List<Map<String, Object>> baseDocuments() throws Exception {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Repo.file("k8s/base"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("kustomization.yaml"))
                    .sorted().toList()) {
                docs.addAll(Repo.yamlAll(Files.readString(f)));
            }
        }
        return docs;
    }

    @Test
    void shouldBindEveryBaseManifestToTheKubernetesModel() throws Exception {
        List<HasMetadata> objects = bind(baseDocuments());
        assertThat(objects).hasSizeGreaterThan(20);
    }

    @Test
    void shouldGiveEveryDeploymentProbesLimitsAndANonRootContext() throws Exception {
        List<HasMetadata> objects = bind(baseDocuments());
        List<Deployment> deployments = objects.stream().filter(Deployment.class::isInstance)
                .map(Deployment.class::cast).toList();
        assertThat(deployments).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(Repo.APP_SERVICES);
        for (Deployment d : deployments) {
            String name = d.getMetadata().getName();
            var pod = d.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
            assertThat(d.getSpec().getSelector().getMatchLabels()).as(name + " selector").isNotEmpty();
            Container c = pod.getContainers().get(0);
            assertThat(c.getImage()).startsWith("socialpsych/" + name + ":");
            assertThat(c.getPorts().get(0).getContainerPort()).isEqualTo(Repo.PORTS.get(name));
            assertThat(c.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
            assertThat(c.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
            int managementPort = Repo.MANAGEMENT_PORTS.get(name);
            assertThat(c.getPorts()).as(name + " management port")
                    .anyMatch(p -> p.getContainerPort() == managementPort
                            && (p.getName().equals(c.getReadinessProbe().getHttpGet().getPort().getStrVal())));
            assertThat(c.getStartupProbe()).as(name + " startup probe").isNotNull();
            assertThat(c.getResources().getRequests()).containsKeys("cpu", "memory");
            assertThat(c.getResources().getLimits()).containsKeys("cpu", "memory");
            assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
            assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
            assertThat(c.getVolumeMounts()).anyMatch(m -> m.getMountPath().equals("/tmp"));
            boolean autoscaled = objects.stream().anyMatch(o -> o instanceof HorizontalPodAutoscaler h
                    && h.getSpec().getScaleTargetRef().getName().equals(name));
            boolean budgeted = objects.stream().anyMatch(o -> o instanceof PodDisruptionBudget p
                    && name.equals(p.getMetadata().getName()));
            boolean service = objects.stream().anyMatch(o -> o instanceof Service s && name.equals(s.getMetadata().getName()));
            assertThat(autoscaled && budgeted && service).as(name + " has HPA, PDB and Service").isTrue();
        }
    }

    @Test
    void shouldLetOnlyTheGatewayInFromOutside() throws Exception {
        List<NetworkPolicy> policies = bind(baseDocuments()).stream().filter(NetworkPolicy.class::isInstance)
                .map(NetworkPolicy.class::cast).toList();
        NetworkPolicy deny = policies.stream().filter(p -> p.getMetadata().getName().equals("default-deny"))
                .findFirst().orElseThrow();
        assertThat(deny.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
        assertThat(deny.getSpec().getPolicyTypes()).contains("Ingress", "Egress");
        for (NetworkPolicy p : policies) {
            if (p.getSpec().getIngress() == null) {
                continue;
            }
            boolean open = p.getSpec().getIngress().stream().anyMatch(r -> r.getFrom() == null || r.getFrom().isEmpty());
            if (open) {
                assertThat(p.getSpec().getPodSelector().getMatchLabels())
                        .as(p.getMetadata().getName() + " opens ingress to all").containsEntry("app.kubernetes.io/name",
                                "gateway-service");
            }
        }
    }

    @Test
    void shouldRenderBothOverlaysWhereKubectlIsInstalled() throws Exception {
        if (!Repo.onPath("kubectl")) {
            return; // the base checks above always run; rendering needs kubectl (kustomize built in)
        }
        for (String overlay : List.of("dev", "prod")) {
            Repo.Result r = Repo.run("kubectl", "kustomize", "k8s/overlays/" + overlay);
            assertThat(r.code()).as(r.output()).isZero();
            List<HasMetadata> objects = bind(Repo.yamlAll(r.output()));
            Set<String> configMaps = new HashSet<>();
            objects.stream().filter(ConfigMap.class::isInstance).forEach(o -> configMaps.add(o.getMetadata().getName()));
            assertThat(configMaps).anyMatch(n -> n.startsWith("socialpsych-env"))
                    .contains("grafana-dashboards", "prometheus-config");
            for (HasMetadata o : objects) {
                assertThat(o.getMetadata().getNamespace() == null || o.getMetadata().getNamespace().equals("socialpsych"))
                        .isTrue();
                if (o instanceof Deployment d) {
                    d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnvFrom()
                            .forEach(ef -> assertThat(configMaps).as("envFrom of " + d.getMetadata().getName())
                                    .contains(ef.getConfigMapRef().getName()));
                    assertThat(d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
                            .as(d.getMetadata().getName() + " names itself").anyMatch(v -> v.getName()
                                    .equals("SPRING_APPLICATION_NAME") && v.getValue().equals(d.getMetadata().getName()));
                    int replicas = d.getSpec().getReplicas();
                    assertThat(replicas).isEqualTo(overlay.equals("prod") ? 3 : 1);
                }
            }
            boolean inClusterKafka = objects.stream().anyMatch(o -> o instanceof StatefulSet s
                    && s.getMetadata().getName().equals("kafka"));
            assertThat(inClusterKafka).as(overlay + " runs Kafka in the cluster").isEqualTo(overlay.equals("dev"));
        }
    }
}
