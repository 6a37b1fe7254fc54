package kz.tizim.server.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.caseflow.Case;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.CaseStatus;
import kz.tizim.core.caseflow.Cases;
import kz.tizim.core.caseflow.DecisionNumber;
import kz.tizim.core.caseflow.Restriction;
import kz.tizim.core.caseflow.SiteKey;
import kz.tizim.core.complaint.ComplaintId;
import kz.tizim.core.legal.CategoryProcedure;
import kz.tizim.core.legal.Deadline;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.LocatorPublication;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.legal.Urgency;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.locator.LocatorKind;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cases in PostgreSQL ({@code review_case}). A case is inserted at version 0 and afterwards replaced
 * only over the version before it: a concurrent step fails with {@link OptimisticLockingFailureException}
 * (409 for the client) instead of silently overwriting. {@code resources} holds each locator
 * without its scheme so the http and https twins are found by one indexed lookup.
 */
@Repository
public class CasesJdbcRepository implements Cases {

    static final String COLUMNS = "id, version, status, category, urgency, decide_within, comply_within, notice_first,"
            + " publication, site, locators, complaints, opened_at, decision_due, reviewer, decision, decided_at,"
            + " compliance_due, restricted_scope, restricted_basis, restricted_from, restricted_until, restricted_public";

    private final JdbcClient jdbc;

    CasesJdbcRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CaseId nextId() {
        return new CaseId(jdbc.sql("SELECT nextval('review_case_id_seq')").query(Long.class).single());
    }

    @Override
    public void save(Case c) {
        CategoryProcedure p = c.procedure();
        Restriction r = c.restriction();
        Object[] values = {c.status().name(), p.category().name(), p.urgency().name(), p.decideWithin().toText(),
                p.ownerComplyWithin().toText(), p.noticeBeforeRestriction(), p.locators().name(), c.site().value(),
                c.locators().stream().map(Locator::toString).toArray(String[]::new),
                c.locators().stream().map(CasesJdbcRepository::resource).toArray(String[]::new),
                c.complaints().stream().map(ComplaintId::value).toArray(Long[]::new), Timestamp.from(c.openedAt()),
                Timestamp.from(c.decisionDue()), c.reviewer(), c.decision() == null ? null : c.decision().value(),
                timestamp(c.decidedAt()), timestamp(c.complianceDue()), r == null ? null : r.scope().toString(),
                r == null ? null : r.basis().value(), r == null ? null : Timestamp.from(r.start()),
                r == null ? null : Timestamp.from(r.end()), r == null ? null : r.publishable()};
        if (c.version() == 0) {
            jdbc.sql("""
                    INSERT INTO review_case (id, version, status, category, urgency, decide_within, comply_within,
                        notice_first, publication, site, locators, resources, complaints, opened_at, decision_due,
                        reviewer, decision, decided_at, compliance_due, restricted_scope, restricted_basis,
                        restricted_from, restricted_until, restricted_public)
                    VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(prepend(c.id().value(), values)).update();
            return;
        }
        int updated = jdbc.sql("""
                UPDATE review_case SET version = ?, status = ?, category = ?, urgency = ?, decide_within = ?,
                    comply_within = ?, notice_first = ?, publication = ?, site = ?, locators = ?, resources = ?,
                    complaints = ?, opened_at = ?, decision_due = ?, reviewer = ?, decision = ?, decided_at = ?,
                    compliance_due = ?, restricted_scope = ?, restricted_basis = ?, restricted_from = ?,
                    restricted_until = ?, restricted_public = ?
                WHERE id = ? AND version = ?""")
                .params(append(prepend(c.version(), values), c.id().value(), c.version() - 1)).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("case " + c.id() + " was changed by someone else; reload it");
        }
    }

    @Override
    public Optional<Case> find(CaseId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_case WHERE id = ?").param(id.value())
                .query((rs, n) -> map(rs)).optional();
    }

    @Override
    public List<Case> findOpenContaining(Locator locator) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_case WHERE resources @> ARRAY[?]::text[]"
                        + " AND status IN ('NEW', 'IN_REVIEW', 'NOTICE_SENT') ORDER BY id")
                .param(resource(locator)).query((rs, n) -> map(rs)).list();
    }

    @Override
    public Optional<Case> findUndecidedForSite(SiteKey site, OffenceCategory category) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_case WHERE site = ? AND category = ?"
                        + " AND status IN ('NEW', 'IN_REVIEW') AND decision IS NULL ORDER BY opened_at, id LIMIT 1")
                .params(site.value(), category.name()).query((rs, n) -> map(rs)).optional();
    }

    @Override
    public List<Case> findComplianceDueBy(Instant instant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_case WHERE status = 'NOTICE_SENT' AND compliance_due <= ?"
                        + " ORDER BY compliance_due, id")
                .param(Timestamp.from(instant)).query((rs, n) -> map(rs)).list();
    }

    @Override
    public List<Case> findRestrictionsEndingBy(Instant instant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_case WHERE status IN ('RESTRICTION_ORDERED', 'APPEALED',"
                        + " 'UPHELD') AND restricted_until <= ? ORDER BY restricted_until, id")
                .param(Timestamp.from(instant)).query((rs, n) -> map(rs)).list();
    }

    /** Cases in these statuses, for the queue (at most {@code limit}). */
    public List<Case> inStatus(List<CaseStatus> statuses, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_case WHERE status = ANY(?) ORDER BY decision_due, id LIMIT ?")
                .params(statuses.stream().map(Enum::name).toArray(String[]::new), limit)
                .query((rs, n) -> map(rs)).list();
    }

    /** Every case about a site, newest first. */
    public List<Case> ofSite(SiteKey site) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_case WHERE site = ? ORDER BY id DESC").param(site.value())
                .query((rs, n) -> map(rs)).list();
    }

    /** Cases resting on a complaint. */
    public List<Case> ofComplaint(ComplaintId complaint) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_case WHERE complaints @> ARRAY[?]::bigint[] ORDER BY id")
                .param(complaint.value()).query((rs, n) -> map(rs)).list();
    }

    /** The key under which a locator and its http/https twin meet. */
    static String resource(Locator locator) {
        String value = locator.value();
        if (locator.kind() == LocatorKind.URL || locator.kind() == LocatorKind.URL_PREFIX) {
            int scheme = value.indexOf("://");
            value = scheme < 0 ? value : value.substring(scheme + 3);
        }
        return locator.kind().token() + " " + value;
    }

    static Case map(ResultSet rs) throws SQLException {
        OffenceCategory category = OffenceCategory.valueOf(rs.getString("category"));
        Urgency urgency = Urgency.valueOf(rs.getString("urgency"));
        var procedure = new CategoryProcedure(category, urgency, Deadline.parse(rs.getString("decide_within")),
                Deadline.parse(rs.getString("comply_within")), rs.getBoolean("notice_first"),
                LocatorPublication.valueOf(rs.getString("publication")));
        String decision = rs.getString("decision");
        String scope = rs.getString("restricted_scope");
        Restriction restriction = scope == null || decision == null ? null : new Restriction(Locator.parse(scope),
                new DecisionNumber(decision), category, new LegalBasisId(rs.getString("restricted_basis")), urgency,
                rs.getTimestamp("restricted_from").toInstant(), rs.getTimestamp("restricted_until").toInstant(),
                rs.getBoolean("restricted_public"));
        return new Case(new CaseId(rs.getLong("id")), rs.getLong("version"), CaseStatus.valueOf(rs.getString("status")),
                procedure, new SiteKey(rs.getString("site")),
                Arrays.stream((String[]) rs.getArray("locators").getArray()).map(Locator::parse).toList(),
                Arrays.stream((Long[]) rs.getArray("complaints").getArray()).map(ComplaintId::new).toList(),
                rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("decision_due").toInstant(),
                rs.getString("reviewer"), decision == null ? null : new DecisionNumber(decision),
                instant(rs.getTimestamp("decided_at")), instant(rs.getTimestamp("compliance_due")), restriction);
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static Object[] append(Object[] head, Object... tail) {
        Object[] all = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
