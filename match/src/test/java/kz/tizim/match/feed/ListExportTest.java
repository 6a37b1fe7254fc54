package kz.tizim.match.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import kz.tizim.match.locator.LocatorKind;
import org.junit.jupiter.api.Test;

class ListExportTest {

    @Test
    void writesRpzTriggersForNamesTreesAndAddresses() throws Exception {
        StringWriter out = new StringWriter();
        ListExport rpz = ListExport.start(ListExport.Format.RPZ, out, "rpz.tizim.test", 42, null);

        assertThat(rpz.add(LocatorKind.DOMAIN, "casino.example")).isEqualTo(ListExport.Outcome.ADDED);
        assertThat(rpz.add(LocatorKind.DOMAIN_TREE, "mirror.test")).isEqualTo(ListExport.Outcome.ADDED);
        assertThat(rpz.add(LocatorKind.IP, "192.0.2.10")).isEqualTo(ListExport.Outcome.ADDED);
        assertThat(rpz.add(LocatorKind.CIDR, "2001:db8:42::/48")).isEqualTo(ListExport.Outcome.ADDED);
        assertThat(rpz.add(LocatorKind.URL, "http://a.example/x")).isEqualTo(ListExport.Outcome.NOT_EXPRESSIBLE);
        rpz.finish();

        assertThat(out.toString())
                .contains("@ IN SOA localhost. hostmaster.localhost. 42 ")
                .contains("\ncasino.example CNAME .\n")
                .contains("\nmirror.test CNAME .\n*.mirror.test CNAME .\n")
                .contains("\n32.10.2.0.192.rpz-ip CNAME .\n")
                .contains("\n48.zz.42.db8.2001.rpz-ip CNAME .\n")
                .doesNotContain("a.example");
    }

    @Test
    void redirectsToTheNoticeHost() throws Exception {
        StringWriter out = new StringWriter();
        ListExport rpz = ListExport.start(ListExport.Format.RPZ, out, "rpz.tizim.test", 1, "notice.tizim.test");
        rpz.add(LocatorKind.DOMAIN, "casino.example");

        assertThat(out.toString()).contains("\ncasino.example CNAME notice.tizim.test.\n");
    }

    @Test
    void writesIpv6TriggersWithoutACompressedRun() {
        assertThat(RpzZone.ipTrigger("2001:db8:1:2:3:4:5:6")).isEqualTo("128.6.5.4.3.2.1.db8.2001.rpz-ip");
        assertThat(RpzZone.ipTrigger("::1")).isEqualTo("128.1.zz.rpz-ip");
    }

    @Test
    void hostsFilesCoverOnlyTheNameOfADomainTree() throws Exception {
        StringWriter out = new StringWriter();
        ListExport hosts = ListExport.start(ListExport.Format.HOSTS, out, "", 3, null);

        assertThat(hosts.add(LocatorKind.DOMAIN_TREE, "mirror.test")).isEqualTo(ListExport.Outcome.PARTIAL);
        assertThat(hosts.add(LocatorKind.IP, "192.0.2.1")).isEqualTo(ListExport.Outcome.NOT_EXPRESSIBLE);
        assertThat(out.toString()).endsWith("0.0.0.0 mirror.test\n");
    }
}
