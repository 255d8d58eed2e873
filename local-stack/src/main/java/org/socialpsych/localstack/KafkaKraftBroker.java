package org.socialpsych.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker + controller, one node) run from the
 * Maven artifacts, exactly as {@code kafka-storage.sh format} plus {@code kafka-server-start.sh}
 * would. The log directory is formatted only once, so restarts keep topics and consumer offsets.
 */
public final class KafkaKraftBroker implements AutoCloseable {

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private final Map<String, String> overrides;
    private KafkaRaftServer server;

    public KafkaKraftBroker(Path logDir, int port, int controllerPort) {
        this(logDir, port, controllerPort, Map.of());
    }

    public KafkaKraftBroker(Path logDir, int port, int controllerPort, Map<String, String> overrides) {
        this.logDir = logDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.overrides = Map.copyOf(overrides);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized void start() throws IOException {
        if (server != null) {
            return;
        }
        Files.createDirectories(logDir);
        Map<String, String> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        props.put("log.dirs", logDir.toAbsolutePath().toString());
        props.put("num.partitions", "3");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "true");
        // 3 years, the shortest record retention (ADR 0008): topics must not outlive purged records
        props.put("log.retention.hours", "26280");
        props.putAll(overrides);

        Path config = logDir.resolve("server.properties");
        Properties p = new Properties();
        p.putAll(props);
        try (Writer w = Files.newBufferedWriter(config)) {
            p.store(w, "written by local-stack");
        }
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int rc = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c",
                    config.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
            if (rc != 0) {
                throw new IOException("kafka storage format failed: " + out.toString(StandardCharsets.UTF_8));
            }
        }
        KafkaRaftServer s = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        s.startup();
        server = s;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }
}
