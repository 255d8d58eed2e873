import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;

/**
 * Measurements of bin/bench that need more than wrk: end-to-end latencies across services,
 * counting records on topics and in databases, and loading a large fact set. Run as a single-file
 * program: java -cp "$(cat var/bench.cp)" bench/BenchTool.java <command> …
 */
public class BenchTool {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] a) throws Exception {
        switch (a[0]) {
            case "crisis-latency" -> crisisLatency(a[1], a[2], Integer.parseInt(a[3]), a[4], Integer.parseInt(a[5]),
                    a.length > 6 ? Long.parseLong(a[6]) : 20);
            case "crisis-notify-latency" -> crisisNotifyLatency(a[1], a[2], Integer.parseInt(a[3]), a[4],
                    Integer.parseInt(a[5]), a.length > 6 ? Long.parseLong(a[6]) : 20);
            case "low-to-grid-task" -> lowToGridTask(a[1], a[2], a[3], Integer.parseInt(a[4]),
                    a.length > 5 ? Long.parseLong(a[5]) : 50);
            case "event-to-kpi" -> eventToKpi(a[1], a[2], a[3], a[4], Integer.parseInt(a[5]));
            case "count-topic" -> countTopic(a[1], a[2], a[3], a.length > 4 ? a[4] : null);
            case "count-mongo" -> countMongo(a[1], a[2], a[3]);
            case "kpi-load" -> kpiLoad(a[1], Long.parseLong(a[2]), a[3]);
            case "downstream-lag" -> downstreamLag(a[1], a[2], a[3], a[4], Integer.parseInt(a[5]),
                    a.length > 6 ? Long.parseLong(a[6]) : System.currentTimeMillis());
            case "submit-burst" -> submitBurst(a[1], a[2], a[3], Integer.parseInt(a[4]), Integer.parseInt(a[5]));
            default -> throw new IllegalArgumentException(a[0]);
        }
    }

    static HttpResponse<String> call(String method, String url, String token, String body, String key)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String phq9(boolean critical, String area, String subject) {
        StringBuilder answers = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            int v = i == 8 ? (critical ? 1 + ThreadLocalRandom.current().nextInt(3) : 0)
                    : ThreadLocalRandom.current().nextInt(4);
            answers.append(i == 0 ? "" : ",").append(v);
        }
        // persons are issued by the platform (grid-service); a kiosk-style submission without a subject
        // gets an anonymous one, so the bench needs no registrations (the subject argument is unused)
        return "{\"instrument\":\"PHQ9\",\"answers\":[" + answers + "],\"areaCode\":\"" + area
                + "\",\"consent\":{\"healthData\":true}}";
    }

    /**
     * Critical submission at the gateway → crisis case readable through the gateway, polled every
     * {@code pollMs} (during a burst the polls are a client of their own under the rate limit).
     */
    static void crisisLatency(String gw, String token, int n, String area, int concurrency, long pollMs)
            throws Exception {
        probes("critical submission -> crisis case readable", n, concurrency, () -> {
            long t0 = System.nanoTime();
            String ref = submitCritical(gw, token, area);
            if (ref == null) {
                return -1L;
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                HttpResponse<String> c = call("GET", gw + "/api/v1/crisis-cases?sourceRef=" + ref, token, null, null);
                if (c.statusCode() == 200 && c.body().contains("\"id\"")) {
                    return (System.nanoTime() - t0) / 1_000_000;
                }
                Thread.sleep(pollMs);
            }
            return -2L;
        });
    }

    /** A critical PHQ-9 through the gateway; its crisis case's {@code sourceRef}, or null when refused. */
    static String submitCritical(String gw, String token, String area) throws Exception {
        HttpResponse<String> r = call("POST", gw + "/api/v1/assessments", token,
                phq9(true, area, "bench-" + UUID.randomUUID()), UUID.randomUUID().toString());
        Matcher m = ID.matcher(r.body());
        return r.statusCode() == 201 && m.find() ? "assessment:" + m.group(1) : null;
    }

    /** Runs {@code n} probes on {@code concurrency} threads; a probe returns its latency in ms, or a negative failure. */
    static void probes(String what, int n, int concurrency, Callable<Long> probe) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<Long>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            results.add(pool.submit(probe));
        }
        List<Long> ok = new ArrayList<>();
        int failed = 0;
        for (Future<Long> f : results) {
            long v = f.get();
            if (v >= 0) {
                ok.add(v);
            } else {
                failed++;
            }
        }
        pool.shutdown();
        report(what, ok, failed);
    }

    static final Pattern SENT = Pattern.compile("\"sentAt\"\\s*:\\s*\"");

    /**
     * Critical submission at the gateway → the first outbound notification of its crisis case sent (a
     * delivery with {@code sentAt}, listed by {@code GET /notification-deliveries?aggregateId=}): the
     * path a responder's phone depends on (RiskFlagged → case → NotificationRequested → delivery).
     * Client-observed: the time until a poll first sees the sent delivery.
     */
    static void crisisNotifyLatency(String gw, String token, int n, String area, int concurrency, long pollMs)
            throws Exception {
        probes("critical submission -> first notification sent", n, concurrency, () -> {
            long t0 = System.nanoTime();
            String ref = submitCritical(gw, token, area);
            if (ref == null) {
                return -1L;
            }
            String caseId = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                if (caseId == null) {
                    HttpResponse<String> c = call("GET", gw + "/api/v1/crisis-cases?sourceRef=" + ref, token, null, null);
                    Matcher cm = ID.matcher(c.body());
                    if (c.statusCode() == 200 && cm.find()) {
                        caseId = cm.group(1);
                        continue;
                    }
                } else {
                    HttpResponse<String> d = call("GET", gw + "/api/v1/notification-deliveries?aggregateId=" + caseId,
                            token, null, null);
                    if (d.statusCode() == 200 && SENT.matcher(d.body()).find()) {
                        return (System.nanoTime() - t0) / 1_000_000;
                    }
                }
                Thread.sleep(pollMs);
            }
            return -2L;
        });
    }

    static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static final String ID_CHECK = "10X98765432";

    /** A synthetic identity number of the demo county with a correct check character. */
    static String idNumber(int n) {
        String first17 = "330327" + "1985" + String.format("%02d%02d", 1 + n % 12, 1 + n % 28)
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return first17 + ID_CHECK.charAt(sum % 11);
    }

    static String created(HttpResponse<String> r, String what) {
        Matcher m = ID.matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException(what + ": " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    /**
     * The LOW loop (issue 14): a LOW-tier PHQ-9 (moderate band, item 9 = 0) of a registered resident,
     * submitted at the gateway → the follow-up task on the grid worker's due list
     * ({@code LOW_RISK_FOLLOW_UP} for that resident, {@code GET /visits/due} as the worker): RiskFlagged
     * LOW → psych's follow-up → LowRiskFollowUpRequested → grid's due item. Sets up a grid of its own
     * under {@code village}, a worker assigned to it and {@code n} residents (one flag each: a second
     * flag of the same person joins the open follow-up).
     */
    static void lowToGridTask(String gw, String admin, String village, int n, long pollMs) throws Exception {
        String suffix = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        String grid = village + "-lb" + suffix;
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        created(call("POST", gw + "/api/v1/areas", admin, "{\"code\":\"" + grid + "\",\"name\":\"Bench grid "
                + suffix + "\",\"level\":\"GRID\",\"parentCode\":\"" + village + "\",\"validFrom\":\"" + today
                + "\"}", UUID.randomUUID().toString()), "grid");
        String workerId = "bench-gw-" + suffix;
        created(call("POST", gw + "/api/v1/grid-staff", admin, "{\"personId\":\"" + workerId
                + "\",\"role\":\"WORKER\",\"gridCode\":\"" + grid + "\"}", UUID.randomUUID().toString()), "assignment");
        HttpResponse<String> t = HTTP.send(HttpRequest.newBuilder(URI.create(gw + "/api/v1/dev/tokens"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"subject\":\"" + workerId + "\",\"roles\":[\"GRID_WORKER\"],\"areas\":[\"" + grid + "\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher tm = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(t.body());
        if (!tm.find()) {
            throw new IllegalStateException("worker token: " + t.body());
        }
        String worker = tm.group(1);
        List<String> residents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            residents.add(created(call("POST", gw + "/api/v1/residents", worker, "{\"idNumber\":\"" + idNumber(i)
                    + "\",\"name\":\"压测" + i + "\",\"gridCode\":\"" + grid + "\"}", UUID.randomUUID().toString()),
                    "resident"));
        }
        List<Long> ok = new ArrayList<>();
        int failed = 0;
        for (String rid : residents) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = call("POST", gw + "/api/v1/assessments", admin, "{\"instrument\":\"PHQ9\","
                    + "\"answers\":[2,2,2,2,1,1,0,0,0],\"subjectId\":\"" + rid + "\",\"areaCode\":\"" + grid
                    + "\",\"consent\":{\"healthData\":true}}", UUID.randomUUID().toString());
            if (r.statusCode() != 201) {
                System.err.println("LOW submission refused: " + r.statusCode() + " " + r.body());
                failed++;
                continue;
            }
            boolean seen = false;
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (!seen && System.nanoTime() < deadline) {
                HttpResponse<String> d = call("GET", gw + "/api/v1/visits/due?grid=" + grid + "&limit=500", worker,
                        null, null);
                for (String item : d.body().split("\\},\\{")) {
                    if (item.contains(rid) && item.contains("LOW_RISK_FOLLOW_UP")) {
                        ok.add((System.nanoTime() - t0) / 1_000_000);
                        seen = true;
                        break;
                    }
                }
                if (!seen) {
                    Thread.sleep(pollMs);
                }
            }
            if (!seen) {
                failed++;
            }
        }
        report("LOW flag -> follow-up task on the grid worker's due list", ok, failed);
    }

    /** A submission through the gateway → the county KPI SCREENINGS counts it. */
    static void eventToKpi(String gw, String token, String area, String county, int n) throws Exception {
        List<Long> ok = new ArrayList<>();
        int failed = 0;
        String period = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        for (int i = 0; i < n; i++) {
            long before = screenings(gw, token, county, period);
            long t0 = System.nanoTime();
            HttpResponse<String> r = call("POST", gw + "/api/v1/assessments", token,
                    phq9(false, area, "kpi-" + UUID.randomUUID()), UUID.randomUUID().toString());
            if (r.statusCode() != 201) {
                failed++;
                continue;
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            boolean seen = false;
            while (System.nanoTime() < deadline) {
                if (screenings(gw, token, county, period) > before) {
                    ok.add((System.nanoTime() - t0) / 1_000_000);
                    seen = true;
                    break;
                }
                Thread.sleep(50);
            }
            if (!seen) {
                failed++;
            }
        }
        report("submission -> county KPI updated", ok, failed);
    }

    static long screenings(String gw, String token, String county, String period) throws Exception {
        HttpResponse<String> r = call("GET", gw + "/api/v1/kpis?area=" + county + "&period=" + period
                + "&indicators=SCREENINGS", token, null, null);
        Matcher m = Pattern.compile("\"numerator\"\\s*:\\s*(\\d+)").matcher(r.body());
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** Sequential-free burst of submissions with exact accounting (accepted = 201/200 answers). */
    static void submitBurst(String gw, String token, String area, int seconds, int concurrency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Future<int[]>> fs = new ArrayList<>();
        Set<String> ids = Collections.synchronizedSet(new HashSet<>());
        for (int t = 0; t < concurrency; t++) {
            fs.add(pool.submit(() -> {
                int accepted = 0;
                int rejected = 0;
                int critical = 0;
                while (System.nanoTime() < end) {
                    boolean crit = ThreadLocalRandom.current().nextInt(10) == 0;
                    String key = UUID.randomUUID().toString();
                    String body = phq9(crit, area, "burst-" + key);
                    // a client retries with the same Idempotency-Key until it gets an answer
                    for (int attempt = 0; attempt < 60 && System.nanoTime() < end + Duration.ofSeconds(60).toNanos();
                            attempt++) {
                        try {
                            HttpResponse<String> r = call("POST", gw + "/api/v1/assessments", token, body, key);
                            if (r.statusCode() == 201 || r.statusCode() == 200) {
                                Matcher m = ID.matcher(r.body());
                                if (m.find() && ids.add(m.group(1))) {
                                    accepted++;
                                    critical += crit ? 1 : 0;
                                }
                                break;
                            }
                            if (r.statusCode() >= 400 && r.statusCode() < 500 && r.statusCode() != 429) {
                                rejected++;
                                break;
                            }
                        } catch (Exception e) {
                            // connection refused while a service restarts: retry
                        }
                        Thread.sleep(500);
                    }
                }
                return new int[] {accepted, rejected, critical};
            }));
        }
        int accepted = 0;
        int rejected = 0;
        int critical = 0;
        for (Future<int[]> f : fs) {
            int[] v = f.get();
            accepted += v[0];
            rejected += v[1];
            critical += v[2];
        }
        pool.shutdown();
        System.out.println("accepted=" + accepted + " rejected=" + rejected + " criticalAccepted=" + critical);
    }

    /** Records of a type on a topic: total and distinct keys. */
    static void countTopic(String bootstrap, String topic, String type, String filter) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("group.id", "bench-count-" + UUID.randomUUID());
        p.put("auto.offset.reset", "earliest");
        p.put("enable.auto.commit", "false");
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", StringDeserializer.class.getName());
        long total = 0;
        Set<String> keys = new HashSet<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p)) {
            c.subscribe(List.of(topic));
            int idle = 0;
            while (idle < 6) {
                var records = c.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    idle++;
                    continue;
                }
                idle = 0;
                for (ConsumerRecord<String, String> r : records) {
                    var h = r.headers().lastHeader("ce_type");
                    if (h != null && new String(h.value(), StandardCharsets.UTF_8).equals(type)
                            && (filter == null || r.value().contains(filter))) {
                        total++;
                        keys.add(r.key());
                    }
                }
            }
        }
        System.out.println("records=" + total + " distinctKeys=" + keys.size());
    }

    /**
     * Time from now until the downstream has caught up: no assessment with events left in its
     * outbox, and every consumer group in {@code groups} (comma-separated) with nothing left to
     * read on {@code topic} (a listener acknowledges a record only after its effect is stored).
     * Times count from {@code sinceEpochMs} (the end of the burst), not from this program's start.
     */
    static void downstreamLag(String bootstrap, String assessmentUri, String topic, String groups, int timeoutSeconds,
            long sinceEpochMs) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        long t0 = System.nanoTime();
        long deadline = t0 + Duration.ofSeconds(timeoutSeconds).toNanos();
        long outbox = -1;
        long lag = -1;
        String lagDetail = "";
        try (MongoClient client = MongoClients.create(assessmentUri);
                org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(p)) {
            String db = URI.create(assessmentUri.replace("mongodb://", "http://")).getPath().substring(1);
            MongoCollection<Document> assessments = client.getDatabase(db).getCollection("assessments");
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                    .map(i -> new org.apache.kafka.common.TopicPartition(topic, i.partition())).toList();
            // when each part caught up (ms from the start), for the report: the slowest one is the lag
            java.util.Map<String, Long> caughtUp = new java.util.LinkedHashMap<>();
            while (System.nanoTime() < deadline) {
                long at = System.currentTimeMillis() - sinceEpochMs;
                outbox = assessments.countDocuments(new Document("outbox.0", new Document("$exists", true)));
                if (outbox == 0) {
                    caughtUp.putIfAbsent("outbox", at);
                }
                var specs = new java.util.HashMap<org.apache.kafka.common.TopicPartition,
                        org.apache.kafka.clients.admin.OffsetSpec>();
                partitions.forEach(tp -> specs.put(tp, org.apache.kafka.clients.admin.OffsetSpec.latest()));
                var ends = admin.listOffsets(specs).all().get();
                lag = 0;
                StringBuilder per = new StringBuilder();
                for (String g : groups.split(",")) {
                    var committed = admin.listConsumerGroupOffsets(g).partitionsToOffsetAndMetadata().get();
                    long groupLag = 0;
                    for (var tp : partitions) {
                        var c = committed.get(tp);
                        groupLag += ends.get(tp).offset() - (c == null ? 0 : c.offset());
                    }
                    lag += groupLag;
                    per.append(' ').append(g).append('=').append(groupLag);
                    if (groupLag == 0) {
                        caughtUp.putIfAbsent(g, at);
                    }
                }
                lagDetail = per.toString();
                if (outbox == 0 && lag == 0) {
                    StringBuilder parts = new StringBuilder();
                    caughtUp.forEach((k, v) -> parts.append(parts.length() == 0 ? "" : ", ").append(k).append(' ')
                            .append(v).append(" ms"));
                    System.out.println("lagMs=" + at + " ms (" + parts + ")");
                    return;
                }
                Thread.sleep(100);
            }
        }
        System.out.println("lagMs=> " + timeoutSeconds * 1000 + " ms, not caught up (outbox=" + outbox + " consumerLag=" + lag + lagDetail + ")");
    }

    static void countMongo(String uri, String collection, String filterJson) {
        try (MongoClient client = MongoClients.create(uri)) {
            String db = URI.create(uri.replace("mongodb://", "http://")).getPath().substring(1);
            long n = client.getDatabase(db).getCollection(collection).countDocuments(Document.parse(filterJson));
            System.out.println("count=" + n);
        }
    }

    /** Loads n AssessmentCompleted facts spread over the leaf areas of a county into reporting's fact store. */
    static void kpiLoad(String uri, long n, String leafPaths) {
        String[] paths = leafPaths.split(";");
        String period = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        try (MongoClient client = MongoClients.create(uri)) {
            String db = URI.create(uri.replace("mongodb://", "http://")).getPath().substring(1);
            MongoCollection<Document> facts = client.getDatabase(db).getCollection("facts");
            long present = facts.countDocuments(new Document("_id", new Document("$regex", "^bench-")), 
                    new com.mongodb.client.model.CountOptions().limit((int) Math.min(n, Integer.MAX_VALUE)));
            if (present >= n) { // loaded by an earlier run on this data directory (the load is slow on the embedded server)
                System.out.println("loaded=" + present + " (already present) loadMs=0");
                return;
            }
            // same spec as reporting-service's FactStore, so its start-up finds the index built
            facts.createIndex(new Document("cellKey", 1),
                    new com.mongodb.client.model.IndexOptions().unique(true).sparse(true).name("cellKey"));
            long t0 = System.nanoTime();
            String run = Long.toString(System.currentTimeMillis(), 36);
            List<Document> batch = new ArrayList<>();
            for (long i = 0; i < n; i++) {
                List<String> path = List.of(paths[(int) (i % paths.length)].split(","));
                boolean positive = i % 7 == 0;
                String id = "bench-" + run + "-assessment:" + i;
                batch.add(new Document("_id", id).append("area", path.get(path.size() - 1))
                        .append("cellKey", path.get(path.size() - 1) + "|" + period + "|" + id)
                        .append("parent", path.get(path.size() - 2)).append("path", path).append("period", period)
                        .append("aggregateVersion", 1L)
                        .append("metrics", new Document("screened", 1L).append("screenPositive", positive ? 1L : 0L)
                                .append("screenCritical", i % 97 == 0 ? 1L : 0L)));
                if (batch.size() == 5000) {
                    facts.insertMany(batch);
                    batch.clear();
                    if ((i + 1) % 100_000 == 0) {
                        System.err.println("kpi-load: " + (i + 1) + " facts, " + (System.nanoTime() - t0) / 1_000_000 + " ms");
                    }
                }
            }
            if (!batch.isEmpty()) {
                facts.insertMany(batch);
            }
            long loadMs = (System.nanoTime() - t0) / 1_000_000;
            MongoCollection<Document> dirty = client.getDatabase(db).getCollection("dirty_cells");
            for (String p : paths) {
                List<String> path = List.of(p.split(","));
                String area = path.get(path.size() - 1);
                dirty.updateOne(new Document("_id", area + "|" + period), new Document("$set",
                        new Document("area", area).append("path", path).append("depth", path.size())
                                .append("period", period).append("stamp", new java.util.Date()))
                        .append("$inc", new Document("marks", 1)), new UpdateOptions().upsert(true));
            }
            System.out.println("loaded=" + n + " loadMs=" + loadMs);
        }
    }

    static void report(String what, List<Long> ms, int failed) {
        Collections.sort(ms);
        if (ms.isEmpty()) {
            System.out.println(what + ": no successful samples, failed=" + failed);
            return;
        }
        System.out.printf("%s: n=%d failed=%d p50=%d ms p90=%d ms p99=%d ms max=%d ms%n", what, ms.size(), failed,
                pct(ms, 50), pct(ms, 90), pct(ms, 99), ms.get(ms.size() - 1));
    }

    static long pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
