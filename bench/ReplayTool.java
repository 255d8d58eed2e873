import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.admin.AdminClient;
import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * Resets reporting-service's read side so it rebuilds from the topics: deletes its consumer groups
 * and drops its read-model collections. Run only while reporting-service is stopped.
 * java -cp "$(cat var/bench.cp)" bench/ReplayTool.java <bootstrap> <mongoUri of reporting>
 */
public class ReplayTool {
    public static void main(String[] a) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", a[0]);
        try (AdminClient admin = AdminClient.create(p)) {
            admin.deleteConsumerGroups(List.of("reporting-service.facts", "reporting-service.areas")).all().get();
        }
        try (MongoClient client = MongoClients.create(a[1])) {
            var db = client.getDatabase("reporting");
            for (String c : List.of("facts", "kpi_cells", "dirty_cells", "area_directory")) {
                db.getCollection(c).drop();
            }
            System.out.println("reset: consumer groups deleted, read models dropped; facts left="
                    + db.getCollection("facts").countDocuments(new Document()));
        }
    }
}
