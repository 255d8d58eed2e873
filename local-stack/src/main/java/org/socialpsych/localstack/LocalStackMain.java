package org.socialpsych.localstack;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar local-stack-exec.jar}: the embedded default infrastructure for one machine.
 * Env: {@code KAFKA_PORT} (9092), {@code KAFKA_CONTROLLER_PORT} (9093), {@code MONGO_PORT}
 * (27017), {@code DATA_DIR} (var/data), {@code KEYS_DIR} (var/keys), {@code MONGO_BACKEND}
 * ({@code h2} persisted, or {@code memory}), {@code SKIP_KAFKA}, {@code SKIP_MONGO}.
 */
public final class LocalStackMain {

    static {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "local-stack-logback.xml");
        }
    }

    private static final Logger log = LoggerFactory.getLogger(LocalStackMain.class);

    private LocalStackMain() {
    }

    public static void main(String[] args) {
        try {
            Path data = Path.of(env("DATA_DIR", "var/data"));
            Path keys = Path.of(env("KEYS_DIR", "var/keys"));
            KeyMaterial.ensure(keys);
            MongoWireServer mongo = null;
            if (!Boolean.parseBoolean(env("SKIP_MONGO", "false"))) {
                boolean memory = "memory".equalsIgnoreCase(env("MONGO_BACKEND", "h2"));
                mongo = MongoWireServer.start(Integer.parseInt(env("MONGO_PORT", "27017")),
                        memory ? null : data.resolve("mongo").resolve("mongo.mv"));
                log.info("MongoDB-wire server listening on {}", mongo.uri(""));
            }
            KafkaKraftBroker kafka = null;
            if (!Boolean.parseBoolean(env("SKIP_KAFKA", "false"))) {
                kafka = new KafkaKraftBroker(data.resolve("kafka"), Integer.parseInt(env("KAFKA_PORT", "9092")),
                        Integer.parseInt(env("KAFKA_CONTROLLER_PORT", "9093")));
                kafka.start();
                log.info("Kafka broker (KRaft) listening on {}", kafka.bootstrapServers());
            }
            MongoWireServer m = mongo;
            KafkaKraftBroker k = kafka;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (k != null) {
                    k.close();
                }
                if (m != null) {
                    m.close();
                }
            }, "local-stack-shutdown"));
            log.info("LOCAL STACK READY");
        } catch (Throwable e) {
            log.error("local-stack failed to start", e);
            // Netty threads of the Mongo server would keep a half-started JVM alive
            System.exit(1);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
