import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Fallback HTTP client for bin/stack where curl is missing: java bin/StackHttp.java METHOD URL [BODY] [TOKEN] [IDEMPOTENCY_KEY]. */
public class StackHttp {
    public static void main(String[] a) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(a[1])).timeout(Duration.ofSeconds(15));
            String body = a.length > 2 ? a[2] : "";
            b.method(a[0], body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (!body.isEmpty()) b.header("Content-Type", "application/json");
            if (a.length > 3 && !a[3].isEmpty()) b.header("Authorization", "Bearer " + a[3]);
            if (a.length > 4 && !a[4].isEmpty()) b.header("Idempotency-Key", a[4]);
            HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
            System.out.println(r.statusCode() + " " + r.body());
        } catch (Exception e) {
            System.out.println("000 " + e);
        }
    }
}
