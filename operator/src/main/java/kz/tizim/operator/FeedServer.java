package kz.tizim.operator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import kz.tizim.match.feed.FlatJson;

/** The Tizim server's feed endpoints, over HTTP with the ISP's bearer token. */
final class FeedServer {

    /** The server answered something other than success. */
    static final class HttpFailure extends IOException {
        private static final long serialVersionUID = 1L;
        final int status;

        HttpFailure(String path, int status, String body) {
            super(path + " answered HTTP " + status + (body.isBlank() ? "" : ": " + body.strip()));
            this.status = status;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String base;
    private final String token;

    FeedServer(String baseUrl, String token) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.token = token;
    }

    byte[] bytes(String path) throws IOException {
        HttpResponse<byte[]> response = send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new HttpFailure(path, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    /** Streams a body into {@code file} (never into memory). */
    void download(String path, Path file) throws IOException {
        HttpResponse<Path> response = send(request(path).GET().build(), HttpResponse.BodyHandlers.ofFile(file));
        if (response.statusCode() != 200) {
            throw new HttpFailure(path, response.statusCode(), "");
        }
    }

    void acknowledge(long serial) throws IOException {
        String json = new FlatJson.Writer().number("serial", serial).toString();
        HttpResponse<String> response = send(request("/feeds/v1/ack").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new HttpFailure("/feeds/v1/ack", response.statusCode(), response.body());
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token)
                .header("User-Agent", "tizim-operator/0.1");
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            return client.send(request, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
