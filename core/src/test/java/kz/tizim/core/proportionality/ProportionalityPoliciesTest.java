package kz.tizim.core.proportionality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.tizim.core.account.Role;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.locator.LocatorKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProportionalityPoliciesTest {

    private static final Locator PAGE = Locator.of(LocatorKind.URL, "https://films.example/watch/1");
    private static final Locator OTHER_PAGE = Locator.of(LocatorKind.URL, "https://films.example/watch/2");

    private static ProposedScope proposal(Locator scope, String justification, Locator... complained) {
        return new ProposedScope(scope, complained.length == 0 ? List.of(PAGE) : List.of(complained),
                "films.example", justification);
    }

    private static ProposedScope onSite(Locator scope, String site, Locator complained) {
        return new ProposedScope(scope, List.of(complained), site, "the whole host serves only this material");
    }

    @Nested
    class NoPublicSuffix {

        private final NoPublicSuffixPolicy policy = new NoPublicSuffixPolicy();

        @Test
        void rejectsDomainTreeOfAPublicSuffix() {
            Locator tree = Locator.of(LocatorKind.DOMAIN_TREE, "com.kz");
            assertThat(policy.assess(onSite(tree, "com.kz", Locator.of(LocatorKind.URL, "http://shop.com.kz/a"))))
                    .isInstanceOf(Verdict.Rejection.class);
        }

        @Test
        void rejectsRootPrefixOfAPublicSuffixHost() {
            Locator root = Locator.of(LocatorKind.URL_PREFIX, "http://com.kz/");
            assertThat(policy.assess(onSite(root, "com.kz", Locator.of(LocatorKind.URL, "http://com.kz/a"))))
                    .isInstanceOf(Verdict.Rejection.class);
        }

        @Test
        void passesRegistrableDomainAndSingleUrlOnASuffixHost() {
            Locator domain = Locator.of(LocatorKind.DOMAIN_TREE, "films.example");
            Locator url = Locator.of(LocatorKind.URL, "http://com.kz/a");
            assertThat(policy.assess(proposal(domain, "whole site"))).isEqualTo(Verdict.PASS);
            assertThat(policy.assess(onSite(url, "com.kz", url))).isEqualTo(Verdict.PASS);
        }
    }

    @Nested
    class NoPlatformWideScope {

        private final NoPlatformWideScopePolicy policy = new NoPlatformWideScopePolicy();

        @Test
        void rejectsAPlatformWhoseUsersAreSeparateOwners() {
            Locator user = Locator.of(LocatorKind.URL, "https://user.github.io/film");
            assertThat(policy.assess(onSite(Locator.of(LocatorKind.DOMAIN, "github.io"), "github.io", user)))
                    .isInstanceOf(Verdict.Rejection.class);
            Verdict blogspot = policy.assess(onSite(Locator.of(LocatorKind.DOMAIN_TREE, "blogspot.com"),
                    "blogspot.com", Locator.of(LocatorKind.URL, "https://someone.blogspot.com/post")));
            assertThat(blogspot).isInstanceOf(Verdict.Rejection.class);
            assertThat(((Verdict.Rejection) blogspot).reason()).contains("subdomain");
        }

        @Test
        void passesOneUsersSite() {
            Locator user = Locator.of(LocatorKind.DOMAIN_TREE, "user.github.io");
            assertThat(policy.assess(onSite(user, "user.github.io",
                    Locator.of(LocatorKind.URL, "https://user.github.io/film")))).isEqualTo(Verdict.PASS);
        }

        @Test
        void leavesIcannSuffixesToTheOtherPolicy() {
            assertThat(policy.assess(onSite(Locator.of(LocatorKind.DOMAIN, "com.kz"), "com.kz",
                    Locator.of(LocatorKind.URL, "http://com.kz/a")))).isEqualTo(Verdict.PASS);
        }
    }

    @Nested
    class NarrowestScope {

        private final NarrowestScopePolicy policy = new NarrowestScopePolicy();

        @Test
        void passesTheComplainedLocatorItself() {
            assertThat(policy.assess(proposal(PAGE, ""))).isEqualTo(Verdict.PASS);
        }

        @Test
        void rejectsAWiderScopeWithoutWrittenJustification() {
            Locator domain = Locator.of(LocatorKind.DOMAIN, "films.example");
            assertThat(policy.assess(proposal(domain, "  "))).isInstanceOf(Verdict.Rejection.class);
            assertThat(policy.assess(proposal(domain, "Every page of the site streams unlicensed films.")))
                    .isEqualTo(Verdict.PASS);
        }

        @Test
        void rejectsAScopeThatCoversNoneOfTheComplainedLocators() {
            Locator elsewhere = Locator.of(LocatorKind.DOMAIN, "innocent.example");
            Verdict verdict = policy.assess(proposal(elsewhere, "justified"));
            assertThat(verdict).isInstanceOf(Verdict.Rejection.class);
            assertThat(((Verdict.Rejection) verdict).reason()).contains("covers none");
        }

        @Test
        void treatsAPrefixCoveringBothPagesAsWider() {
            Locator prefix = Locator.of(LocatorKind.URL_PREFIX, "https://films.example/watch/");
            assertThat(policy.assess(proposal(prefix, "", PAGE, OTHER_PAGE))).isInstanceOf(Verdict.Rejection.class);
            assertThat(policy.assess(proposal(prefix, "the whole section", PAGE, OTHER_PAGE))).isEqualTo(Verdict.PASS);
        }
    }

    @Nested
    class Collateral {

        private final Locator address = Locator.of(LocatorKind.IP, "203.0.113.10");
        private final InMemoryHostingFacts hosting = new InMemoryHostingFacts();
        private final CollateralPolicy policy = new CollateralPolicy(hosting);

        @Test
        void passesADedicatedAddressOfTheSite() {
            hosting.serves(address, "films.example", 0, false);
            assertThat(policy.assess(proposal(address, "dedicated server"))).isEqualTo(Verdict.PASS);
        }

        @Test
        void refusesAnAddressServingOtherDomains() {
            hosting.serves(address, "films.example", 41, false);
            Verdict verdict = policy.assess(proposal(address, "dedicated server"));
            assertThat(verdict).isInstanceOf(Verdict.Rejection.class);
            assertThat(((Verdict.Rejection) verdict).reason()).contains("41 other");
        }

        @Test
        void refusesACdnAddress() {
            hosting.serves(address, "films.example", 0, true);
            assertThat(policy.assess(proposal(address, "x"))).isInstanceOf(Verdict.Rejection.class);
        }

        @Test
        void refusesWhenNothingIsKnownOrTheAddressDoesNotServeTheSite() {
            assertThat(policy.assess(proposal(address, "x"))).isInstanceOf(Verdict.Rejection.class);
            hosting.serves(address, "other.example", 0, false);
            assertThat(policy.assess(proposal(address, "x"))).isInstanceOf(Verdict.Rejection.class);
        }

        @Test
        void escalatesIpv4WiderThanSlash24AndIpv6WiderThanSlash48ToAdmin() {
            Locator v4Wide = Locator.of(LocatorKind.CIDR, "198.51.100.0/23");
            Locator v4Ok = Locator.of(LocatorKind.CIDR, "198.51.100.0/24");
            Locator v6Wide = Locator.of(LocatorKind.CIDR, "2001:db8::/47");
            Locator v6Ok = Locator.of(LocatorKind.CIDR, "2001:db8::/48");
            for (Locator scope : List.of(v4Wide, v4Ok, v6Wide, v6Ok)) {
                hosting.serves(scope, "films.example", 0, false);
            }
            Verdict wide = policy.assess(proposal(v4Wide, "x"));
            assertThat(wide).isEqualTo(new Verdict.Escalation(
                    new Objection(Objection.Code.WIDER_THAN_PREFIX, List.of("198.51.100.0/23", "24")), Role.ADMIN));
            assertThat(((Verdict.Escalation) wide).reason()).isEqualTo("198.51.100.0/23 is wider than /24");
            assertThat(policy.assess(proposal(v4Ok, "x"))).isEqualTo(Verdict.PASS);
            assertThat(policy.assess(proposal(v6Wide, "x"))).isInstanceOf(Verdict.Escalation.class);
            assertThat(policy.assess(proposal(v6Ok, "x"))).isEqualTo(Verdict.PASS);
        }

        @Test
        void ignoresNameScopes() {
            assertThat(policy.assess(proposal(PAGE, ""))).isEqualTo(Verdict.PASS);
        }
    }

    @Nested
    class ProtectedInfrastructureRule {

        private final ProtectedInfrastructurePolicy policy = new ProtectedInfrastructurePolicy(
                ProtectedInfrastructure.of(List.of("192.0.2.53/32", "2001:db8:53::/48"), List.of("gov.test")));

        @Test
        void neverRestrictsAProtectedResolverByAddressOrByANetworkAroundIt() {
            assertThat(policy.assess(proposal(Locator.of(LocatorKind.IP, "192.0.2.53"), "x")))
                    .isInstanceOf(Verdict.Rejection.class);
            assertThat(policy.assess(proposal(Locator.of(LocatorKind.CIDR, "192.0.2.0/24"), "x")))
                    .isInstanceOf(Verdict.Rejection.class);
            assertThat(policy.assess(proposal(Locator.of(LocatorKind.IP, "2001:db8:53::1"), "x")))
                    .isInstanceOf(Verdict.Rejection.class);
            assertThat(policy.assess(proposal(Locator.of(LocatorKind.IP, "192.0.2.54"), "x"))).isEqualTo(Verdict.PASS);
        }

        @Test
        void neverRestrictsAGovernmentHostByDomainButAllowsAUrl() {
            Locator page = Locator.of(LocatorKind.URL, "https://portal.gov.test/leak.pdf");
            assertThat(policy.assess(onSite(Locator.of(LocatorKind.DOMAIN, "portal.gov.test"), "gov.test", page)))
                    .isInstanceOf(Verdict.Rejection.class);
            assertThat(policy.assess(onSite(Locator.of(LocatorKind.DOMAIN_TREE, "gov.test"), "gov.test", page)))
                    .isInstanceOf(Verdict.Rejection.class);
            assertThat(policy.assess(onSite(page, "gov.test", page))).isEqualTo(Verdict.PASS);
        }

        @Test
        void standardListProtectsPublicResolversAndTheGovKzTree() {
            var standard = new ProtectedInfrastructurePolicy(ProtectedInfrastructure.standard());
            for (String resolver : List.of("8.8.8.8", "1.1.1.1", "9.9.9.9")) {
                assertThat(standard.assess(proposal(Locator.of(LocatorKind.IP, resolver), "x")))
                        .as(resolver).isInstanceOf(Verdict.Rejection.class);
            }
            assertThat(standard.assess(onSite(Locator.of(LocatorKind.DOMAIN_TREE, "egov.gov.kz"), "gov.kz",
                    Locator.of(LocatorKind.URL, "https://egov.gov.kz/x")))).isInstanceOf(Verdict.Rejection.class);
        }
    }

    @Test
    void standardListReportsEveryObjectionAtOnceInPolicyOrder() {
        var hosting = new InMemoryHostingFacts();
        var policies = ProportionalityPolicies.standard(hosting, ProtectedInfrastructure.standard());
        Locator resolver = Locator.of(LocatorKind.IP, "8.8.8.8");

        ProportionalityReport report = policies.assess(proposal(resolver, ""));

        assertThat(report.assessments()).extracting(Assessment::policy).containsExactly("NoPublicSuffixPolicy",
                "NoPlatformWideScopePolicy", "NarrowestScopePolicy", "CollateralPolicy",
                "ProtectedInfrastructurePolicy");
        assertThat(report.rejections()).extracting(Assessment::policy)
                .containsExactly("NarrowestScopePolicy", "CollateralPolicy", "ProtectedInfrastructurePolicy");
        assertThat(report.summary().lines()).hasSize(3);
    }
}
