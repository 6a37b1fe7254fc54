package kz.tizim.server.complaint;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.complaint.ComplainantKind;
import kz.tizim.core.complaint.Complaint;
import kz.tizim.core.complaint.ComplaintId;
import kz.tizim.core.complaint.Complaints;
import kz.tizim.core.complaint.Contact;
import kz.tizim.core.complaint.EvidenceId;
import kz.tizim.core.complaint.IdempotencyKey;
import kz.tizim.core.complaint.RightClaim;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.OffenceCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Complaints in PostgreSQL. A complaint is inserted once; saving it again records only its triage
 * time, which is the only thing that changes. The idempotency key is unique per organisation.
 */
@Repository
public class ComplaintsJdbcRepository implements Complaints {

    private static final String COLUMNS = "id, organisation_id, filed_by, complainant_kind, category, suggested_basis,"
            + " description, locators, evidence, right_work, right_basis, right_proof, owner_name, owner_email,"
            + " idempotency_key, fingerprint, filed_at, triaged_at";

    private final JdbcClient jdbc;

    ComplaintsJdbcRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ComplaintId nextId() {
        return new ComplaintId(jdbc.sql("SELECT nextval('complaint_id_seq')").query(Long.class).single());
    }

    @Override
    public void save(Complaint c) {
        RightClaim right = c.right();
        Contact owner = c.ownerContact();
        jdbc.sql("INSERT INTO complaint (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET triaged_at = EXCLUDED.triaged_at")
                .params(c.id().value(), c.organisation().value(), c.filedBy(), c.complainantKind().name(),
                        c.category().name(), c.suggestedBasis() == null ? null : c.suggestedBasis().value(),
                        c.description(), c.locators().toArray(String[]::new),
                        c.evidence().stream().map(EvidenceId::value).toArray(Long[]::new),
                        right == null ? null : right.workTitle(), right == null ? null : right.basis().name(),
                        right == null ? null : right.proof().value(), owner == null ? null : owner.name(),
                        owner == null ? null : owner.email(),
                        c.idempotencyKey() == null ? null : c.idempotencyKey().value(), c.fingerprint(),
                        Timestamp.from(c.filedAt()), timestamp(c.triagedAt()))
                .update();
    }

    @Override
    public Optional<Complaint> find(ComplaintId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM complaint WHERE id = ?").param(id.value())
                .query((rs, n) -> map(rs)).optional();
    }

    @Override
    public Optional<Complaint> findByIdempotencyKey(OrganisationId organisation, IdempotencyKey key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM complaint WHERE organisation_id = ? AND idempotency_key = ?")
                .params(organisation.value(), key.value()).query((rs, n) -> map(rs)).optional();
    }

    @Override
    public List<Complaint> findByOrganisation(OrganisationId organisation) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM complaint WHERE organisation_id = ? ORDER BY id DESC LIMIT 500")
                .param(organisation.value()).query((rs, n) -> map(rs)).list();
    }

    /** Complaints of many ids (a case's), oldest first. */
    public List<Complaint> findAll(List<ComplaintId> ids) {
        Long[] values = ids.stream().map(ComplaintId::value).toArray(Long[]::new);
        return jdbc.sql("SELECT " + COLUMNS + " FROM complaint WHERE id = ANY(?) ORDER BY id").param(values)
                .query((rs, n) -> map(rs)).list();
    }

    /** The current status and decision of the given cases, by case id. */
    Map<Long, MyComplaintsConsoleController.CaseState> caseStates(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, MyComplaintsConsoleController.CaseState> states = new HashMap<>();
        jdbc.sql("SELECT id, status, decision FROM review_case WHERE id = ANY(?)").param(caseIds.toArray(Long[]::new))
                .query((rs, n) -> new MyComplaintsConsoleController.CaseState(rs.getLong(1), rs.getString(2),
                        rs.getString(3)))
                .list().forEach(state -> states.put(state.id(), state));
        return states;
    }

    /** Keeps the triage result as the complainant was told it, so a replayed filing answers the same. */
    void recordTriage(ComplaintId id, String triageJson) {
        jdbc.sql("UPDATE complaint SET triage = ? WHERE id = ?").params(triageJson, id.value()).update();
    }

    Optional<String> triage(ComplaintId id) {
        return jdbc.sql("SELECT triage FROM complaint WHERE id = ? AND triage IS NOT NULL").param(id.value())
                .query(String.class).optional();
    }

    private static Complaint map(ResultSet rs) throws SQLException {
        String basis = rs.getString("suggested_basis");
        String work = rs.getString("right_work");
        String ownerEmail = rs.getString("owner_email");
        String key = rs.getString("idempotency_key");
        Timestamp triaged = rs.getTimestamp("triaged_at");
        return new Complaint(new ComplaintId(rs.getLong("id")), new OrganisationId(rs.getLong("organisation_id")),
                rs.getString("filed_by"), ComplainantKind.valueOf(rs.getString("complainant_kind")),
                OffenceCategory.valueOf(rs.getString("category")), basis == null ? null : new LegalBasisId(basis),
                rs.getString("description"), Arrays.asList(strings(rs.getArray("locators"))),
                Arrays.stream(longs(rs.getArray("evidence"))).map(EvidenceId::new).toList(),
                work == null ? null : new RightClaim(work, RightClaim.Basis.valueOf(rs.getString("right_basis")),
                        new EvidenceId(rs.getLong("right_proof"))),
                ownerEmail == null ? null : new Contact(rs.getString("owner_name"), ownerEmail),
                key == null ? null : new IdempotencyKey(key), rs.getString("fingerprint"),
                rs.getTimestamp("filed_at").toInstant(), triaged == null ? null : triaged.toInstant());
    }

    static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    static Long[] longs(Array array) throws SQLException {
        return (Long[]) array.getArray();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
