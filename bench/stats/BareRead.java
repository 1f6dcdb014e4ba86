import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The catch-up's baseline: reads the same feed pages as the consumer (pages of LIMIT from position 0 to the head,
 * one after another), parses each into a tree and reads every event's fields, and applies nothing.
 * usage: java -cp jackson BareRead.java FEED_URL LIMIT  -> "events=N seconds=S events_per_second=R"
 */
public class BareRead {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        int limit = Integer.parseInt(args[1]);
        HttpClient client = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        String after = "0";
        long events = 0;
        long checksum = 0;
        long started = System.nanoTime();
        while (true) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/internal/v1/events?after=" + after + "&limit=" + limit))
                    .header("X-Service-Credential", "bench").build();
            JsonNode page = json.readTree(client.send(request, HttpResponse.BodyHandlers.ofByteArray()).body());
            for (JsonNode e : page.path("events")) {
                checksum += e.path("id").asText().length() + e.path("type").asText().length() + e.path("aggregateId").asText().length()
                        + e.path("occurredAt").asText().length() + e.path("payload").size();
                events++;
            }
            after = page.path("nextPosition").asText();
            if (page.path("lag").asLong() == 0) {
                break;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("events=%d seconds=%.1f events_per_second=%.0f checksum=%d%n", events, seconds, events / seconds, checksum);
    }
}
