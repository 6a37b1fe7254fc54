package kz.tizim.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import kz.tizim.server.audit.AuditChainWriter;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@TizimSpringBootTest
class LoginLockoutTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    AuditChainWriter auditChain;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountsJdbcRepository accounts;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwords;

    @BeforeEach
    void demo() {
        demoData.ensureLoaded();
    }

    @Test
    void personLogsInWithTheRightPasswordAndSeesTheirHomePage() {
        Http browser = new Http(port);

        var login = browser.login("reviewer", "reviewer-demo");
        var home = browser.get("/", "Accept-Language", "ru");

        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Рассматривающий");
        assertThat(auditActions("reviewer")).contains("LOGIN");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        // Its own person: test classes share one application and database, and a locked demo user
        // would break every later test that signs in as that user.
        var organisation = accounts.findOrganisationByName("Tizim Regulator (demo)").orElseThrow().id();
        accounts.createUser("lockout-subject", "Lockout subject", passwords.encode("right-password"), organisation,
                java.util.EnumSet.of(kz.tizim.core.account.Role.REVIEWER));
        Http browser = new Http(port);
        for (int attempt = 0; attempt < 5; attempt++) {
            var failed = browser.login("lockout-subject", "guess-" + attempt);
            assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));
        }

        var refused = browser.login("lockout-subject", "right-password");
        var page = browser.get(refused.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));

        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));
        assertThat(page.body()).contains("locked");
        assertThat(auditActions("lockout-subject")).contains("LOGIN_FAILED", "ACCOUNT_LOCKED").doesNotContain("LOGIN");
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() {
        Http browser = new Http(port);
        var response = browser.postJson("/login", "{}");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    private java.util.List<String> auditActions(String actor) {
        auditChain.chainPending(); // events are linked into the chain just after their commit
        return jdbc.queryForList("SELECT action FROM audit_event WHERE actor = ? ORDER BY sequence", String.class, actor);
    }
}
