package org.socialpsych.localstack.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * After each test class that ran an application on a port, records the names of the metrics it
 * exported on {@code /actuator/prometheus} into {@code target/exported-metrics/<application>.txt} at
 * the repository root (union over all test classes). deployment-tests, last in the reactor, checks
 * that every metric a Grafana dashboard or a Prometheus rule names is among them. Registered in
 * {@code META-INF/spring.factories}; does nothing without a running web server.
 */
public class ExportedMetricsRecorder implements TestExecutionListener, Ordered {

    public static final Path DIRECTORY = Path.of("..", "target", "exported-metrics");

    @Override
    public void afterTestClass(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        Environment env = context.getEnvironment();
        String port = env.getProperty("local.management.port", env.getProperty("local.server.port"));
        String application = env.getProperty("spring.application.name");
        if (port == null || application == null || "0".equals(port)) {
            return;
        }
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                            .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return;
            }
            Set<String> names = new TreeSet<>();
            for (String line : response.body().split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int end = line.indexOf('{');
                if (end < 0) {
                    end = line.indexOf(' ');
                }
                if (end > 0) {
                    names.add(line.substring(0, end));
                }
            }
            Files.createDirectories(DIRECTORY);
            Path file = DIRECTORY.resolve(application + ".txt");
            synchronized (ExportedMetricsRecorder.class) {
                if (Files.exists(file)) {
                    names.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
                }
                Files.write(file, names, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            // a test class whose application was already shut down: nothing to record
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
