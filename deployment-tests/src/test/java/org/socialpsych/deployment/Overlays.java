package org.socialpsych.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The rendered Kustomize overlays (kubectl kustomize, offline), cached per test JVM. */
final class Overlays {

    static final List<String> NAMES = List.of("dev", "prod");
    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

    private Overlays() {
    }

    static String text(String overlay) throws Exception {
        String cached = RENDERED.get(overlay);
        if (cached != null) {
            return cached;
        }
        // like the other overlay checks: rendering needs kubectl (kustomize built in); without it they are skipped
        org.junit.jupiter.api.Assumptions.assumeTrue(Repo.onPath("kubectl"), "kubectl (kustomize) on the PATH");
        Repo.Result r = Repo.run("kubectl", "kustomize", "k8s/overlays/" + overlay);
        assertThat(r.code()).as(r.output()).isZero();
        RENDERED.put(overlay, r.output());
        return r.output();
    }

    static List<Map<String, Object>> render(String overlay) throws Exception {
        return Repo.yamlAll(text(overlay));
    }

    static Map<String, Object> find(List<Map<String, Object>> docs, String kind, String name) {
        return docs.stream().filter(d -> kind.equals(d.get("kind"))
                && name.equals(Repo.map(d.get("metadata")).get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + "/" + name + " in the rendered overlay"));
    }
}
