package kz.tizim.server.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Every figure of the report against {@link TransparencyDatasetFixture}, through its CSV download
 * (the numbers a reader downloads) and the page's table. Its own context, so its database holds this
 * dataset and nothing else.
 */
@TizimSpringBootTest
@TestPropertySource(properties = "tizim.test.dataset=transparency-figures")
class TransparencyFiguresTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http http;

    @BeforeEach
    void load() {
        if (jdbc.sql("SELECT count(*) FROM decision").query(Long.class).single() == 0) {
            new TransparencyDatasetFixture(jdbc).load();
        }
        http = new Http(port);
    }

    @Test
    void decisionsPerMonthByCategoryCountTheMonthInAlmatyTime() {
        assertThat(csv("decisions-by-category")).isEqualTo("""
                month,category,decisions
                2026-02,COPYRIGHT,2
                2026-03,COPYRIGHT,1
                2026-03,TERRORISM_PROPAGANDA,1
                """);
    }

    @Test
    void decisionsPerMonthByUrgencyTrack() {
        assertThat(csv("decisions-by-urgency")).isEqualTo("""
                month,urgency,decisions
                2026-02,ORDINARY,2
                2026-03,IMMEDIATE,1
                2026-03,ORDINARY,1
                """);
    }

    @Test
    void shareWithNoticeBeforeRestrictionCountsNoticesAsSent() {
        assertThat(csv("notice-before-restriction")).isEqualTo("""
                month,decisions,notice_first,share_percent
                2026-02,2,2,100.0
                2026-03,2,0,0.0
                """);
    }

    @Test
    void medianDaysFromFirstComplaintToDecisionPerCategory() {
        assertThat(csv("time-to-decision")).isEqualTo("""
                category,decisions,median_days
                COPYRIGHT,3,4.0
                TERRORISM_PROPAGANDA,1,0.5
                """);
    }

    @Test
    void appealsByOutcomeWithPendingOnesWithoutDuration() {
        assertThat(csv("appeals")).isEqualTo("""
                outcome,appeals,median_days
                LIFTED,1,1.0
                PENDING,1,
                UPHELD,1,3.0
                """);
    }

    @Test
    void restrictionsLiftedOrExpiredPerMonth() {
        assertThat(csv("restrictions-ended")).isEqualTo("""
                month,change,entries
                2026-03,LIFTED,1
                2026-04,EXPIRED,1
                """);
    }

    @Test
    void crossBorderRequestsByCountryAndOutcomeLeaveOutUnsentDrafts() {
        assertThat(csv("cross-border")).isEqualTo("""
                country,status,requests
                KG,REFUSED,1
                KG,SENT,1
                US,ACTED,1
                """);
    }

    @Test
    void ispComplianceLagPerIspSinceItsFirstAcknowledgement() {
        assertThat(csv("isp-compliance")).isEqualTo("""
                isp,versions,acknowledged,median_lag_minutes,max_lag_minutes
                Slow Net,2,1,120.0,120.0
                Test Telecom,5,5,30.0,60.0
                """);
    }

    @Test
    void equalTreatmentByPopularityTier() {
        assertThat(csv("equal-treatment")).isEqualTo("""
                tier,decisions,median_days
                TOP,2,4.0
                LOW,1,4.0
                UNKNOWN,1,0.5
                """);
    }

    @Test
    void theCsvIsADownloadAndAnUnknownFigureIsNotFound() {
        var response = http.get("/transparency/appeals.csv");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment").contains("tizim-appeals.csv"));
        assertThat(http.get("/transparency/nothing.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void thePageShowsEachFigureAsATableWithChartDataAndCsvLinkInTheReadersLanguage() {
        var english = http.get("/transparency?lang=en");
        var russian = http.get("/transparency?lang=ru");

        assertThat(english.statusCode()).isEqualTo(200);
        String page = english.body();
        for (String id : TransparencyFigures.IDS) {
            assertThat(page).contains("id=\"table-" + id + "\"").contains("id=\"chart-" + id + "\"")
                    .contains("href=\"/transparency/" + id + ".csv\"");
        }
        assertThat(page).containsPattern("<td>Test Telecom</td>\\s*<td class=\"num\">5</td>\\s*<td class=\"num\">5</td>"
                + "\\s*<td class=\"num\">30\\.0</td>\\s*<td class=\"num\">60\\.0</td>");
        assertThat(page).contains("\"labels\":[\"Copyright infringement\",\"Terrorism propaganda\"]");
        assertThat(russian.body()).contains("Отчёт о прозрачности").contains("Нарушение авторских прав")
                .containsPattern("<td>Test Telecom</td>\\s*<td class=\"num\">5</td>\\s*<td class=\"num\">5</td>"
                        + "\\s*<td class=\"num\">30,0</td>");
    }

    private String csv(String figure) {
        var response = http.get("/transparency/" + figure + ".csv");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().replace("\r\n", "\n");
    }
}
