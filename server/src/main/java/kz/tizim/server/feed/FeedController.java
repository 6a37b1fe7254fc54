package kz.tizim.server.feed;

import java.net.URI;
import kz.tizim.server.system.CurrentActor;
import kz.tizim.server.system.RequestIds;
import kz.tizim.server.system.SigningKey;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ISP feeds. Fetch the manifest and its signature, check the signature with the pinned key,
 * then fetch the body for the manifest's serial and check its SHA-256:
 * <pre>
 * GET /feeds/v1/key.pem                                  Ed25519 public key (public)
 * GET /feeds/v1/snapshot/manifest | manifest.sig         the current list
 * GET /feeds/v1/snapshot?serial=N                        its body (gzip JSON Lines)
 * GET /feeds/v1/delta/manifest?since=S | manifest.sig?since=S
 * GET /feeds/v1/delta?since=S&amp;serial=N               changes after S up to N
 * </pre>
 */
@RestController
@RequestMapping("/feeds/v1")
class FeedController {

    static final MediaType GZIP = MediaType.parseMediaType("application/gzip");
    static final MediaType PEM = MediaType.parseMediaType("application/x-pem-file");

    private final FeedFiles feeds;
    private final SigningKey signingKey;

    FeedController(FeedFiles feeds, SigningKey signingKey) {
        this.feeds = feeds;
        this.signingKey = signingKey;
    }

    @GetMapping("/key.pem")
    ResponseEntity<String> key() {
        return ResponseEntity.ok().contentType(PEM).body(signingKey.publicKeyPem());
    }

    @GetMapping("/snapshot/manifest")
    ResponseEntity<byte[]> snapshotManifest() {
        return manifest(snapshot(null));
    }

    @GetMapping("/snapshot/manifest.sig")
    ResponseEntity<byte[]> snapshotSignature(@RequestParam(required = false) @Nullable Long serial) {
        return signature(snapshot(serial));
    }

    @GetMapping("/snapshot")
    ResponseEntity<Resource> snapshotBody(@RequestParam(required = false) @Nullable Long serial) {
        return body(snapshot(serial), "snapshot");
    }

    @GetMapping("/delta/manifest")
    ResponseEntity<byte[]> deltaManifest(@RequestParam long since, @RequestParam(required = false) @Nullable Long serial) {
        return manifest(delta(since, serial));
    }

    @GetMapping("/delta/manifest.sig")
    ResponseEntity<byte[]> deltaSignature(@RequestParam long since, @RequestParam(required = false) @Nullable Long serial) {
        return signature(delta(since, serial));
    }

    @GetMapping("/delta")
    ResponseEntity<Resource> deltaBody(@RequestParam long since, @RequestParam(required = false) @Nullable Long serial) {
        return body(delta(since, serial), "delta-" + since);
    }

    private SignedFeed snapshot(@Nullable Long serial) {
        FeedAccess.requireFeedReader(CurrentActor.require());
        return serial == null ? feeds.snapshot() : feeds.snapshot(serial);
    }

    private SignedFeed delta(long since, @Nullable Long serial) {
        FeedAccess.requireFeedReader(CurrentActor.require());
        return feeds.delta(since, serial);
    }

    private static ResponseEntity<byte[]> manifest(SignedFeed feed) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header("X-Tizim-Serial", Long.toString(feed.manifest().serial()))
                .body(feed.manifestJson());
    }

    private static ResponseEntity<byte[]> signature(SignedFeed feed) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header("X-Tizim-Serial", Long.toString(feed.manifest().serial()))
                .body(feed.signature());
    }

    private static ResponseEntity<Resource> body(SignedFeed feed, String name) {
        long serial = feed.manifest().serial();
        return ResponseEntity.ok().contentType(GZIP)
                .header("X-Tizim-Serial", Long.toString(serial))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "-" + serial + ".jsonl.gz\"")
                .contentLength(feed.manifest().bytes())
                .body(new FileSystemResource(feed.body()));
    }

    /** 410 Gone with a pointer to the snapshot (RFC 9457 problem with a {@code snapshot} member). */
    @ExceptionHandler(FeedGoneException.class)
    ResponseEntity<ProblemDetail> gone(FeedGoneException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, e.getMessage());
        problem.setTitle("Feed no longer available");
        problem.setType(URI.create("https://tizim.kz/problems/feed-gone"));
        problem.setProperty("snapshot", "/feeds/v1/snapshot/manifest");
        problem.setProperty("requestId", RequestIds.current());
        return ResponseEntity.status(HttpStatus.GONE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.LINK, "</feeds/v1/snapshot/manifest>; rel=\"alternate\"")
                .body(problem);
    }
}
