package kz.tizim.server.crossborder;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.DecisionNumber;
import kz.tizim.core.caseflow.SiteKey;
import kz.tizim.core.crossborder.Channel;
import kz.tizim.core.crossborder.CrossBorderRequest;
import kz.tizim.core.crossborder.DualCriminalityOverride;
import kz.tizim.core.crossborder.EvidenceRef;
import kz.tizim.core.crossborder.LetterLanguage;
import kz.tizim.core.crossborder.RequestId;
import kz.tizim.core.crossborder.RequestSite;
import kz.tizim.core.crossborder.RequestStatus;
import kz.tizim.core.crossborder.RequestedMeasure;
import kz.tizim.core.crossborder.SiteOutcome;
import kz.tizim.core.crossborder.VerdictParts;
import kz.tizim.core.legal.CatalogueVersion;
import kz.tizim.core.legal.DualCriminalityVerdict;
import kz.tizim.core.legal.JurisdictionCode;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.legal.Urgency;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Requests and their sites in PostgreSQL; a request is saved only over its previous version. */
@Repository
class CrossBorderRequestsJdbcRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    CrossBorderRequestsJdbcRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RequestId nextId() {
        return new RequestId(jdbc.sql("SELECT nextval('cross_border_request_id_seq')").query(Long.class).single());
    }

    void save(CrossBorderRequest r) {
        var o = r.override();
        Object[] values = {r.country().value(), r.hostName(), r.status().name(), r.requestingAuthority(), r.contacts(),
            r.channel().name(), r.measures().stream().map(Enum::name).sorted().toArray(String[]::new),
            r.language().name(), r.catalogue().number(), r.catalogue().sha256(), r.createdBy(), ts(r.createdAt()),
            r.approvedBy(), ts(r.approvedAt()), o == null ? null : o.by(), o == null ? null : o.reason(),
            o == null ? null : ts(o.at()), ts(r.sentAt()), ts(r.answerDue()), ts(r.acknowledgedAt()), ts(r.closedAt()),
            r.refusalReason(), r.reminders(), ts(r.lastReminderAt())};
        if (r.version() == 0) {
            jdbc.sql("""
                    INSERT INTO cross_border_request (country, host_name, status, authority, contacts, channel, measures,
                        language, catalogue_number, catalogue_sha256, created_by, created_at, approved_by, approved_at,
                        override_by, override_reason, override_at, sent_at, answer_due, acknowledged_at, closed_at,
                        refusal_reason, reminders, last_reminder_at, version, id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
                    .params(append(values, r.id().value())).update();
        } else {
            int updated = jdbc.sql("""
                    UPDATE cross_border_request SET country = ?, host_name = ?, status = ?, authority = ?, contacts = ?,
                        channel = ?, measures = ?, language = ?, catalogue_number = ?, catalogue_sha256 = ?,
                        created_by = ?, created_at = ?, approved_by = ?, approved_at = ?, override_by = ?,
                        override_reason = ?, override_at = ?, sent_at = ?, answer_due = ?, acknowledged_at = ?,
                        closed_at = ?, refusal_reason = ?, reminders = ?, last_reminder_at = ?, version = version + 1
                    WHERE id = ? AND version = ?""")
                    .params(append(append(values, r.id().value()), r.version() - 1)).update();
            if (updated != 1) {
                throw new OptimisticLockingFailureException("request " + r.id().reference() + " was changed meanwhile");
            }
            jdbc.sql("DELETE FROM cross_border_site WHERE request_id = ?").param(r.id().value()).update();
        }
        int position = 0;
        for (RequestSite s : r.sites()) {
            jdbc.sql("""
                    INSERT INTO cross_border_site (request_id, position, case_id, decision, site, category, urgency,
                        basis, basis_citation, locators, evidence, verdict, foreign_provisions, explanation, outcome,
                        outcome_at, verdict_parts)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(r.id().value(), position++, s.caseId().value(), s.decision().value(), s.site().value(),
                            s.category().name(), s.urgency().name(), s.basis(), s.basisCitation(),
                            s.locators().toArray(String[]::new),
                            s.evidence().stream().map(e -> e.sha256() + " " + e.capturedAt() + " " + e.fileName())
                                    .toArray(String[]::new),
                            s.verdict().name(), s.foreignProvisions().toArray(String[]::new), s.explanation(),
                            s.outcome().name(), ts(s.outcomeAt()),
                            s.parts() == null ? null : JSON.writeValueAsString(s.parts()))
                    .update();
        }
    }

    Optional<CrossBorderRequest> find(RequestId id) {
        return jdbc.sql("SELECT * FROM cross_border_request WHERE id = ?").param(id.value())
                .query((rs, n) -> request(rs)).optional();
    }

    List<CrossBorderRequest> all() {
        return jdbc.sql("SELECT * FROM cross_border_request ORDER BY id DESC").query((rs, n) -> request(rs)).list();
    }

    /** One reminder as recorded: which interval, when it was due, when and by whom it was recorded. */
    record Reminder(int ordinal, Instant dueAt, Instant recordedAt, String recordedBy) {
    }

    /** Records reminder {@code ordinal}; the primary key refuses a second one for the same interval. */
    void recordReminder(RequestId id, Reminder reminder) {
        jdbc.sql("""
                INSERT INTO cross_border_reminder (request_id, ordinal, due_at, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?)""")
                .params(id.value(), reminder.ordinal(), ts(reminder.dueAt()), ts(reminder.recordedAt()),
                        reminder.recordedBy())
                .update();
    }

    List<Reminder> reminders(RequestId id) {
        return jdbc.sql("SELECT * FROM cross_border_reminder WHERE request_id = ? ORDER BY ordinal").param(id.value())
                .query((rs, n) -> new Reminder(rs.getInt("ordinal"), instant(rs, "due_at"), instant(rs, "recorded_at"),
                        rs.getString("recorded_by")))
                .list();
    }

    /** Requests sent and not yet answered: the ones the scheduler looks at. */
    List<RequestId> awaitingAnswer() {
        return jdbc.sql("SELECT id FROM cross_border_request WHERE status IN ('SENT', 'ACKNOWLEDGED') ORDER BY id")
                .query(Long.class).list().stream().map(RequestId::new).toList();
    }

    /** Cases already in a request that is still alive (anything but REFUSED or NO_RESPONSE). */
    List<Long> casesInLiveRequests() {
        return jdbc.sql("""
                SELECT s.case_id FROM cross_border_site s JOIN cross_border_request r ON r.id = s.request_id
                WHERE r.status NOT IN ('REFUSED', 'NO_RESPONSE')""").query(Long.class).list();
    }

    private CrossBorderRequest request(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String overrideBy = rs.getString("override_by");
        return new CrossBorderRequest(new RequestId(id), rs.getLong("version"),
                new JurisdictionCode(rs.getString("country")), rs.getString("host_name"),
                RequestStatus.valueOf(rs.getString("status")), rs.getString("authority"), rs.getString("contacts"),
                Channel.valueOf(rs.getString("channel")),
                strings(rs.getArray("measures")).stream().map(RequestedMeasure::valueOf).collect(Collectors.toSet()),
                LetterLanguage.valueOf(rs.getString("language")),
                new CatalogueVersion(rs.getInt("catalogue_number"), rs.getString("catalogue_sha256")), sites(id),
                rs.getString("created_by"), instant(rs, "created_at"), rs.getString("approved_by"),
                instant(rs, "approved_at"),
                overrideBy == null ? null : new DualCriminalityOverride(overrideBy, rs.getString("override_reason"),
                        instant(rs, "override_at")),
                instant(rs, "sent_at"), instant(rs, "answer_due"), instant(rs, "acknowledged_at"),
                instant(rs, "closed_at"), rs.getString("refusal_reason"), rs.getInt("reminders"),
                instant(rs, "last_reminder_at"));
    }

    private List<RequestSite> sites(long requestId) {
        return jdbc.sql("SELECT * FROM cross_border_site WHERE request_id = ? ORDER BY position").param(requestId)
                .query((rs, n) -> new RequestSite(new CaseId(rs.getLong("case_id")),
                        new DecisionNumber(rs.getString("decision")), new SiteKey(rs.getString("site")),
                        OffenceCategory.valueOf(rs.getString("category")), Urgency.valueOf(rs.getString("urgency")),
                        rs.getString("basis"), rs.getString("basis_citation"), strings(rs.getArray("locators")),
                        strings(rs.getArray("evidence")).stream().map(CrossBorderRequestsJdbcRepository::evidence)
                                .toList(),
                        DualCriminalityVerdict.Outcome.valueOf(rs.getString("verdict")),
                        strings(rs.getArray("foreign_provisions")), rs.getString("explanation"),
                        parts(rs.getString("verdict_parts")), SiteOutcome.valueOf(rs.getString("outcome")),
                        instant(rs, "outcome_at")))
                .list();
    }

    private static @Nullable VerdictParts parts(@Nullable String json) {
        return json == null ? null : JSON.readValue(json, VerdictParts.class);
    }

    private static EvidenceRef evidence(String stored) {
        String[] parts = stored.split(" ", 3);
        return new EvidenceRef(parts[2], parts[0], Instant.parse(parts[1]));
    }

    static List<String> strings(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] all = Arrays.copyOf(values, values.length + 1);
        all[values.length] = last;
        return all;
    }
}
