import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Push throughput: the same batches (NDJSON from ItemGenerator, one {"records": [...]} per line) either
 * through the push API, or as plain JDBC batch inserts into the same item table, 500 rows per batch and
 * transaction. Two baselines:
 * - rows: the rows the API stored, exported after its run (mode export: COPY, text format), inserted again
 *   column for column (search vector, stored JSON, source and external id included): the cost of the
 *   rows themselves, so the ratio is what the API adds;
 * - jdbc: rows made straight from the records (no search vector, the record as its stored JSON), the
 *   baseline of the earlier runs, kept for comparison.
 *
 * usage: java -cp JDBC_AND_JACKSON_JARS PushBench.java api  FILE BASE_URL TOKEN [SOURCE]
 *        java -cp JDBC_AND_JACKSON_JARS PushBench.java export ROWS_FILE JDBC_URL USER PASSWORD
 *        java -cp JDBC_AND_JACKSON_JARS PushBench.java rows ROWS_FILE JDBC_URL USER PASSWORD
 *        java -cp JDBC_AND_JACKSON_JARS PushBench.java jdbc FILE JDBC_URL USER PASSWORD
 * Prints "records=N seconds=S records_per_second=R" (export: the rows written, untimed).
 */
public class PushBench {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        long started = System.nanoTime();
        long records = switch (args[0]) {
            case "api" -> api(file, args[2], args[3], args.length > 4 ? args[4] : "portal-cms");
            case "jdbc" -> jdbc(file, args[2], args[3], args.length > 4 ? args[4] : "");
            case "rows" -> rows(file, args[2], args[3], args.length > 4 ? args[4] : "");
            case "export" -> export(file, args[2], args[3], args.length > 4 ? args[4] : "");
            default -> throw new IllegalArgumentException("mode is api, export, rows or jdbc");
        };
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("records=%d seconds=%.1f records_per_second=%.0f%n", records, seconds, records / seconds);
    }

    static long api(Path file, String base, String token, String source) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create(base + "/api/v1/sources/" + source + "/items:batch");
        long records = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(line)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200 || !response.body().contains("\"rejected\":0")) {
                    throw new IllegalStateException("batch failed: " + response.statusCode() + " "
                            + response.body().substring(0, Math.min(400, response.body().length())));
                }
                records += countRecords(line);
            }
        }
        return records;
    }

    static long countRecords(String line) {
        int n = 0;
        int i = 0;
        while ((i = line.indexOf("\"externalId\"", i)) >= 0) {
            n++;
            i++;
        }
        return n;
    }

    static long jdbc(Path file, String url, String user, String password) throws Exception {
        ObjectMapper json = new ObjectMapper();
        String sql = "INSERT INTO item (id, title, summary, body, checklist, checklist_item, category, unit, audience, status, "
                + "published_at, produced_at, attachments, source, external_id, version, created_at, updated_at, view_json, summary_json) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?::jsonb, NULL, NULL, 1, now(), now(), ?, ?)";
        long records = 0;
        try (Connection c = DriverManager.getConnection(url, user, password);
             BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            c.setAutoCommit(false);
            int[] categoryOf = new int[51];
            int[][] ranges = {{1, 6}, {7, 14}, {15, 21}, {22, 26}, {27, 35}, {36, 39}, {40, 42}, {43, 46}, {47, 48}, {49, 50}};
            for (int k = 0; k < ranges.length; k++) {
                for (int n = ranges[k][0]; n <= ranges[k][1]; n++) {
                    categoryOf[n] = k + 1;
                }
            }
            String line;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                while ((line = in.readLine()) != null) {
                    for (JsonNode r : json.readTree(line).get("records")) {
                        int i = 1;
                        ps.setObject(i++, UUID.randomUUID());
                        ps.setString(i++, r.get("title").asText());
                        ps.setString(i++, r.path("summary").asText(null));
                        ps.setString(i++, r.path("body").asText(null));
                        String item = r.path("checklistItem").asText(null);
                        ps.setString(i++, item == null ? null : "2014");
                        ps.setString(i++, item);
                        if (item == null) {
                            ps.setNull(i++, Types.INTEGER);
                        } else {
                            ps.setInt(i++, categoryOf[Integer.parseInt(item)]);
                        }
                        ps.setString(i++, r.get("unit").asText());
                        ps.setString(i++, r.path("audience").asText("PUBLIC"));
                        ps.setObject(i++, OffsetDateTime.parse(r.get("publishedAt").asText()));
                        ps.setObject(i++, r.hasNonNull("producedAt") ? java.time.LocalDate.parse(r.get("producedAt").asText()) : null);
                        ps.setString(i++, r.has("attachments") ? r.get("attachments").toString() : "[]");
                        ps.setString(i++, r.toString());
                        ps.setString(i++, "{}");
                        ps.addBatch();
                        records++;
                    }
                    ps.executeBatch();
                    c.commit();
                }
            }
        }
        return records;
    }

    /** The columns the API writes, in the order of {@link #ROWS_SQL} and of the exported file. */
    static final String ROW_COLUMNS = "id, title, summary, body, checklist, checklist_item, category, unit, audience, "
            + "status, published_at, produced_at, withdrawn_at, withdraw_reason, attachments, source, external_id, "
            + "content_hash, version, created_at, updated_at, search_vector, view_json, summary_json";
    static final String ROWS_SQL = "INSERT INTO item (" + ROW_COLUMNS + ") VALUES (?::uuid, ?, ?, ?, ?, ?, ?::int, ?, ?, ?, "
            + "?::timestamptz, ?::date, ?::timestamptz, ?, ?::jsonb, ?, ?, ?, ?::bigint, ?::timestamptz, ?::timestamptz, "
            + "?::tsvector, ?, ?)";

    /** Writes the stored rows, in the columns and order {@link #rows} reads, to a file in COPY's text format. */
    static long export(Path file, String url, String user, String password) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password);
             java.io.Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String columns = ROW_COLUMNS.replace("search_vector", "search_vector::text");
            return new org.postgresql.copy.CopyManager(c.unwrap(org.postgresql.core.BaseConnection.class))
                    .copyOut("COPY (SELECT " + columns + " FROM item ORDER BY created_at, external_id) TO STDOUT", out);
        }
    }

    static long rows(Path file, String url, String user, String password) throws Exception {
        long records = 0;
        try (Connection c = DriverManager.getConnection(url, user, password);
             BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             PreparedStatement ps = c.prepareStatement(ROWS_SQL)) {
            c.setAutoCommit(false);
            String line;
            int inBatch = 0;
            while ((line = in.readLine()) != null) {
                String[] fields = line.split("\t", -1);
                for (int k = 0; k < fields.length; k++) {
                    ps.setString(k + 1, copyText(fields[k]));
                }
                ps.addBatch();
                records++;
                if (++inBatch == 500) {
                    ps.executeBatch();
                    c.commit();
                    inBatch = 0;
                }
            }
            if (inBatch > 0) {
                ps.executeBatch();
                c.commit();
            }
        }
        return records;
    }

    /** A field of COPY's text format: \N is null, backslash escapes the rest. */
    static String copyText(String field) {
        if (field.equals("\\N")) {
            return null;
        }
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char ch = field.charAt(i);
            if (ch != '\\' || i + 1 == field.length()) {
                out.append(ch);
                continue;
            }
            char next = field.charAt(++i);
            out.append(switch (next) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'v' -> (char) 11;
                default -> next;
            });
        }
        return out.toString();
    }
}
