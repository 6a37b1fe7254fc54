package kz.tizim.core.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.Role;
import org.junit.jupiter.api.Test;

class EstablishingHostingTest {

    final HostingFixture fixture = new HostingFixture();
    final EstablishingHosting establishing = fixture.establishing();

    @Test
    void foreignHostTakesTheCrossBorderPath() {
        fixture.resolver.answers.put("pirate-films.example.nl", new String[] {"1.2.3.4", "2a00:1::10"});

        HostingReport report = establishing.establish(HostName.of("pirate-films.example.nl"));

        assertThat(report.jurisdiction().country()).isEqualTo(CountryCode.of("NL"));
        assertThat(report.jurisdiction().organisation()).isEqualTo("Demo Hosting B.V.");
        assertThat(report.jurisdiction().path()).isEqualTo(JurisdictionPath.CROSS_BORDER);
        assertThat(report.addresses()).extracting(a -> a.attribution().asn()).containsOnly(new Asn(64500));
    }

    @Test
    void kazakhHostTakesTheDomesticPath() {
        fixture.resolver.answers.put("shop.example.kz", new String[] {"2.133.1.1"});

        HostingReport report = establishing.establish(HostName.of("shop.example.kz"));

        assertThat(report.jurisdiction().path()).isEqualTo(JurisdictionPath.DOMESTIC);
        assertThat(report.jurisdiction().organisation()).isEqualTo("JSC Kazakhtelecom");
    }

    @Test
    void cdnFrontedSiteIsFlaggedAndItsOriginIsHidden() {
        fixture.resolver.answers.put("hidden.example.org", new String[] {"104.16.5.5"});

        HostingReport report = establishing.establish(HostName.of("hidden.example.org"));

        assertThat(report.behindCdn()).isTrue();
        assertThat(report.addresses().get(0).sharedWithOthers()).isTrue();
        assertThat(report.jurisdiction().finding()).isEqualTo(HostingJurisdiction.Finding.CDN_ONLY);
    }

    @Test
    void originAddressOutweighsACdnAddress() {
        fixture.resolver.answers.put("mixed.example.org", new String[] {"104.16.5.5", "5.6.7.8"});

        HostingReport report = establishing.establish(HostName.of("mixed.example.org"));

        assertThat(report.jurisdiction().country()).isEqualTo(CountryCode.of("DE"));
        assertThat(report.jurisdiction().finding()).isEqualTo(HostingJurisdiction.Finding.ONE_COUNTRY);
    }

    @Test
    void disagreeingCountriesLeaveThePathUndetermined() {
        fixture.resolver.answers.put("split.example.org", new String[] {"1.2.3.4", "5.6.7.8"});

        HostingReport report = establishing.establish(HostName.of("split.example.org"));

        assertThat(report.jurisdiction().path()).isEqualTo(JurisdictionPath.UNDETERMINED);
        assertThat(report.jurisdiction().countries()).containsExactly(CountryCode.of("NL"), CountryCode.of("DE"));
    }

    @Test
    void documentationAddressesAreNeverAttributedToACountry() {
        fixture.resolver.answers.put("doc.example.org", new String[] {"203.0.113.10"});

        HostingReport report = establishing.establish(HostName.of("doc.example.org"));

        assertThat(report.addresses().get(0).attribution().isBogon()).isTrue();
        assertThat(report.addresses().get(0).attribution().country()).isNull();
        assertThat(report.jurisdiction().finding()).isEqualTo(HostingJurisdiction.Finding.NO_PUBLIC_ADDRESS);
    }

    @Test
    void countsOtherRegistrableDomainsOnTheSameAddress() {
        fixture.resolver.answers.put("a.example.net", new String[] {"1.2.3.4"});
        fixture.resolver.answers.put("www.a.example.net", new String[] {"1.2.3.4"});
        fixture.resolver.answers.put("b.example.com", new String[] {"1.2.3.4"});
        fixture.resolver.answers.put("c.example.com", new String[] {"1.2.3.99"});
        establishing.establish(HostName.of("www.a.example.net"));
        establishing.establish(HostName.of("b.example.com"));
        establishing.establish(HostName.of("c.example.com"));

        HostingReport report = establishing.establish(HostName.of("a.example.net"));

        assertThat(report.addresses().get(0).registrableDomainsSeen()).isEqualTo(2);
        assertThat(report.addresses().get(0).sharedWithOthers()).isTrue();
    }

    @Test
    void reusesARecentResolutionAndKeepsHistoryWhenItAges() {
        fixture.resolver.answers.put("a.example.net", new String[] {"1.2.3.4"});
        establishing.establish(HostName.of("a.example.net"));
        fixture.clock.now = fixture.clock.now.plus(Duration.ofMinutes(30));
        establishing.establish(HostName.of("a.example.net"));
        assertThat(fixture.resolver.calls).isEqualTo(1);

        fixture.resolver.answers.put("a.example.net", new String[] {"5.6.7.8"});
        fixture.clock.now = fixture.clock.now.plus(Duration.ofHours(2));
        HostingReport moved = establishing.establish(HostName.of("a.example.net"));

        assertThat(fixture.resolver.calls).isEqualTo(2);
        assertThat(fixture.history.all).hasSize(2);
        assertThat(moved.jurisdiction().country()).isEqualTo(CountryCode.of("DE"));
    }

    @Test
    void demoResolutionsAreNeverRefreshedFromTheDns() {
        HostName host = HostName.of("pirate-films.example");
        fixture.history.append(new Resolution(host, HostingFixture.NOW.minus(Duration.ofDays(30)), "demo fixture",
                Resolution.Status.RESOLVED, java.util.List.of(new DnsRecord(DnsRecordType.A, "1.2.3.4", 300)), true, null));

        HostingReport report = establishing.establish(host);

        assertThat(report.demo()).isTrue();
        assertThat(fixture.resolver.calls).isZero();
    }

    @Test
    void reviewerCorrectionOverridesTheAssessmentAndIsKept() {
        fixture.resolver.answers.put("hidden.example.org", new String[] {"104.16.5.5"});
        CorrectingJurisdiction correcting = new CorrectingJurisdiction(fixture.corrections, fixture.clock);
        Actor reviewer = new Actor("reviewer", new OrganisationId(1), Set.of(Role.REVIEWER), Actor.Kind.PERSON);

        CorrectionResult result = correcting.correct(new CorrectJurisdictionCommand(reviewer,
                HostName.of("hidden.example.org"), "kz", "PS Cloud Services", "origin seen in the site's own headers"));
        HostingReport report = establishing.establish(HostName.of("hidden.example.org"));

        assertThat(result).isInstanceOf(CorrectionResult.Corrected.class);
        assertThat(report.jurisdiction().path()).isEqualTo(JurisdictionPath.DOMESTIC);
        assertThat(report.jurisdiction().finding()).isEqualTo(HostingJurisdiction.Finding.CORRECTED);
        assertThat(report.jurisdiction().correction().correctedBy()).isEqualTo("reviewer");
        assertThat(report.jurisdiction().countries()).containsExactly(CountryCode.of("US"));
    }

    @Test
    void correctionIsRejectedWithoutAReasonOrFromAComplainant() {
        CorrectingJurisdiction correcting = new CorrectingJurisdiction(fixture.corrections, fixture.clock);
        Actor reviewer = new Actor("reviewer", new OrganisationId(1), Set.of(Role.REVIEWER), Actor.Kind.PERSON);
        Actor complainant = new Actor("rights", new OrganisationId(2), Set.of(Role.COMPLAINANT), Actor.Kind.PERSON);
        HostName host = HostName.of("a.example.net");

        assertThat(correcting.correct(new CorrectJurisdictionCommand(reviewer, host, "KZ", "X", " ")))
                .isEqualTo(new CorrectionResult.Rejected(CorrectionResult.Reason.NO_REASON));
        assertThat(correcting.correct(new CorrectJurisdictionCommand(reviewer, host, "XX", "X", "why")))
                .isEqualTo(new CorrectionResult.Rejected(CorrectionResult.Reason.UNKNOWN_COUNTRY));
        assertThat(correcting.correct(new CorrectJurisdictionCommand(complainant, host, "KZ", "X", "why")))
                .isEqualTo(new CorrectionResult.Rejected(CorrectionResult.Reason.NOT_A_REVIEWER));
        assertThat(fixture.corrections.all).isEmpty();
    }
}
