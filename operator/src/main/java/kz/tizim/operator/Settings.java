package kz.tizim.operator;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Locale;
import kz.tizim.match.feed.FeedVerificationException;

/** Checks of the operator's settings, each failing with a message that says what to fix. */
final class Settings {

    private Settings() {
    }

    static PublicKey key(Path file) throws Misconfiguration {
        String pem;
        try {
            pem = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new Misconfiguration("cannot read the pinned key " + file + " (--key): " + e.getMessage());
        }
        try {
            return kz.tizim.match.feed.FeedSignatures.publicKeyFromPem(pem);
        } catch (FeedVerificationException e) {
            throw new Misconfiguration(file + " (--key) is not the register's Ed25519 public key: " + e.getMessage());
        }
    }

    static String url(String url) throws Misconfiguration {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new Misconfiguration("--url must be the server's http(s) address, e.g. https://tizim.kz (got '" + url + "')");
    }

    static Path writableDir(Path dir) throws Misconfiguration {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, "probe", ".tmp");
            Files.delete(probe);
            return dir;
        } catch (IOException e) {
            throw new Misconfiguration("--dir " + dir + " is not a writable directory: " + e.getMessage());
        }
    }

    /** {@code 60s}, {@code 5m}, {@code 1h} or an ISO-8601 duration. */
    static Duration duration(String text) throws Misconfiguration {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.matches("\\d+[smh]")) {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                Duration d = switch (t.charAt(t.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    default -> Duration.ofHours(n);
                };
                if (!d.isZero()) {
                    return d;
                }
            } else if (t.startsWith("pt")) {
                return Duration.parse(text.strip());
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw new Misconfiguration("--every must be a positive duration like 60s, 5m or 1h (got '" + text + "')");
    }
}
