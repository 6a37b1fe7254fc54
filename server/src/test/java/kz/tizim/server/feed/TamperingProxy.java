package kz.tizim.server.feed;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A man in the middle between the operator and the server: forwards every request and flips one
 * byte in feed bodies (not in manifests or signatures), as a compromised mirror or cache would.
 */
final class TamperingProxy implements AutoCloseable {

    private final HttpServer server;

    TamperingProxy(int upstreamPort) throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try {
                String target = "http://localhost:" + upstreamPort + exchange.getRequestURI();
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target))
                        .method(exchange.getRequestMethod(),
                                HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()));
                exchange.getRequestHeaders().forEach((name, values) -> {
                    if (name.equalsIgnoreCase("Authorization") || name.equalsIgnoreCase("Content-Type")) {
                        values.forEach(v -> request.header(name, v));
                    }
                });
                HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                byte[] body = response.body();
                String path = exchange.getRequestURI().getPath();
                if ((path.equals("/feeds/v1/snapshot") || path.equals("/feeds/v1/delta")) && body.length > 20) {
                    body[body.length / 2] ^= 0x01;
                }
                exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
            }
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
