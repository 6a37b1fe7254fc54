package kz.tizim.server.recheck;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Fetches a restricted URL to see whether its content is still there: timeouts, a size limit,
 * a bounded number of redirects each re-checked against {@link AddressGuard}, only http and https.
 *
 * <p>Remaining gap, stated honestly: the JDK client resolves the name again when it connects, so a
 * hostile DNS server could answer differently the second time (DNS rebinding). Run re-checks from a
 * network segment that cannot reach internal services as the second line of defence.
 */
@Service
public class ContentFetcher {

    private final RecheckProperties properties;
    private final AddressGuard guard;
    private final HttpClient client;
    private final Clock clock;

    ContentFetcher(RecheckProperties properties, Clock clock) {
        this.properties = properties;
        this.guard = new AddressGuard(properties.allowedNetworks());
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public FetchResult fetch(String url) {
        URI current;
        try {
            current = URI.create(url);
        } catch (IllegalArgumentException e) {
            return new FetchResult.Refused(url, "not a URL: " + e.getMessage(), clock.instant());
        }
        for (int hop = 0; hop <= properties.maxRedirects(); hop++) {
            Optional<String> refusal = refusal(current);
            if (refusal.isPresent()) {
                return new FetchResult.Refused(url, refusal.get(), clock.instant());
            }
            HttpResponse<InputStream> response;
            try {
                response = client.send(HttpRequest.newBuilder(current).timeout(properties.requestTimeout())
                        .header("User-Agent", "Tizim-recheck/1 (+register of restricted resources)")
                        .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                return new FetchResult.Unreachable(url, "timed out", clock.instant());
            } catch (IOException e) {
                return new FetchResult.Unreachable(url, "connection failed: " + e.getMessage(), clock.instant());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new FetchResult.Unreachable(url, "interrupted", clock.instant());
            }
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (status >= 300 && status < 400 && location.isPresent()) {
                close(response);
                current = current.resolve(location.get());
                continue;
            }
            return read(url, current, response);
        }
        return new FetchResult.Unreachable(url, "more than " + properties.maxRedirects() + " redirects", clock.instant());
    }

    private Optional<String> refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https are fetched, not '" + scheme + "'");
        }
        if (uri.getHost() == null) {
            return Optional.of("no host in " + uri);
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                Optional<String> refusal = guard.refusal(address);
                if (refusal.isPresent()) {
                    return Optional.of(uri.getHost() + " resolves to a " + refusal.get());
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("name does not resolve: " + uri.getHost());
        }
        return Optional.empty();
    }

    private FetchResult read(String requested, URI finalUri, HttpResponse<InputStream> response) {
        MessageDigest sha256 = sha256();
        long read = 0;
        boolean truncated = false;
        byte[] buffer = new byte[8192];
        try (InputStream body = response.body()) {
            int n;
            while ((n = body.read(buffer)) != -1) {
                long room = properties.maxBytes() - read;
                if (n > room) {
                    sha256.update(buffer, 0, (int) room);
                    read += room;
                    truncated = true;
                    break;
                }
                sha256.update(buffer, 0, n);
                read += n;
            }
        } catch (IOException e) {
            return new FetchResult.Unreachable(requested, "body could not be read: " + e.getMessage(), clock.instant());
        }
        return new FetchResult.Answered(requested, finalUri.toString(), response.statusCode(), read, truncated,
                HexFormat.of().formatHex(sha256.digest()), response.headers().firstValue("Content-Type").orElse(null),
                clock.instant());
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // The redirect's body is not needed.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
