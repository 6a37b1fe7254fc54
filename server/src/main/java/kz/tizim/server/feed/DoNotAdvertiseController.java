package kz.tizim.server.feed;

import java.util.Locale;
import kz.tizim.server.system.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The advertisers' list: {@code GET /feeds/v1/do-not-advertise.csv} or {@code .json}, with
 * {@code …/do-not-advertise/manifest?format=csv} and {@code manifest.sig?format=csv} signed like the
 * ISP feeds. For ADVERTISER tokens (and the regulator's staff).
 */
@RestController
@RequestMapping("/feeds/v1")
class DoNotAdvertiseController {

    private final DoNotAdvertiseList list;

    DoNotAdvertiseController(DoNotAdvertiseList list) {
        this.list = list;
    }

    @GetMapping("/do-not-advertise.{format}")
    ResponseEntity<byte[]> body(@PathVariable String format) {
        DoNotAdvertiseList.Signed signed = signed(format);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format(format).mediaType + ";charset=UTF-8"))
                .header("X-Tizim-Serial", Long.toString(signed.manifest().serial()))
                .body(signed.body());
    }

    @GetMapping("/do-not-advertise/manifest")
    ResponseEntity<byte[]> manifest(@RequestParam(defaultValue = "csv") String format) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(signed(format).manifestJson());
    }

    @GetMapping("/do-not-advertise/manifest.sig")
    ResponseEntity<byte[]> signature(@RequestParam(defaultValue = "csv") String format) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM).body(signed(format).signature());
    }

    private DoNotAdvertiseList.Signed signed(String format) {
        FeedAccess.requireAdvertiserListReader(CurrentActor.require());
        return list.current(format(format));
    }

    private static DoNotAdvertiseList.Format format(String name) {
        try {
            return DoNotAdvertiseList.Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("format must be csv or json, not " + name);
        }
    }
}
