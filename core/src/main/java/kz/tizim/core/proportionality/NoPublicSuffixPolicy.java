package kz.tizim.core.proportionality;

import kz.tizim.core.scope.Scopes;
import kz.tizim.match.locator.LocatorKind;
import kz.tizim.match.locator.Site;

/**
 * Never restrict a public suffix of the ICANN section ({@code kz}, {@code com.kz}) by domain,
 * domain tree or a URL prefix covering the whole host: nobody owns it, and everyone under it would
 * be cut off. A single URL on such a host remains possible.
 */
public final class NoPublicSuffixPolicy implements ProportionalityPolicy {

    @Override
    public Verdict assess(ProposedScope proposal) {
        if (!WholeHost.reaches(proposal.scope())) {
            return Verdict.PASS;
        }
        Site site = Scopes.site(proposal.scope()).orElse(null);
        if (site == null || !site.isPublicSuffix() || site.privateSuffix()) {
            return Verdict.PASS;
        }
        return new Verdict.Rejection(Objection.of(Objection.Code.PUBLIC_SUFFIX, site.host()));
    }

    /** Scopes that reach a whole host or more. */
    static final class WholeHost {

        private WholeHost() {
        }

        static boolean reaches(kz.tizim.match.locator.Locator scope) {
            return scope.kind() == LocatorKind.DOMAIN || scope.kind() == LocatorKind.DOMAIN_TREE
                    || scope.kind() == LocatorKind.URL_PREFIX && isRootPrefix(scope.value());
        }

        private static boolean isRootPrefix(String url) {
            int path = url.indexOf('/', url.indexOf("://") + 3);
            return path < 0 || url.substring(path).equals("/");
        }
    }
}
