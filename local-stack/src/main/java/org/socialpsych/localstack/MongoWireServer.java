package org.socialpsych.localstack;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB-wire server (mongo-java-server). With a data file it uses the H2 backend, so data and
 * indexes survive restarts; without one it keeps everything in memory (tests). The oplog is on so
 * change streams work. It has no transactions, no {@code hello}, no text or geo queries.
 */
public final class MongoWireServer implements AutoCloseable {

    private final MongoServer server;
    private final String host;
    private final int port;

    private MongoWireServer(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.host = address.getHostString();
        this.port = address.getPort();
    }

    /** Starts on the port (0 = any free port); {@code dataFile} null means in-memory. */
    public static MongoWireServer start(int port, Path dataFile) throws Exception {
        MongoBackend backend;
        if (dataFile == null) {
            backend = new MemoryBackend();
        } else {
            Files.createDirectories(dataFile.toAbsolutePath().getParent());
            backend = new H2Backend(dataFile.toAbsolutePath().toString());
        }
        MongoServer server = new MongoServer(backend);
        server.enableOplog();
        server.bind("127.0.0.1", port);
        return new MongoWireServer(server, server.getLocalAddress());
    }

    public String uri(String database) {
        return "mongodb://" + host + ":" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
