package kz.tizim.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * End-to-end load on complaint intake over HTTP on localhost, against a running server (the
 * numbers include the server's HTTP stack, canonicalisation, COPY, set-based triage and commit):
 *
 * <ol>
 *   <li><b>bulk</b>: one {@code POST /api/v1/complaints/bulk} of {@code --urls} generated URLs
 *       (ten per registrable domain, unique per run), streamed from a generator so the driver holds
 *       none of them; reports URLs per second from the first byte sent to the 201 received;
 *   <li><b>single</b>: {@code --clients} threads each filing {@code --requests} one-URL complaints
 *       with {@code POST /api/v1/complaints} back to back, after a warm-up of {@code --warmup}
 *       requests; reports p50, p90, p99, max latency and throughput. Bounded by count and by
 *       {@code --max-seconds}.
 * </ol>
 *
 * <p>Run (server with a 512 MB heap, token of a complainant organisation as printed by the demo):
 * <pre>
 * JAVA_OPTS=-Xmx512m ./tizim demo --port 8080 &amp;
 * java -cp bench/target/benchmarks.jar kz.tizim.bench.IntakeLoadDriver --base http://localhost:8080 \
 *     --token tzm_… --urls 1000000 --clients 100 --requests 50 --warmup 500 --max-seconds 300
 * </pre>
 */
public final class IntakeLoadDriver {

    private IntakeLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        String base = option(args, "--base", "http://localhost:8080");
        String token = option(args, "--token", System.getenv().getOrDefault("TIZIM_TOKEN", ""));
        int urls = Integer.parseInt(option(args, "--urls", "1000000"));
        int clients = Integer.parseInt(option(args, "--clients", "100"));
        int requests = Integer.parseInt(option(args, "--requests", "50"));
        int warmup = Integer.parseInt(option(args, "--warmup", "500"));
        long maxSeconds = Long.parseLong(option(args, "--max-seconds", "300"));
        String phase = option(args, "--phase", "both");
        if (token.isEmpty()) {
            System.err.println("IntakeLoadDriver: --token tzm_… (a complainant organisation's token) is required");
            System.exit(2);
        }
        String run = Long.toString(System.currentTimeMillis(), 36);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        if (!phase.equals("single")) {
            bulk(client, base, token, urls, run, maxSeconds);
        }
        if (!phase.equals("bulk")) {
            single(client, base, token, clients, requests, warmup, run, maxSeconds);
        }
    }

    private static void bulk(HttpClient client, String base, String token, int urls, String run, long maxSeconds)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base
                        + "/api/v1/complaints/bulk?category=GAMBLING&description=Load+test+" + run + "&fileName=bench-"
                        + run + ".csv"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .timeout(Duration.ofSeconds(maxSeconds))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedUrls(urls, run))).build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("bulk: %d URLs, HTTP %d in %.2f s = %.0f URLs/s%n", urls, response.statusCode(), seconds,
                urls / seconds);
        String body = response.body();
        System.out.println("bulk: " + (body.length() > 600 ? body.substring(0, 600) + "…" : body));
    }

    private static void single(HttpClient client, String base, String token, int clients, int requests, int warmup,
            String run, long maxSeconds) throws InterruptedException {
        AtomicInteger sequence = new AtomicInteger();
        for (int i = 0; i < warmup; i++) {
            file(client, base, token, run, sequence.incrementAndGet());
        }
        long[] latencies = new long[clients * requests];
        AtomicInteger recorded = new AtomicInteger();
        AtomicLong failures = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] wall = new long[1];
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int r = 0; r < requests && System.nanoTime() < deadline; r++) {
                    long start = System.nanoTime();
                    int status = file(client, base, token, run, sequence.incrementAndGet());
                    long took = System.nanoTime() - start;
                    if (status == 201) {
                        latencies[recorded.getAndIncrement()] = took;
                    } else {
                        failures.incrementAndGet();
                    }
                }
            });
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        pool.shutdown();
        pool.awaitTermination(maxSeconds + 30, TimeUnit.SECONDS);
        wall[0] = System.nanoTime() - start;
        int n = recorded.get();
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        System.out.printf("single: %d clients, %d complaints filed (%d failed) in %.2f s = %.0f/s; latency ms"
                        + " p50 %.1f p90 %.1f p99 %.1f max %.1f%n", clients, n, failures.get(), wall[0] / 1e9,
                n / (wall[0] / 1e9), ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99),
                n == 0 ? 0 : sorted[n - 1] / 1e6);
    }

    private static int file(HttpClient client, String base, String token, String run, int n) {
        String json = "{\"category\":\"GAMBLING\",\"description\":\"Load test\",\"locators\":[\"http://single-" + run
                + "-" + (n % 5000) + ".test/p/" + n + "\"]}";
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/complaints"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    /** CSV of {@code count} URLs, ten per registrable domain, generated as it is read. */
    private static final class GeneratedUrls extends InputStream {
        private final int count;
        private final String run;
        private int next;
        private byte[] line = new byte[0];
        private int position;

        GeneratedUrls(int count, String run) {
            this.count = count;
            this.run = run;
        }

        @Override
        public int read() {
            if (position == line.length && !refill()) {
                return -1;
            }
            return line[position++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int written = 0;
            while (written < length) {
                if (position == line.length && !refill()) {
                    return written == 0 ? -1 : written;
                }
                int n = Math.min(length - written, line.length - position);
                System.arraycopy(line, position, buffer, offset + written, n);
                position += n;
                written += n;
            }
            return written;
        }

        private boolean refill() {
            if (next == count) {
                return false;
            }
            StringBuilder block = new StringBuilder(64 * 256);
            for (int i = 0; i < 256 && next < count; i++, next++) {
                block.append("https://www.casino").append(next / 10).append('-').append(run)
                        .append(".test/play/").append(next).append("?ref=bench\n");
            }
            line = block.toString().getBytes(StandardCharsets.US_ASCII);
            position = 0;
            return true;
        }
    }
}
