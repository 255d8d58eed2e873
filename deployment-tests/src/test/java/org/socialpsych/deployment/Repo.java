package org.socialpsych.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Files of the repository and small helpers shared by the deployment checks. */
final class Repo {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> APP_SERVICES = List.of("gateway-service", "grid-service", "psych-service",
            "assessment-service", "reporting-service");
    static final Map<String, Integer> PORTS = Map.of("registry-service", 8761, "gateway-service", 8080,
            "grid-service", 8081, "psych-service", 8082, "assessment-service", 8083, "reporting-service", 8084);
    /** Where actuator answers: the gateway keeps it off its public port. */
    static final Map<String, Integer> MANAGEMENT_PORTS = Map.of("registry-service", 8761, "gateway-service", 8090,
            "grid-service", 8081, "psych-service", 8082, "assessment-service", 8083, "reporting-service", 8084);

    private Repo() {
    }

    static Path file(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(String relative) throws IOException {
        return Files.readString(file(relative));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(String text) {
        return (Map<String, Object>) new Yaml(new LoaderOptions()).load(text);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> yamlAll(String text) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object doc : new Yaml(new LoaderOptions()).loadAll(text)) {
            if (doc != null) {
                out.add((Map<String, Object>) doc);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** Runs a command in the repository root; returns exit code and output. */
    static Result run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, out);
        }
        return new Result(p.exitValue(), out);
    }

    record Result(int code, String output) {
    }
}
