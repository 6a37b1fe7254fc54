package kz.tizim.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import kz.tizim.match.feed.Digests;
import kz.tizim.match.feed.FeedManifest;
import kz.tizim.match.feed.FeedSignatures;
import kz.tizim.server.audit.AuditChainWriter;
import kz.tizim.server.demo.DemoCredentials;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.register.RegisterDemo;
import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** ISPs acknowledge what they applied, the regulator sees who is late, advertisers get their signed list. */
@TizimSpringBootTest
class AcknowledgementsAndAdvertisersTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    AuditChainWriter auditChain;

    @Autowired
    RegisterDemo registerDemo;

    @Autowired
    JdbcClient jdbc;

    DemoCredentials credentials;

    @BeforeEach
    void load() {
        credentials = demoData.ensureLoaded();
        registerDemo.ensureLoaded();
    }

    @Test
    void anAcknowledgementIsStoredAuditedAndShownOnTheCompliancePage() {
        Http isp = new Http(port);
        String[] bearer = {"Authorization", "Bearer " + FeedSigningTest.token(credentials, "ISP")};
        long current = jdbc.sql("SELECT serial FROM register_head").query(Long.class).single();

        var future = isp.postJson("/feeds/v1/ack", "{\"serial\":" + (current + 5) + "}", bearer);
        var ack = isp.postJson("/feeds/v1/ack", "{\"serial\":" + current + "}", bearer);
        // An immediate order recorded two hours ago that the ISP has not applied: a missed deadline.
        jdbc.sql("""
                INSERT INTO register_version (serial, recorded_at, change, locator_kind, locator, locator_sha256, decision,
                    category, legal_basis, urgency, starts_at, published)
                VALUES (?, now() - interval '2 hours', 'ORDERED', 'domain', 'late.example', repeat('0', 64),
                    'TZ-2026-000990', 'GAMBLING', 'KZ-CC-307', 'IMMEDIATE', now() - interval '2 hours', TRUE)""")
                .param(current + 1).update();
        jdbc.sql("UPDATE register_head SET serial = ?").param(current + 1).update();
        Http admin = new Http(port);
        admin.login("admin", "admin-demo");
        var page = admin.get("/admin/compliance", "Accept-Language", "en");

        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);
        auditChain.chainPending(); // events are linked into the chain just after their commit
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'feed.acknowledged' AND target = ?")
                .param("serial " + current).query(Long.class).single()).isEqualTo(1);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("KazNet Telecom (demo)").contains("Deadline missed");
    }

    @Test
    void advertisersGetASignedListOfWholeSitesRestrictedForCopyright() throws Exception {
        FeedClient advertiser = new FeedClient(port, FeedSigningTest.token(credentials, "advertiser"));
        FeedClient isp = new FeedClient(port, FeedSigningTest.token(credentials, "ISP"));
        var key = FeedSignatures.publicKeyFromPem(new String(new FeedClient(port, "").ok("/feeds/v1/key.pem"),
                StandardCharsets.US_ASCII));

        byte[] csv = advertiser.ok("/feeds/v1/do-not-advertise.csv");
        FeedManifest manifest = FeedSignatures.verifiedManifest(key, advertiser.ok("/feeds/v1/do-not-advertise/manifest?format=csv"),
                advertiser.ok("/feeds/v1/do-not-advertise/manifest.sig?format=csv"));
        String json = new String(advertiser.ok("/feeds/v1/do-not-advertise.json"), StandardCharsets.UTF_8);

        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("domain,decision,legal_basis,since\r\n")
                .contains("kino-pirat.example,TZ-2026-000102,KZ-CC-198,").contains("serial-stream.test,TZ-2026-000103")
                .doesNotContain("casino-royale").doesNotContain("forum.example");
        assertThat(manifest.sha256()).isEqualTo(Digests.sha256Hex(csv));
        assertThat(manifest.type()).isEqualTo("do-not-advertise-csv");
        assertThat(json).contains("{\"domain\":\"kino-pirat.example\",\"decision\":\"TZ-2026-000102\"");
        assertThat(isp.get("/feeds/v1/do-not-advertise.csv").statusCode()).isEqualTo(403);
    }
}
