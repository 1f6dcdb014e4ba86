import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The intake baseline: THREADS submitters, each on its own connection, for SECONDS, each submission one transaction
 * writing what inquiry-service's POST /api/v1/requests writes, in the same order: the year's counter row (taken first
 * and locked to the end, which makes the tracking numbers gapless), the request row with the same values as the
 * benchmark's body (applicant, description, hashes, dates), its history row and its outbox event. No HTTP, no JSON
 * reading, no validation, no clock: the due date is a constant. Prints one line:
 * {@code requests=N seconds=S per_second=R p50_ms=A p99_ms=B errors=E}.
 * usage: java -cp postgresql.jar IntakeBench.java JDBC_URL USER PASSWORD SECONDS THREADS
 */
public class IntakeBench {

    static final String COUNTER = "INSERT INTO request_counter (year, last) VALUES (?, 1) "
            + "ON CONFLICT (year) DO UPDATE SET last = request_counter.last + 1 RETURNING last";
    static final String REQUEST = "INSERT INTO request (id, tracking_no, status, channel, received_at, effective_receipt, due_date, "
            + "extension_days, applicant_type, applicant_sub_type, applicant_name, applicant_id_number, applicant_phone, applicant_email, "
            + "applicant_address, description, document_number, document_date, purpose, delivery_form, delivery_method, own_information, "
            + "identity_verified, access_code_hash, idempotency_key, request_hash, version, created_at, updated_at) "
            + "VALUES (?, ?, 'RECEIVED', 'ONLINE', ?, ?, ?, 0, 'NATURAL_PERSON', NULL, ?, ?, ?, ?, ?, ?, ?, NULL, ?, 'ELECTRONIC', 'EMAIL', "
            + "false, false, ?, NULL, ?, 0, ?, ?)";
    static final String HISTORY = "INSERT INTO request_history (request_id, at, step, actor_role, actor, reason) "
            + "VALUES (?, ?, 'RECEIVE', 'APPLICANT', NULL, 'received by ONLINE')";
    static final String OUTBOX = "INSERT INTO outbox (id, type, aggregate_id, occurred_at, payload) VALUES (?, 'request.received', ?, ?, ?::jsonb)";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final SecureRandom RANDOM = new SecureRandom();

    public static void main(String[] args) throws Exception {
        String url = args[0], user = args[1], password = args[2];
        int seconds = Integer.parseInt(args[3]), threads = Integer.parseInt(args[4]);
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch ready = new CountDownLatch(threads), done = new CountDownLatch(threads);
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[threads], errors = new int[threads];
        for (int t = 0; t < threads; t++) {
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            int me = t;
            Thread worker = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    c.setAutoCommit(false);
                    ready.countDown();
                    ready.await();
                    while (running.get()) {
                        long started = System.nanoTime();
                        try {
                            submit(c);
                            c.commit();
                            if (counts[me] < mine.length) {
                                mine[counts[me]] = System.nanoTime() - started;
                            }
                            counts[me]++;
                        } catch (Exception e) {
                            c.rollback();
                            errors[me]++;
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            });
            worker.start();
        }
        ready.await();
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        running.set(false);
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long total = Arrays.stream(counts).sum();
        long[] all = new long[(int) Math.min(total, Integer.MAX_VALUE)];
        int k = 0;
        for (int t = 0; t < threads; t++) {
            int n = Math.min(counts[t], latencies.get(t).length);
            System.arraycopy(latencies.get(t), 0, all, k, n);
            k += n;
        }
        long[] sorted = Arrays.copyOf(all, k);
        Arrays.sort(sorted);
        System.out.printf("requests=%d seconds=%.1f per_second=%.0f p50_ms=%.2f p99_ms=%.2f errors=%d%n", total, elapsed, total / elapsed,
                percentile(sorted, 0.50), percentile(sorted, 0.99), Arrays.stream(errors).sum());
    }

    static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static void submit(Connection c) throws Exception {
        OffsetDateTime now = OffsetDateTime.now();
        int year = now.atZoneSameInstant(ZONE).getYear();
        int n;
        try (PreparedStatement ps = c.prepareStatement(COUNTER)) {
            ps.setInt(1, year);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                n = rs.getInt(1);
            }
        }
        UUID id = UUID.randomUUID();
        String trackingNo = String.format("YSQ-%d-%06d", year, n);
        LocalDate effective = now.atZoneSameInstant(ZONE).toLocalDate();
        LocalDate due = effective.plusDays(21);
        Timestamp at = Timestamp.from(now.toInstant());
        try (PreparedStatement ps = c.prepareStatement(REQUEST)) {
            int i = 1;
            ps.setObject(i++, id);
            ps.setString(i++, trackingNo);
            ps.setObject(i++, now);
            ps.setObject(i++, effective);
            ps.setObject(i++, due);
            ps.setString(i++, "张三");
            ps.setString(i++, "220102199001011234");
            ps.setString(i++, "13800000000");
            ps.setString(i++, "zhang.san@example.cn");
            ps.setString(i++, "吉林省长春市南关区人民大街1号");
            ps.setString(i++, "请公开2021年学校基本建设项目的招标文件及中标结果，包括项目名称、中标单位和中标金额。");
            ps.setString(i++, "长大发〔2021〕12号");
            ps.setString(i++, "了解学校基本建设情况");
            ps.setString(i++, sha256(code()));
            ps.setString(i++, sha256(trackingNo));
            ps.setObject(i++, now);
            ps.setObject(i++, now);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(HISTORY)) {
            ps.setObject(1, id);
            ps.setTimestamp(2, at);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(OUTBOX)) {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, id);
            ps.setObject(3, now);
            ps.setString(4, "{\"trackingNo\":\"" + trackingNo + "\",\"receivedAt\":\"" + now + "\",\"effectiveReceipt\":\"" + effective
                    + "\",\"dueDate\":\"" + due + "\",\"channel\":\"ONLINE\",\"applicantType\":\"NATURAL_PERSON\",\"applicantSubType\":null,"
                    + "\"ownPersonalInformation\":false}");
            ps.executeUpdate();
        }
    }

    static String code() {
        char[] alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
        char[] code = new char[20];
        for (int i = 0; i < code.length; i++) {
            code[i] = alphabet[RANDOM.nextInt(32)];
        }
        return new String(code);
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
