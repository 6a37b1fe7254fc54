package kz.tizim.server.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo complaints go through the real intake once, cover every category, and open cases. */
@TizimSpringBootTest
class CaseWorkflowDemoTest {

    @Autowired
    DemoData demoData;

    @Autowired
    CaseWorkflowDemo demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void filesEveryCategoryOnceAndTriagesIt() {
        demoData.ensureLoaded();

        int first = demo.ensureLoaded();
        int second = demo.ensureLoaded();

        assertThat(first).isEqualTo(10);
        assertThat(second).isZero();
        List<String> categories = jdbc.sql("SELECT DISTINCT category FROM complaint ORDER BY 1").query(String.class).list();
        assertThat(categories).hasSize(10);
        assertThat(jdbc.sql("SELECT DISTINCT complainant_kind FROM complaint").query(String.class).list())
                .containsExactlyInAnyOrder("RIGHTS_HOLDER", "AGENCY", "PUBLIC");
        assertThat(jdbc.sql("SELECT count(*) FROM complaint WHERE triaged_at IS NULL").query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT site FROM review_case ORDER BY site").query(String.class).list())
                .contains("kino-pirate.example", "kino-mirror.test", "propaganda.test", "203.0.113.45");
        assertThat(jdbc.sql("SELECT triage FROM complaint WHERE idempotency_key = 'demo-other-1'").query(String.class)
                .single()).contains("\"outcome\":\"INVALID\"");
    }
}
