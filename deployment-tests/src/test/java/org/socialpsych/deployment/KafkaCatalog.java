package org.socialpsych.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Kafka ACLs derived from the sources: producers from the event catalogue
 * ({@code events-contract}: {@code Topics} and each context's {@code Entry(type, Topics.X, payload, owner)}),
 * consumers from the {@code @KafkaListener} annotations of the services (and of the libraries they
 * depend on, e.g. person-index with {@code ${spring.application.name}.person-index}). Every service on
 * the chassis also writes and reads {@code audit.checkpoints.v1}. A consumer group writes (and may
 * replay) its dead-letter topics {@code <topic>.<group>.dlt}.
 *
 * <p>One ACL a line: {@code <principal> <operation> <resource-type> <literal name>}.
 */
final class KafkaCatalog {

    static final String ACL_FILE = "docker/kafka/acls.txt";
    static final String AUDIT_TOPIC = "audit.checkpoints.v1";
    static final String HEADER = """
            # GENERATED from events-contract (producers) and the services' @KafkaListener annotations
            # (consumers) by deployment-tests KafkaAclCatalogTest; regenerate with
            #   mvn -B -ntp -o -pl deployment-tests verify -Dregenerate.acls=true
            # <principal> <operation> <resource-type> <literal resource name>
            """;

    private static final Pattern CONSTANT = Pattern.compile("static final String (\\w+) = \"([^\"]+)\";");
    private static final Pattern ENTRY = Pattern
            .compile("new Entry\\(\\s*\\w+,\\s*Topics\\.(\\w+),\\s*\\w+\\.class,\\s*\"([\\w-]+)\"\\s*\\)");
    private static final Pattern LISTENER = Pattern.compile("@KafkaListener\\((.*?)\\)\\s*(public|void|private|protected)",
            Pattern.DOTALL);
    private static final Pattern GROUP_ID = Pattern.compile("groupId\\s*=\\s*(\"[^\"]+\"|\\w+)");
    private static final Pattern TOPIC_REF = Pattern.compile("Topics\\.(\\w+)");

    private KafkaCatalog() {
    }

    record Listener(String module, String group, List<String> topics) {
    }

    /** Topic constant name → topic. */
    static Map<String, String> topics() throws IOException {
        Map<String, String> out = new TreeMap<>();
        Matcher m = CONSTANT.matcher(Repo.read("events-contract/src/main/java/org/socialpsych/events/Topics.java"));
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    /** owner service → topics it produces. */
    static Map<String, TreeSet<String>> producers() throws IOException {
        Map<String, String> topics = topics();
        Map<String, TreeSet<String>> out = new TreeMap<>();
        for (Path f : javaFiles(Repo.file("events-contract/src/main/java"))) {
            Matcher m = ENTRY.matcher(Files.readString(f));
            while (m.find()) {
                out.computeIfAbsent(m.group(2), k -> new TreeSet<>()).add(require(topics, m.group(1)));
            }
        }
        return out;
    }

    /** Services: modules named *-service that run on the chassis (they talk to Kafka). */
    static List<String> kafkaServices() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Repo.ROOT)) {
            for (Path d : dirs.filter(p -> p.getFileName().toString().endsWith("-service")).sorted().toList()) {
                Path pom = d.resolve("pom.xml");
                if (Files.exists(pom) && Files.readString(pom).contains("<artifactId>service-chassis</artifactId>")) {
                    out.add(d.getFileName().toString());
                }
            }
        }
        return out;
    }

    /** Every @KafkaListener, resolved to the services that run it. */
    static List<Listener> listeners() throws IOException {
        Map<String, String> topics = topics();
        List<String> services = kafkaServices();
        List<Listener> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Repo.ROOT)) {
            for (Path module : dirs.filter(p -> Files.isDirectory(p.resolve("src/main/java"))).sorted().toList()) {
                String moduleName = module.getFileName().toString();
                for (Path f : javaFiles(module.resolve("src/main/java"))) {
                    String src = Files.readString(f);
                    Matcher m = LISTENER.matcher(src);
                    while (m.find()) {
                        String args = m.group(1);
                        Matcher g = GROUP_ID.matcher(args);
                        if (!g.find()) {
                            throw new IllegalStateException(f + ": @KafkaListener without groupId");
                        }
                        String group = g.group(1);
                        if (!group.startsWith("\"")) {
                            Matcher c = Pattern.compile("static final String " + group + " = \"([^\"]+)\";").matcher(src);
                            if (!c.find()) {
                                throw new IllegalStateException(f + ": cannot resolve group " + group);
                            }
                            group = c.group(1);
                        } else {
                            group = group.substring(1, group.length() - 1);
                        }
                        List<String> listened = new ArrayList<>();
                        Matcher t = TOPIC_REF.matcher(args);
                        while (t.find()) {
                            listened.add(require(topics, t.group(1)));
                        }
                        if (listened.isEmpty()) {
                            throw new IllegalStateException(f + ": @KafkaListener topics not from Topics");
                        }
                        for (String service : services) {
                            // a library's listeners run in every service that depends on it; a service's only in itself
                            boolean runs = service.equals(moduleName) || !moduleName.endsWith("-service")
                                    && Files.readString(Repo.file(service + "/pom.xml"))
                                            .contains("<artifactId>" + moduleName + "</artifactId>");
                            if (runs) {
                                out.add(new Listener(service, group.replace("${spring.application.name}", service), listened));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The ACL lines the catalogue and the listeners imply, sorted. */
    static TreeSet<String> expectedAcls() throws IOException {
        TreeSet<String> acls = new TreeSet<>();
        List<String> services = kafkaServices();
        producers().forEach((owner, produced) -> {
            if (!services.contains(owner)) {
                throw new IllegalStateException("catalogue owner " + owner + " is not a service on the chassis");
            }
            produced.forEach(t -> acls.add(acl(owner, "WRITE", "TOPIC", t)));
        });
        for (Listener l : listeners()) {
            acls.add(acl(l.module(), "READ", "GROUP", l.group()));
            for (String t : l.topics()) {
                acls.add(acl(l.module(), "READ", "TOPIC", t));
                String dlt = t + "." + l.group() + ".dlt";
                acls.add(acl(l.module(), "WRITE", "TOPIC", dlt));
                acls.add(acl(l.module(), "READ", "TOPIC", dlt));
            }
        }
        for (String s : services) {
            acls.add(acl(s, "WRITE", "TOPIC", AUDIT_TOPIC));
            acls.add(acl(s, "READ", "TOPIC", AUDIT_TOPIC));
        }
        return acls;
    }

    static String expectedFile() throws IOException {
        return HEADER + String.join("\n", expectedAcls()) + "\n";
    }

    /** The ACL lines of a file (comments and blank lines dropped). */
    static TreeSet<String> parse(String text) {
        TreeSet<String> out = new TreeSet<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                out.add(l.replaceAll("\\s+", " "));
            }
        }
        return out;
    }

    static String acl(String service, String op, String type, String name) {
        return "User:" + service + " " + op + " " + type + " " + name;
    }

    private static String require(Map<String, String> topics, String constant) {
        String t = topics.get(constant);
        if (t == null) {
            throw new IllegalStateException("unknown Topics." + constant);
        }
        return t;
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
