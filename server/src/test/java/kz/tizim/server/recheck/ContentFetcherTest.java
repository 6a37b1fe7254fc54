package kz.tizim.server.recheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContentFetcherTest {

    static HttpServer site;
    static String base;

    @BeforeAll
    static void startSite() throws IOException {
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/film", exchange -> answer(exchange, 200, "pirated film page"));
        site.createContext("/removed", exchange -> answer(exchange, 404, "not here"));
        site.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/film");
            answer(exchange, 302, "");
        });
        site.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            answer(exchange, 302, "");
        });
        site.createContext("/to-metadata", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            answer(exchange, 302, "");
        });
        site.createContext("/huge", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            try (var body = exchange.getResponseBody()) {
                for (int i = 0; i < 64; i++) {
                    body.write(chunk);
                }
            }
        });
        site.start();
        base = "http://127.0.0.1:" + site.getAddress().getPort();
    }

    @AfterAll
    static void stopSite() {
        site.stop(0);
    }

    /** Loopback is allowed here only because the test site lives there. */
    private static ContentFetcher fetcher(List<String> allowed) {
        return new ContentFetcher(new RecheckProperties(Duration.ofSeconds(2), Duration.ofSeconds(5), 1024 * 1024, 3,
                allowed), Clock.systemUTC());
    }

    @Test
    void contentStillThereIsHashed() {
        var result = fetcher(List.of("127.0.0.0/8")).fetch(base + "/film");

        assertThat(result).isInstanceOfSatisfying(FetchResult.Answered.class, answered -> {
            assertThat(answered.status()).isEqualTo(200);
            assertThat(answered.contentGone()).isFalse();
            assertThat(answered.sha256()).isEqualTo(
                    kz.tizim.server.document.DocumentHash.sha256("pirated film page".getBytes(StandardCharsets.UTF_8)));
        });
    }

    @Test
    void removedContentCountsAsGone() {
        var result = (FetchResult.Answered) fetcher(List.of("127.0.0.0/8")).fetch(base + "/removed");

        assertThat(result.contentGone()).isTrue();
    }

    @Test
    void redirectsAreFollowedAndRecorded() {
        var result = (FetchResult.Answered) fetcher(List.of("127.0.0.0/8")).fetch(base + "/moved");

        assertThat(result.finalUrl()).isEqualTo(base + "/film");
        assertThat(result.requestedUrl()).isEqualTo(base + "/moved");
    }

    @Test
    void redirectLoopsEnd() {
        assertThat(fetcher(List.of("127.0.0.0/8")).fetch(base + "/loop"))
                .isInstanceOfSatisfying(FetchResult.Unreachable.class,
                        unreachable -> assertThat(unreachable.reason()).contains("redirects"));
    }

    @Test
    void aRedirectIntoTheCloudMetadataServiceIsRefused() {
        assertThat(fetcher(List.of("127.0.0.0/8")).fetch(base + "/to-metadata"))
                .isInstanceOfSatisfying(FetchResult.Refused.class,
                        refused -> assertThat(refused.reason()).contains("169.254.169.254"));
    }

    @Test
    void bodiesAreCutAtTheSizeLimit() {
        var result = (FetchResult.Answered) fetcher(List.of("127.0.0.0/8")).fetch(base + "/huge");

        assertThat(result.truncated()).isTrue();
        assertThat(result.bytesRead()).isEqualTo(1024 * 1024);
    }

    @Test
    void internalAddressesAreRefusedWithoutConnecting() {
        ContentFetcher production = fetcher(List.of());

        assertThat(production.fetch(base + "/film")).isInstanceOf(FetchResult.Refused.class);
        assertThat(production.fetch("http://10.1.2.3/")).isInstanceOf(FetchResult.Refused.class);
        assertThat(production.fetch("http://[::1]/")).isInstanceOf(FetchResult.Refused.class);
        assertThat(production.fetch("http://100.64.0.1/")).isInstanceOf(FetchResult.Refused.class);
        assertThat(production.fetch("http://[fd00::1]/")).isInstanceOf(FetchResult.Refused.class);
        assertThat(production.fetch("file:///etc/passwd")).isInstanceOfSatisfying(FetchResult.Refused.class,
                refused -> assertThat(refused.reason()).contains("only http and https"));
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
