package kz.tizim.server.transparency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.tizim.server.transparency.Figure.Chart;
import kz.tizim.server.transparency.Figure.Column;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures of the transparency report, each one readable SQL over the tables of the modules that
 * own the data. None of those modules (decision, review, complaint, notice, appeal, register,
 * feed, crossborder) exposes an aggregate API, so these are read-only queries on their tables:
 * nothing here writes. Months and days are counted in Almaty time, the register's legal clock;
 * durations are in days (complaint to decision, appeals) or minutes (ISP lag), medians by
 * {@code percentile_cont(0.5)} rounded to one decimal.
 */
@Service
class TransparencyFigures {

    static final List<String> IDS = List.of("decisions-by-category", "decisions-by-urgency",
            "notice-before-restriction", "time-to-decision", "appeals", "restrictions-ended", "cross-border",
            "isp-compliance", "equal-treatment");

    private static final String MONTH = "to_char(%s AT TIME ZONE 'Asia/Almaty', 'YYYY-MM')";

    /** Days from the first complaint of the decision's case to its approval (null for a case without complaints). */
    private static final String FIRST_COMPLAINT = """
            CROSS JOIN LATERAL (SELECT min(p.filed_at) AS filed_at FROM complaint p WHERE p.id = ANY (c.complaints)) f
            """;
    private static final String MEDIAN_DAYS_TO_DECISION = """
            round((percentile_cont(0.5) WITHIN GROUP (
                ORDER BY extract(epoch FROM d.approved_at - f.filed_at) / 86400))::numeric, 1)""";

    private final JdbcClient jdbc;

    TransparencyFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Figure> all() {
        return IDS.stream().map(id -> byId(id).orElseThrow()).toList();
    }

    Optional<Figure> byId(String id) {
        return Optional.ofNullable(switch (id) {
            case "decisions-by-category" -> decisionsByCategory();
            case "decisions-by-urgency" -> decisionsByUrgency();
            case "notice-before-restriction" -> noticeBeforeRestriction();
            case "time-to-decision" -> timeToDecision();
            case "appeals" -> appeals();
            case "restrictions-ended" -> restrictionsEnded();
            case "cross-border" -> crossBorder();
            case "isp-compliance" -> ispCompliance();
            case "equal-treatment" -> equalTreatment();
            default -> null;
        });
    }

    /** Approved decisions per month and offence category. */
    Figure decisionsByCategory() {
        return figure("decisions-by-category", """
                SELECT %s AS month, d.category, count(*) AS decisions
                FROM decision d
                GROUP BY 1, 2 ORDER BY 1, 2""".formatted(MONTH.formatted("d.approved_at")),
                List.of(Column.text("month"), Column.code("category", "restricted.category."),
                        Column.number("decisions")),
                Chart.stacked(0, 1, 2));
    }

    /** Approved decisions per month and urgency track (immediate: restricted first, noticed after). */
    Figure decisionsByUrgency() {
        return figure("decisions-by-urgency", """
                SELECT %s AS month, c.urgency, count(*) AS decisions
                FROM decision d JOIN review_case c ON c.id = d.case_id
                GROUP BY 1, 2 ORDER BY 1, 2""".formatted(MONTH.formatted("d.approved_at")),
                List.of(Column.text("month"), Column.code("urgency", "public.urgency."), Column.number("decisions")),
                Chart.stacked(0, 1, 2));
    }

    /** Per month, the decisions whose owner was sent a notice before any restriction (the ordinary track, as sent). */
    Figure noticeBeforeRestriction() {
        return figure("notice-before-restriction", """
                SELECT month, count(*) AS decisions,
                       count(*) FILTER (WHERE notice_first) AS notice_first,
                       round(100.0 * count(*) FILTER (WHERE notice_first) / count(*), 1) AS share_percent
                FROM (SELECT %s AS month,
                             EXISTS (SELECT 1 FROM notice n
                                     WHERE n.decision = d.number AND n.timing = 'BEFORE_RESTRICTION') AS notice_first
                      FROM decision d) x
                GROUP BY month ORDER BY month""".formatted(MONTH.formatted("d.approved_at")),
                List.of(Column.text("month"), Column.number("decisions"), Column.number("notice_first"),
                        Column.number("share_percent")),
                Chart.line(0, 3));
    }

    /** Median days from the first complaint of a case to the decision, per category. */
    Figure timeToDecision() {
        return figure("time-to-decision", """
                SELECT d.category, count(*) AS decisions, %s AS median_days
                FROM decision d JOIN review_case c ON c.id = d.case_id
                %s
                GROUP BY d.category ORDER BY d.category""".formatted(MEDIAN_DAYS_TO_DECISION, FIRST_COMPLAINT),
                List.of(Column.code("category", "restricted.category."), Column.number("decisions"),
                        Column.number("median_days")),
                Chart.bars(0, 2));
    }

    /** Appeals by outcome (pending while undecided), with the median days from filing to the decision on it. */
    Figure appeals() {
        return figure("appeals", """
                SELECT coalesce(a.outcome, 'PENDING') AS outcome, count(*) AS appeals,
                       round((percentile_cont(0.5) WITHIN GROUP (
                           ORDER BY extract(epoch FROM a.decided_at - a.filed_at) / 86400))::numeric, 1) AS median_days
                FROM appeal a
                GROUP BY 1 ORDER BY 1""",
                List.of(Column.code("outcome", "public.appeal."), Column.number("appeals"),
                        Column.number("median_days")),
                Chart.bars(0, 1));
    }

    /** Register entries lifted (appeal, decision) or expired (end of term) per month. */
    Figure restrictionsEnded() {
        return figure("restrictions-ended", """
                SELECT %s AS month, v.change, count(*) AS entries
                FROM register_version v
                WHERE v.change IN ('LIFTED', 'EXPIRED')
                GROUP BY 1, 2 ORDER BY 1, 2""".formatted(MONTH.formatted("v.recorded_at")),
                List.of(Column.text("month"), Column.code("change", "public.change."), Column.number("entries")),
                Chart.stacked(0, 1, 2));
    }

    /** Requests sent to host states, by country and where each stands (drafts not yet sent are left out). */
    Figure crossBorder() {
        return figure("cross-border", """
                SELECT r.country, r.status, count(*) AS requests
                FROM cross_border_request r
                WHERE r.sent_at IS NOT NULL
                GROUP BY 1, 2 ORDER BY 1, 2""",
                List.of(Column.text("country"), Column.code("status", "public.crossborder."),
                        Column.number("requests")),
                Chart.stacked(0, 1, 2));
    }

    /**
     * How long each ISP took to acknowledge register versions: for every version recorded since the
     * ISP's first acknowledgement, the time until it acknowledged a serial at least as new.
     */
    Figure ispCompliance() {
        return figure("isp-compliance", """
                WITH isp AS (
                    SELECT o.id, o.name, min(a.acknowledged_at) AS first_ack
                    FROM organisation o JOIN feed_ack a ON a.organisation_id = o.id
                    WHERE o.kind = 'ISP'
                    GROUP BY o.id, o.name),
                lag AS (
                    SELECT isp.name,
                           (SELECT min(a.acknowledged_at) FROM feed_ack a
                            WHERE a.organisation_id = isp.id AND a.serial >= v.serial) - v.recorded_at AS lag
                    FROM isp JOIN register_version v ON v.recorded_at >= isp.first_ack)
                SELECT name AS isp, count(*) AS versions, count(lag) AS acknowledged,
                       round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM lag) / 60))::numeric, 1)
                           AS median_lag_minutes,
                       round((max(extract(epoch FROM lag)) / 60)::numeric, 1) AS max_lag_minutes
                FROM lag
                GROUP BY name ORDER BY name""",
                List.of(Column.text("isp"), Column.number("versions"), Column.number("acknowledged"),
                        Column.number("median_lag_minutes"), Column.number("max_lag_minutes")),
                Chart.bars(0, 3, 4));
    }

    /** Decisions and median days to decision by the site's popularity tier: no tier may be treated better. */
    Figure equalTreatment() {
        return figure("equal-treatment", """
                SELECT tier, count(*) AS decisions,
                       round((percentile_cont(0.5) WITHIN GROUP (
                           ORDER BY extract(epoch FROM approved_at - filed_at) / 86400))::numeric, 1) AS median_days
                FROM (SELECT coalesce(s.tier, 'UNKNOWN') AS tier, d.approved_at, f.filed_at
                      FROM decision d JOIN review_case c ON c.id = d.case_id
                      LEFT JOIN site_dossier s ON s.site = c.site
                      %s) x
                GROUP BY tier
                ORDER BY array_position(ARRAY['TOP', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'], tier)"""
                .formatted(FIRST_COMPLAINT),
                List.of(Column.code("tier", "public.tier."), Column.number("decisions"), Column.number("median_days")),
                Chart.bars(0, 1, 2));
    }

    private Figure figure(String id, String sql, List<Column> columns, Chart chart) {
        List<List<@Nullable Object>> rows = jdbc.sql(sql).query((rs, n) -> {
            List<@Nullable Object> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                row.add(rs.getObject(i));
            }
            return row;
        }).list();
        return new Figure(id, columns, rows, chart);
    }
}
