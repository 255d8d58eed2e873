import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

/**
 * County-scale data for the grid bench, bulk-inserted straight into grid-service's collections in
 * the shape the service writes (areas, grid_staff, visit_schedules), then the cached area tree is
 * told to reload (area_tree generation). Run as a single-file program on local-stack's classpath:
 *
 * <pre>
 * java -cp "$(cat var/bench.cp)" bench/GridSeedTool.java seed mongodb://127.0.0.1:27017/grid 330399 300 5000 10 300 8
 * java -cp "$(cat var/bench.cp)" bench/GridSeedTool.java old-queries mongodb://127.0.0.1:27017/grid 330399 5
 * </pre>
 *
 * seed: county code, towns, villages, grids per village, workers (worker n serves the grids of
 * village n), schedules per worker grid (half of them due now). Every grid also gets a leader, so
 * grid_staff holds one open assignment per grid. Residents are not inserted: their identity fields
 * need the service's keys; schedules carry pseudonymous resident ids only. Seeding is skipped for a
 * collection that already holds the county's data.
 *
 * old-queries: times, directly against Mongo, the queries the service used before the county-scale
 * work (subtree by path sorted by code, open assignments by person, schedules by grid and window).
 */
public class GridSeedTool {

    static final String PARENT = "3303";
    static final ZoneId ZONE = ZoneId.systemDefault();

    public static void main(String[] a) throws Exception {
        switch (a[0]) {
            case "seed" -> seed(a[1], a[2], Integer.parseInt(a[3]), Integer.parseInt(a[4]), Integer.parseInt(a[5]),
                    Integer.parseInt(a[6]), Integer.parseInt(a[7]));
            case "old-queries" -> oldQueries(a[1], a[2], Integer.parseInt(a[3]));
            default -> throw new IllegalArgumentException(a[0]);
        }
    }

    static String town(String county, int t) {
        return county + String.format("%03d", t + 1);
    }

    static String village(String county, int towns, int villages, int v) {
        int t = (int) ((long) v * towns / villages);
        return town(county, t) + String.format("%03d", v - firstVillage(towns, villages, t) + 1);
    }

    static int firstVillage(int towns, int villages, int t) {
        // smallest v with v * towns / villages == t
        return (int) Math.ceil((double) t * villages / towns);
    }

    static String grid(String village, int g) {
        return village + "-g" + String.format("%02d", g + 1);
    }

    static Date day(LocalDate d) {
        return Date.from(d.atStartOfDay(ZONE).toInstant());
    }

    static Document area(String code, String name, String level, String parent, List<String> path, long pop) {
        return new Document("_id", "a-" + code).append("code", code).append("name", name).append("level", level)
                .append("parentCode", parent).append("path", path).append("population", pop).append("urban", false)
                .append("validFrom", day(LocalDate.of(2020, 1, 1))).append("version", 1L)
                .append("createdAt", new Date()).append("createdBy", "bench-seed").append("outbox", List.of())
                .append("history", List.of()).append("successorCodes", List.of())
                .append("predecessorCodes", List.of()).append("neighbours", List.of())
                .append("_class", "org.socialpsych.grid.area.infra.AreaDocument");
    }

    static void seed(String uri, String county, int towns, int villages, int gridsPerVillage, int workers,
            int schedulesPerGrid) throws Exception {
        long t0 = System.nanoTime();
        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase db = client.getDatabase(uri.substring(uri.lastIndexOf('/') + 1));
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Future<String>> parts = new ArrayList<>();
            parts.add(pool.submit(() -> seedAreas(db, county, towns, villages, gridsPerVillage)));
            parts.add(pool.submit(() -> seedStaff(db, county, towns, villages, gridsPerVillage, workers)));
            parts.add(pool.submit(() -> seedSchedules(db, county, towns, villages, gridsPerVillage, workers,
                    schedulesPerGrid)));
            StringBuilder out = new StringBuilder();
            for (Future<String> f : parts) {
                out.append(f.get()).append(' ');
            }
            pool.shutdown();
            db.getCollection("area_tree").findOneAndUpdate(Filters.eq("_id", "generation"), Updates.inc("value", 1L),
                    new FindOneAndUpdateOptions().upsert(true));
            System.out.println(out + "seedMs=" + (System.nanoTime() - t0) / 1_000_000);
        }
    }

    static void insert(MongoCollection<Document> c, List<Document> docs) {
        for (int i = 0; i < docs.size(); i += 1000) {
            c.insertMany(docs.subList(i, Math.min(docs.size(), i + 1000)), new InsertManyOptions().ordered(false));
        }
    }

    static String seedAreas(MongoDatabase db, String county, int towns, int villages, int gpv) {
        MongoCollection<Document> c = db.getCollection("areas");
        if (c.find(Filters.eq("_id", "a-" + county)).first() != null) {
            return "areas=present";
        }
        List<Document> docs = new ArrayList<>();
        if (c.find(Filters.eq("_id", "a-" + PARENT)).first() == null) {
            docs.add(area(PARENT, "温州市", "CITY", null, List.of(PARENT), 9_650_000));
        }
        List<String> countyPath = List.of(PARENT, county);
        docs.add(area(county, "基准县", "COUNTY", PARENT, countyPath, 1_000_000));
        for (int t = 0; t < towns; t++) {
            String tc = town(county, t);
            docs.add(area(tc, "基准镇" + (t + 1), "TOWN", county, List.of(PARENT, county, tc), 30_000));
        }
        for (int v = 0; v < villages; v++) {
            String vc = village(county, towns, villages, v);
            String tc = vc.substring(0, county.length() + 3);
            docs.add(area(vc, "基准村" + (v + 1), "VILLAGE", tc, List.of(PARENT, county, tc, vc), 2_000));
            for (int g = 0; g < gpv; g++) {
                String gc = grid(vc, g);
                docs.add(area(gc, "网格" + (v + 1) + "-" + (g + 1), "GRID", vc, List.of(PARENT, county, tc, vc, gc),
                        200));
            }
        }
        insert(c, docs);
        return "areas=" + docs.size();
    }

    static Document assignment(String id, String person, String role, String grid, List<String> path) {
        Document d = new Document("_id", id).append("personId", person).append("role", role).append("gridCode", grid)
                .append("gridPath", path).append("validFrom", day(LocalDate.of(2024, 1, 1)))
                .append("openKey", person + "/" + id).append("createdAt", new Date()).append("createdBy", "bench-seed")
                .append("version", 1L).append("outbox", List.of())
                .append("_class", "org.socialpsych.grid.staff.infra.AssignmentDocument");
        if (role.equals("LEADER")) {
            d.append("activeLeaderOf", grid);
        }
        return d;
    }

    static List<String> gridPath(String county, String gc) {
        String vc = gc.substring(0, gc.indexOf("-g"));
        String tc = vc.substring(0, county.length() + 3);
        return List.of(PARENT, county, tc, vc, gc);
    }

    static String seedStaff(MongoDatabase db, String county, int towns, int villages, int gpv, int workers) {
        MongoCollection<Document> c = db.getCollection("grid_staff");
        String first = grid(village(county, towns, villages, 0), 0);
        if (c.find(Filters.eq("_id", "gs-bench-L-" + first)).first() != null) {
            return "staff=present";
        }
        List<Document> docs = new ArrayList<>();
        for (int v = 0; v < villages; v++) {
            String vc = village(county, towns, villages, v);
            for (int g = 0; g < gpv; g++) {
                String gc = grid(vc, g);
                docs.add(assignment("gs-bench-L-" + gc, "bench-leader-" + gc, "LEADER", gc, gridPath(county, gc)));
                if (v < workers) {
                    docs.add(assignment("gs-bench-W-" + gc, "bench-w-" + v, "WORKER", gc, gridPath(county, gc)));
                }
            }
        }
        insert(c, docs);
        return "staff=" + docs.size();
    }

    static String seedSchedules(MongoDatabase db, String county, int towns, int villages, int gpv, int workers,
            int perGrid) {
        MongoCollection<Document> c = db.getCollection("visit_schedules");
        String first = grid(village(county, towns, villages, 0), 0);
        if (c.find(Filters.eq("_id", "vs-r-bench-" + first + "-0")).first() != null) {
            return "schedules=present";
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Document> docs = new ArrayList<>();
        for (int v = 0; v < Math.min(workers, villages); v++) {
            String vc = village(county, towns, villages, v);
            for (int g = 0; g < gpv; g++) {
                String gc = grid(vc, g);
                for (int i = 0; i < perGrid; i++) {
                    String rid = "r-bench-" + gc + "-" + i;
                    // half due within the last days or overdue, half due in the coming weeks
                    long offsetHours = i % 2 == 0 ? -24L * (i % 10) : 24L * (7 + 3 * i);
                    Instant due = now.plus(offsetHours, ChronoUnit.HOURS);
                    docs.add(new Document("_id", "vs-" + rid).append("residentId", rid).append("gridCode", gc)
                            .append("gridKey", gc + "/" + rid).append("gridPath", gridPath(county, gc))
                            .append("intervalDays", 30).append("reasons", List.of(i % 3 == 0 ? "LIVING_ALONE_ELDERLY"
                                    : i % 3 == 1 ? "LEFT_BEHIND_CHILD" : "SMD_PATIENT"))
                            .append("anchorAt", Date.from(due.minus(30, ChronoUnit.DAYS))).append("firstVisit", false)
                            .append("dueAt", Date.from(due)).append("windowOpensAt", Date.from(due.minus(3, ChronoUnit.DAYS)))
                            .append("expiresAt", Date.from(due.plus(14, ChronoUnit.DAYS))).append("leadDays", 3)
                            .append("expireDays", 14).append("announced", "UPCOMING").append("missed", 0)
                            .append("version", 1L).append("outbox", List.of())
                            .append("_class", "org.socialpsych.grid.visit.infra.ScheduleDocument"));
                }
            }
        }
        insert(c, docs);
        return "schedules=" + docs.size();
    }

    /** The queries the service ran before: full scans on the embedded server at this size. */
    static void oldQueries(String uri, String county, int rounds) {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase db = client.getDatabase(uri.substring(uri.lastIndexOf('/') + 1));
            String town = town(county, 0);
            List<String> grids = new ArrayList<>();
            for (Document d : db.getCollection("grid_staff").find(Filters.regex("openKey", "^" + Pattern.quote("bench-w-0/")))) {
                grids.add(d.getString("gridCode"));
            }
            for (int r = 0; r < rounds; r++) {
                long a = System.nanoTime();
                int n1 = count(db.getCollection("areas").find(Filters.eq("path", county)).sort(Sorts.ascending("code")).limit(200));
                long b = System.nanoTime();
                int n2 = count(db.getCollection("areas").find(Filters.eq("path", town)).sort(Sorts.ascending("code")).limit(1000));
                long c = System.nanoTime();
                int n3 = count(db.getCollection("grid_staff").find(Filters.and(Filters.eq("personId", "bench-w-0"),
                        Filters.eq("validTo", null))));
                long d = System.nanoTime();
                int n4 = count(db.getCollection("visit_schedules").find(Filters.and(Filters.in("gridCode", grids),
                        Filters.lte("windowOpensAt", new Date()))).sort(Sorts.ascending("dueAt")).limit(200));
                long e = System.nanoTime();
                System.out.printf("old county subtree %d docs %d ms; old town subtree %d docs %d ms; "
                        + "old open assignments %d docs %d ms; old due schedules %d docs %d ms%n",
                        n1, (b - a) / 1_000_000, n2, (c - b) / 1_000_000, n3, (d - c) / 1_000_000, n4, (e - d) / 1_000_000);
            }
        }
    }

    static int count(Iterable<Document> it) {
        int n = 0;
        for (Document ignored : it) {
            n++;
        }
        return n;
    }
}
