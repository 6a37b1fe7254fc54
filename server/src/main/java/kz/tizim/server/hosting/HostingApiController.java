package kz.tizim.server.hosting;

import kz.tizim.core.hosting.CorrectionResult;
import kz.tizim.server.system.CurrentActor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hosting facts of a host name or address, for the regulator's staff; jurisdiction corrections for
 * reviewers and legal officers. Other roles get 403.
 */
@RestController
@RequestMapping("/api/v1/hosting")
class HostingApiController {

    private final HostingLookups hosting;

    HostingApiController(HostingLookups hosting) {
        this.hosting = hosting;
    }

    /** {@code refresh=true} resolves the name now even when a recent resolution is on record. */
    @GetMapping("/{host}")
    HostingView facts(@PathVariable String host, @RequestParam(defaultValue = "false") boolean refresh) {
        return hosting.lookup(CurrentActor.require(), host, refresh);
    }

    record CorrectionRequest(String country, String organisation, String reason) {
    }

    @PostMapping("/{host}/jurisdiction")
    HostingView correct(@PathVariable String host, @RequestBody CorrectionRequest request) {
        var actor = CurrentActor.require();
        CorrectionResult result = hosting.correct(actor, host, nonNull(request.country()), nonNull(request.organisation()),
                nonNull(request.reason()));
        if (result instanceof CorrectionResult.Rejected rejected) {
            if (rejected.reason() == CorrectionResult.Reason.NOT_A_REVIEWER) {
                throw new AccessDeniedException("only reviewers and legal officers correct the jurisdiction");
            }
            throw new IllegalArgumentException(switch (rejected.reason()) {
                case NO_REASON -> "give the reason for the correction";
                case UNKNOWN_COUNTRY -> "country must be an ISO 3166-1 alpha-2 code, such as KZ or NL";
                case NO_ORGANISATION -> "name the organisation hosting the site";
                case NOT_A_REVIEWER -> "not allowed";
            });
        }
        return hosting.lookup(actor, host, false);
    }

    private static String nonNull(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : value;
    }
}
