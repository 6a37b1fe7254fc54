package kz.tizim.server.notice;

import kz.tizim.core.notice.ContentProbe;
import kz.tizim.core.notice.ProbeResult;
import kz.tizim.match.locator.Locator;
import kz.tizim.server.recheck.ContentFetcher;
import kz.tizim.server.recheck.FetchResult;
import org.springframework.stereotype.Component;

/**
 * Re-checks a locator with the SSRF-safe {@link ContentFetcher}. A URL or URL prefix is fetched as
 * written; a domain, domain tree or IP address at its root page; a network cannot be fetched and
 * decides nothing. 404/410/451 mean gone; 2xx means present; anything else, a refused or failed
 * fetch included, decides nothing (the re-check is retried later).
 */
@Component
class FetchingContentProbe implements ContentProbe {

    private final ContentFetcher fetcher;

    FetchingContentProbe(ContentFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public ProbeResult probe(Locator locator) {
        String url = switch (locator.kind()) {
            case URL, URL_PREFIX -> locator.value();
            case DOMAIN, DOMAIN_TREE -> "http://" + locator.value() + "/";
            case IP -> "http://" + (locator.value().contains(":") ? "[" + locator.value() + "]" : locator.value()) + "/";
            case CIDR -> null;
        };
        if (url == null) {
            return new ProbeResult.Failed("a network cannot be fetched");
        }
        FetchResult result = fetcher.fetch(url);
        if (result instanceof FetchResult.Answered answered) {
            if (answered.contentGone()) {
                return new ProbeResult.Gone(answered.status(), answered.finalUrl());
            }
            if (answered.status() >= 200 && answered.status() < 300) {
                return new ProbeResult.Present(answered.status(), answered.finalUrl(), answered.sha256());
            }
            return new ProbeResult.Failed("HTTP " + answered.status() + " at " + answered.finalUrl());
        }
        if (result instanceof FetchResult.Unreachable unreachable) {
            return new ProbeResult.Failed("unreachable: " + unreachable.reason());
        }
        return new ProbeResult.Failed("refused: " + ((FetchResult.Refused) result).reason());
    }
}
