import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Event-to-figure lag (issue 17): pushes items one PUT at a time through the gateway at a steady RATE per second
 * (open loop: item k is sent at start + k / RATE, whatever the answers before it), and polls stats-service's
 * figure of the measured unit every POLL_MS.
 *
 * The load runs in three phases on one schedule, all at RATE:
 *   warm-up  WARMUP seconds, items of WARM_UNIT (the JVMs reach their steady speed; not measured);
 *   measured DURATION seconds, items of UNIT, whose figure starts at 0;
 *   tail     items of WARM_UNIT again, until UNIT's figure has counted every measured item (or DRAIN seconds pass),
 *            so that the last measured items are applied under the same load as the first.
 * Each item: {@code PUT /api/v1/sources/SOURCE/items/EXTERNAL_ID}, published now, posted on PORTAL. Its push is
 * acknowledged at t_i (the 201 arrives). Poll: {@code GET STATS/api/v1/stats/channels?unit=UNIT&from=&to=} (total of
 * the unit's postings around today). When a poll answered at s first shows the total at n, the measured items that
 * are n-th and earlier in order of acknowledgement and not yet seen get the lag s - t_i. s is the moment the poll's
 * answer arrived, so a lag is overstated by up to one poll interval plus the poll's own time.
 *
 * usage: java -cp JACKSON LagBench.java GATEWAY_URL API_KEY SOURCE UNIT WARM_UNIT STATS_URL RATE WARMUP DURATION POLL_MS DRAIN LAGS_FILE
 * Prints key=value lines (see the end of main); writes every measured item's ack time and lag (ms) to LAGS_FILE.
 */
public class LagBench {

    static final ZoneId BUSINESS = ZoneId.of("Asia/Shanghai");
    static final int MAX_IN_FLIGHT = 64;

    public static void main(String[] args) throws Exception {
        if (args.length != 12) {
            System.err.println("usage: java -cp JACKSON LagBench.java GATEWAY_URL API_KEY SOURCE UNIT WARM_UNIT STATS_URL RATE "
                    + "WARMUP DURATION POLL_MS DRAIN LAGS_FILE");
            System.exit(2);
        }
        String gateway = args[0], key = args[1], source = args[2], unit = args[3], warmUnit = args[4], stats = args[5];
        double rate = Double.parseDouble(args[6]);
        int warmup = Integer.parseInt(args[7]), duration = Integer.parseInt(args[8]), pollMs = Integer.parseInt(args[9]);
        int drain = Integer.parseInt(args[10]);
        Path lagsFile = Path.of(args[11]);

        HttpClient pushClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpClient pollClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        LocalDate today = LocalDate.now(BUSINESS);
        URI figure = URI.create(stats + "/api/v1/stats/channels?unit=" + unit + "&from=" + today.minusDays(1) + "&to=" + today.plusDays(1));
        ObjectMapper json = new ObjectMapper();

        long baseline = total(pollClient, json, figure);
        if (baseline != 0) {
            throw new IllegalStateException("the figure of " + unit + " is " + baseline + " before the run; it must start at 0");
        }

        long period = Math.round(1e9 / rate);
        int warmItems = (int) Math.round(warmup * rate);
        int measuredItems = (int) Math.round(duration * rate);
        String run = Long.toString(System.currentTimeMillis(), 36);

        long[] sent = new long[measuredItems];
        long[] acked = new long[measuredItems];
        Arrays.fill(acked, -1);
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger warmFailures = new AtomicInteger();
        StringBuffer firstFailure = new StringBuffer();
        AtomicLong maxSlip = new AtomicLong();
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);

        // the poller: one GET every pollMs (the next one at once when a GET took longer), from the first measured push
        List<long[]> rises = new ArrayList<>();      // {answered at (ns), total}
        List<Long> pollTimes = new ArrayList<>();    // each poll's own time (ns)
        long[] lastTotal = {0};
        AtomicInteger pollErrors = new AtomicInteger();
        Flags flags = new Flags();

        long start = System.nanoTime();
        long measuredFrom = start + warmItems * period;
        Thread poller = new Thread(() -> {
            long next = measuredFrom;
            while (!flags.stopPolling) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                long asked = System.nanoTime();
                long t;
                try {
                    t = total(pollClient, json, figure);
                } catch (Exception e) {
                    pollErrors.incrementAndGet();
                    next = Math.max(next + pollMs * 1_000_000L, System.nanoTime());
                    continue;
                }
                long answered = System.nanoTime();
                synchronized (rises) {
                    pollTimes.add(answered - asked);
                    if (t > lastTotal[0]) {
                        rises.add(new long[] {answered, t});
                        lastTotal[0] = t;
                    }
                }
                if (flags.pushedAll && t >= flags.expected) {
                    flags.seenAll = true;
                }
                next = Math.max(next + pollMs * 1_000_000L, System.nanoTime());
            }
        }, "poller");
        poller.setDaemon(true);
        poller.start();

        long drainDeadline = Long.MAX_VALUE;
        int tailItems = 0;
        for (int k = 0; ; k++) {
            boolean measured = k >= warmItems && k < warmItems + measuredItems;
            boolean tail = k >= warmItems + measuredItems;
            if (tail) {
                if (drainDeadline == Long.MAX_VALUE) {
                    // every measured push is answered before the figure can be checked against their count
                    inFlight.acquire(MAX_IN_FLIGHT);
                    inFlight.release(MAX_IN_FLIGHT);
                    int ok = 0;
                    for (long a : acked) {
                        ok += a >= 0 ? 1 : 0;
                    }
                    flags.expected = ok;
                    flags.pushedAll = true;
                    drainDeadline = System.nanoTime() + drain * 1_000_000_000L;
                }
                if (flags.seenAll || System.nanoTime() > drainDeadline) {
                    break;
                }
                tailItems++;
            }
            long due = start + k * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.acquire();
            long now = System.nanoTime();
            if (measured) {
                maxSlip.accumulateAndGet(now - due, Math::max);
            }
            int index = k - warmItems;
            String itemUnit = measured ? unit : warmUnit;
            String externalId = (measured ? "lag-" : tail ? "tail-" : "warm-") + run + "-" + k;
            String published = OffsetDateTime.now(BUSINESS).truncatedTo(ChronoUnit.MILLIS).toString();
            String body = "{\"title\":\"事件到统计时延基准 " + k + "\",\"unit\":\"" + itemUnit + "\",\"publishedAt\":\"" + published
                    + "\",\"postings\":[{\"channel\":\"PORTAL\",\"url\":\"https://www.example.edu.cn/bench/" + externalId + ".htm\"}]}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/sources/" + source + "/items/" + externalId))
                    .timeout(Duration.ofSeconds(30)).header("X-Api-Key", key).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
            if (measured) {
                sent[index] = now;
            }
            pushClient.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                long at = System.nanoTime();
                if (error == null && response.statusCode() == 201) {
                    if (measured) {
                        acked[index] = at;
                    }
                } else {
                    (measured ? failures : warmFailures).incrementAndGet();
                    if (firstFailure.length() == 0) {
                        firstFailure.append(error != null ? error.toString()
                                : response.statusCode() + " " + response.body().substring(0, Math.min(300, response.body().length())));
                    }
                }
                inFlight.release();
            });
        }
        inFlight.acquire(MAX_IN_FLIGHT);
        long endedAt = System.nanoTime();
        flags.stopPolling = true;
        poller.join(5000);

        // lags: measured items in order of acknowledgement against the rises of the figure
        long[] ackOrder = Arrays.stream(acked).filter(a -> a >= 0).sorted().toArray();
        int expected = ackOrder.length;
        double[] lags = new double[expected];
        int matched = 0;
        long finalTotal;
        synchronized (rises) {
            finalTotal = lastTotal[0];
            for (long[] rise : rises) {
                int upTo = (int) Math.min(rise[1], expected);
                for (; matched < upTo; matched++) {
                    lags[matched] = (rise[0] - ackOrder[matched]) / 1e6;
                }
            }
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(lagsFile))) {
            out.println("# ack_ms_after_first_measured_send lag_ms (in order of acknowledgement)");
            long origin = sent.length > 0 ? sent[0] : start;
            for (int i = 0; i < matched; i++) {
                out.printf("%.1f %.1f%n", (ackOrder[i] - origin) / 1e6, lags[i]);
            }
        }
        double[] seen = Arrays.copyOf(lags, matched);
        Arrays.sort(seen);
        double[] pushLatency = new double[expected];
        int p = 0;
        for (int i = 0; i < measuredItems; i++) {
            if (acked[i] >= 0) {
                pushLatency[p++] = (acked[i] - sent[i]) / 1e6;
            }
        }
        Arrays.sort(pushLatency);
        double[] polls;
        synchronized (rises) {
            polls = pollTimes.stream().mapToDouble(t -> t / 1e6).sorted().toArray();
        }
        double pushSeconds = measuredItems > 0 && expected > 0
                ? (Arrays.stream(acked).filter(a -> a >= 0).max().getAsLong() - sent[0]) / 1e9 : 0;

        System.out.printf("measured_items=%d acknowledged=%d failed=%d warm_items=%d tail_items=%d warm_or_tail_failed=%d%n",
                measuredItems, expected, failures.get(), warmItems, tailItems, warmFailures.get());
        System.out.printf("rate_target=%.0f rate_achieved=%.1f push_seconds=%.2f max_send_slip_ms=%.1f%n",
                rate, pushSeconds > 0 ? expected / pushSeconds : 0, pushSeconds, maxSlip.get() / 1e6);
        System.out.printf("push_p50_ms=%.1f push_p99_ms=%.1f push_max_ms=%.1f%n",
                pct(pushLatency, 50), pct(pushLatency, 99), pct(pushLatency, 100));
        System.out.printf("seen=%d final_total=%d unseen=%d%n", matched, finalTotal, expected - matched);
        System.out.printf("lag_min_ms=%.0f lag_p50_ms=%.0f lag_p90_ms=%.0f lag_p99_ms=%.0f lag_max_ms=%.0f%n",
                pct(seen, 0), pct(seen, 50), pct(seen, 90), pct(seen, 99), pct(seen, 100));
        System.out.printf("polls=%d poll_errors=%d poll_interval_ms=%d poll_p50_ms=%.1f poll_p99_ms=%.1f poll_max_ms=%.1f%n",
                polls.length, pollErrors.get(), pollMs, pct(polls, 50), pct(polls, 99), pct(polls, 100));
        System.out.printf("total_seconds=%.1f generator_cpu_s=%.1f%n", (endedAt - start) / 1e9,
                ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime() / 1e9);
        // the lag over the measured period, per 10 s of acknowledgement
        long origin = sent.length > 0 ? sent[0] : start;
        for (int from = 0; ; from += 10) {
            List<Double> in = new ArrayList<>();
            boolean later = false;
            for (int i = 0; i < matched; i++) {
                double at = (ackOrder[i] - origin) / 1e9;
                if (at >= from && at < from + 10) {
                    in.add(lags[i]);
                } else if (at >= from + 10) {
                    later = true;
                }
            }
            if (!in.isEmpty()) {
                double[] w = in.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                System.out.printf("window from_s=%d to_s=%d items=%d lag_p50_ms=%.0f lag_p99_ms=%.0f lag_max_ms=%.0f%n",
                        from, from + 10, w.length, pct(w, 50), pct(w, 99), pct(w, 100));
            }
            if (!later) {
                break;
            }
        }
        if (firstFailure.length() > 0) {
            System.out.println("first_failure=" + firstFailure.toString().replace('\n', ' '));
        }
    }

    static final class Flags {
        volatile boolean stopPolling;
        volatile boolean pushedAll;
        volatile boolean seenAll;
        volatile long expected = Long.MAX_VALUE;
    }

    static long total(HttpClient client, ObjectMapper json, URI figure) throws Exception {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(figure).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + figure + " answered " + response.statusCode() + ": " + new String(response.body()));
        }
        JsonNode node = json.readTree(response.body());
        if (!node.path("total").canConvertToLong()) {
            throw new IllegalStateException("GET " + figure + " has no total: " + new String(response.body()));
        }
        return node.path("total").asLong();
    }

    /** Nearest-rank percentile of sorted values (0: the least, 100: the greatest); NaN when there are none. */
    static double pct(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        if (q <= 0) {
            return sorted[0];
        }
        int rank = (int) Math.ceil(q / 100 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }
}
