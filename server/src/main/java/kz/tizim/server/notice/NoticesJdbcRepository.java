package kz.tizim.server.notice;

import java.sql.Timestamp;
import java.util.Optional;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.DecisionNumber;
import kz.tizim.core.caseflow.NoticeTiming;
import kz.tizim.core.complaint.Contact;
import kz.tizim.core.notice.Notice;
import kz.tizim.core.notice.Notices;
import kz.tizim.core.notice.Recipient;
import kz.tizim.core.notice.RecipientSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sent notices; the appeal code only as its SHA-256. */
@Repository
class NoticesJdbcRepository implements Notices {

    private final JdbcClient jdbc;

    NoticesJdbcRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Notice n) {
        jdbc.sql("""
                INSERT INTO notice (case_id, decision, recipient_name, recipient_email, recipient_source, timing,
                    compliance_due, appeal_code_sha256, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(n.caseId().value(), n.decision().value(), n.recipient().contact().name(),
                        n.recipient().contact().email(), n.recipient().source().name(), n.timing().name(),
                        n.complianceDue() == null ? null : Timestamp.from(n.complianceDue()), n.appealCodeSha256(),
                        Timestamp.from(n.sentAt()))
                .update();
    }

    @Override
    public Optional<Notice> findByCase(CaseId caseId) {
        return jdbc.sql("SELECT * FROM notice WHERE case_id = ? ORDER BY id DESC LIMIT 1").param(caseId.value())
                .query((rs, n) -> {
                    Timestamp due = rs.getTimestamp("compliance_due");
                    return new Notice(new CaseId(rs.getLong("case_id")), new DecisionNumber(rs.getString("decision")),
                            new Recipient(new Contact(rs.getString("recipient_name"), rs.getString("recipient_email")),
                                    RecipientSource.valueOf(rs.getString("recipient_source"))),
                            NoticeTiming.valueOf(rs.getString("timing")), due == null ? null : due.toInstant(),
                            rs.getString("appeal_code_sha256"), rs.getTimestamp("sent_at").toInstant());
                })
                .optional();
    }
}
