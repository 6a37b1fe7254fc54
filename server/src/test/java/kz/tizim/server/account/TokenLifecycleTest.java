package kz.tizim.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import kz.tizim.server.audit.AuditChainWriter;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** An administrator issues a token in the console, it works once shown, and stops working when revoked. */
@TizimSpringBootTest
class TokenLifecycleTest {

    private static final Pattern SECRET = Pattern.compile("tzm_[A-Za-z0-9_-]{43}");

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    AuditChainWriter auditChain;

    @Autowired
    AccountsJdbcRepository accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void demo() {
        demoData.ensureLoaded();
    }

    @Test
    void issuedTokenIsShownOnceStoredHashedAndDiesWhenRevoked() {
        Http admin = new Http(port);
        admin.login("admin", "admin-demo");
        long isp = accounts.findOrganisationByName("KazNet Telecom (demo)").orElseThrow().id().value();

        var issued = admin.postForm("/admin/accounts", "/admin/accounts/tokens",
                "organisationId", Long.toString(isp), "label", "resolver-2");
        var matcher = SECRET.matcher(issued.body());
        assertThat(matcher.find()).as("the new token is shown once").isTrue();
        String secret = matcher.group();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM api_token WHERE token_sha256 = ?", Long.class,
                ApiTokens.sha256(secret))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM api_token WHERE token_sha256 = ?", Long.class, secret))
                .isZero();
        assertThat(admin.get("/admin/accounts").body()).doesNotContain(secret);
        var before = new Http(port).get("/api/v1/me", "Authorization", "Bearer " + secret);
        assertThat(before.statusCode()).isEqualTo(200);

        long tokenId = jdbc.queryForObject("SELECT id FROM api_token WHERE label = 'resolver-2'", Long.class);
        admin.postForm("/admin/accounts", "/admin/accounts/tokens/" + tokenId + "/revoke");

        var after = new Http(port).get("/api/v1/me", "Authorization", "Bearer " + secret);
        assertThat(after.statusCode()).isEqualTo(401);
        auditChain.chainPending(); // events are linked into the chain just after their commit
        assertThat(jdbc.queryForList("SELECT action FROM audit_event ORDER BY sequence", String.class))
                .contains("TOKEN_ISSUED", "TOKEN_USED", "TOKEN_REVOKED", "TOKEN_REJECTED");
    }

    @Test
    void anAdministratorIssuesAPersonalTokenThatActsAsThePersonWithinTheirOrganisation() {
        Http admin = new Http(port);
        admin.login("admin", "admin-demo");

        var issued = admin.postForm("/admin/accounts", "/admin/accounts/people/tokens", "username", "rights",
                "label", "clerk laptop");
        var matcher = SECRET.matcher(issued.body());
        assertThat(matcher.find()).isTrue();
        String secret = matcher.group();

        var me = new Http(port).get("/api/v1/me", "Authorization", "Bearer " + secret);
        assertThat(me.body()).contains("\"name\":\"rights\"").contains("\"roles\":[\"COMPLAINANT\"]")
                .contains("Qazaq Film Rights Association (demo)").contains("\"kind\":\"PERSON\"");
        long other = accounts.findOrganisationByName("KazNet Telecom (demo)").orElseThrow().id().value();
        assertThat(new Http(port).get("/api/v1/organisations/" + other, "Authorization", "Bearer " + secret)
                .statusCode()).as("a personal token keeps to its person's organisation").isEqualTo(404);
        assertThat(admin.get("/admin/accounts").body()).contains("acts as rights (issued by admin)");

        Http isp = new Http(port);
        isp.login("isp", "isp-demo");
        var notAdmin = isp.postForm("/account/tokens", "/admin/accounts/people/tokens", "username", "legal",
                "label", "stolen");
        assertThat(notAdmin.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM api_token WHERE label = 'stolen'", Long.class)).isZero();
    }

    @Test
    void anAuditorMayLookButNotIssue() {
        Http auditor = new Http(port);
        auditor.login("auditor", "auditor-demo");

        var page = auditor.get("/admin/accounts");
        var attempt = auditor.postForm("/admin/accounts", "/admin/accounts/tokens", "organisationId", "1",
                "label", "sneaky");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(attempt.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM api_token WHERE label = 'sneaky'", Long.class)).isZero();
    }

    @Test
    void aComplainantCannotOpenTheAdministration() {
        Http complainant = new Http(port);
        complainant.login("rights", "rights-demo");

        assertThat(complainant.get("/admin/accounts").statusCode()).isEqualTo(403);
        assertThat(complainant.get("/admin/audit").statusCode()).isEqualTo(403);
    }
}
