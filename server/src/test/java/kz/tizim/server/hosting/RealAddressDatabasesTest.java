package kz.tizim.server.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.tizim.core.hosting.Asn;
import kz.tizim.core.hosting.CdnNetworks;
import kz.tizim.core.hosting.CountryCode;
import kz.tizim.core.hosting.HostingDatabase;
import kz.tizim.core.hosting.IpAddress;
import kz.tizim.core.hosting.IpAttribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real NRO, RouteViews and DB-IP data, loaded from the npm tarballs as {@code tizim data update} leaves them. */
class RealAddressDatabasesTest {

    static HostingDatabase database;

    @BeforeAll
    static void load(@TempDir Path copy) throws Exception {
        Path directory = IpDatabaseFixture.require();
        // A private copy, so compiling the tables here never races another test reading the shared one.
        Files.copy(IpDatabaseFiles.countryTarball(directory).orElseThrow(),
                copy.resolve(IpDatabaseFiles.countryTarball(directory).orElseThrow().getFileName()));
        Files.copy(IpDatabaseFiles.networkTarball(directory).orElseThrow(),
                copy.resolve(IpDatabaseFiles.networkTarball(directory).orElseThrow().getFileName()));
        database = IpDatabaseFiles.load(copy, CdnNetworks.bundled());
        assertThat(IpDatabaseFiles.compiledTables(copy)).exists();
    }

    private static IpAttribution attribute(String address) {
        return database.attribute(IpAddress.of(address));
    }

    @Test
    void kazakhtelecomAddressesAreDomestic() {
        IpAttribution kazakhtelecom = attribute("2.133.1.1");

        assertThat(kazakhtelecom.country()).isEqualTo(CountryCode.KAZAKHSTAN);
        assertThat(kazakhtelecom.asn()).isEqualTo(new Asn(9198));
        assertThat(kazakhtelecom.organisation()).containsIgnoringCase("Kazakhtelecom");
        assertThat(kazakhtelecom.isCdn()).isFalse();
    }

    @Test
    void cloudflareAndGoogleAreCdnsAndIpv6Works() {
        assertThat(attribute("104.16.1.1").asn()).isEqualTo(new Asn(13335));
        assertThat(attribute("104.16.1.1").cdnOperator()).isEqualTo("Cloudflare");
        assertThat(attribute("2606:4700::1111").asn()).isEqualTo(new Asn(13335));
        assertThat(attribute("2606:4700::1111").isCdn()).isTrue();
        assertThat(attribute("8.8.8.8").asn()).isEqualTo(new Asn(15169));
        assertThat(attribute("8.8.8.8").country()).isEqualTo(CountryCode.of("US"));
    }

    @Test
    void reservedAndDocumentationAddressesAreNeverAttributed() {
        for (String address : new String[] {"10.0.0.1", "192.168.1.1", "100.64.0.1", "203.0.113.10", "198.51.100.7",
                "192.0.2.1", "2001:db8::1", "fe80::1", "127.0.0.1"}) {
            IpAttribution a = attribute(address);
            assertThat(a.isBogon()).as(address).isTrue();
            assertThat(a.country()).as(address).isNull();
            assertThat(a.asn()).as(address).isNull();
        }
    }

    @Test
    void compiledTablesAnswerExactlyAsTheSources(@TempDir Path again) throws Exception {
        Path directory = IpDatabaseFixture.directory();
        Files.copy(IpDatabaseFiles.countryTarball(directory).orElseThrow(),
                again.resolve(IpDatabaseFiles.countryTarball(directory).orElseThrow().getFileName()));
        Files.copy(IpDatabaseFiles.networkTarball(directory).orElseThrow(),
                again.resolve(IpDatabaseFiles.networkTarball(directory).orElseThrow().getFileName()));
        HostingDatabase fromSources = IpDatabaseFiles.loadSources(again, CdnNetworks.bundled());
        IpDatabaseFiles.load(again, CdnNetworks.bundled());
        HostingDatabase compiled = IpDatabaseFiles.load(again, CdnNetworks.bundled());

        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 20_000; i++) {
            int v4 = random.nextInt();
            assertThat(compiled.countryV4(v4)).isEqualTo(fromSources.countryV4(v4));
            assertThat(compiled.networkV4(v4)).isEqualTo(fromSources.networkV4(v4));
            long high = 0x2000_0000_0000_0000L | (random.nextLong() >>> 3);
            assertThat(compiled.countryV6(high, 0)).isEqualTo(fromSources.countryV6(high, 0));
        }
        assertThat(compiled.countryRanges().v4Size()).isGreaterThan(100_000);
        assertThat(compiled.networkRanges().v6Size()).isGreaterThan(10_000);
    }
}
