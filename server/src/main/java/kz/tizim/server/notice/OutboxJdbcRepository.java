package kz.tizim.server.notice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.tizim.core.decision.StatementOfReasons;
import kz.tizim.core.notice.NoticeMessage;
import kz.tizim.core.notice.Outbox;
import kz.tizim.server.system.TizimProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The mail outbox ({@link Outbox}): a message is written in the transaction of the notice, in
 * Kazakh, Russian and English one after the other. The appeal code is kept in its own column, never
 * in the body, and is added to the mail only when it is sent; then it is erased.
 */
@Repository
class OutboxJdbcRepository implements Outbox {

    static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("kk"), Locale.forLanguageTag("ru"),
            Locale.ENGLISH);

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final TizimProperties properties;
    private final Clock clock;

    OutboxJdbcRepository(JdbcClient jdbc, MessageSource messages, TizimProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void enqueue(NoticeMessage m) {
        StatementOfReasons s = m.statement();
        var subject = new ArrayList<String>();
        var body = new StringBuilder();
        for (Locale locale : LANGUAGES) {
            subject.add(text("notice.mail.subject", locale, s.decision().value(), m.caseId().value()));
            body.append(text("notice.mail.body", locale, m.recipient().contact().name(), s.decision().value(),
                    m.caseId().value(), s.category().name(), s.measure().name(), s.scope().toString(),
                    s.territorialScope(), s.duration().toString(), s.legalGround().value(), s.citation(),
                    s.catalogue().label(), s.facts(), s.explanation(),
                    m.complianceDue() == null ? text("notice.mail.restrictedAlready", locale)
                            : text("notice.mail.complyBy", locale, m.complianceDue().toString()),
                    s.redress(), properties.publicUrl() + "/public/appeal"))
                    .append("\n\n----------------------------------------\n\n");
        }
        jdbc.sql("""
                INSERT INTO outbox_message (case_id, decision, recipient_name, recipient_email, timing, compliance_due,
                    subject, body, appeal_code, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(m.caseId().value(), s.decision().value(), m.recipient().contact().name(),
                        m.recipient().contact().email(), m.timing().name(),
                        m.complianceDue() == null ? null : Timestamp.from(m.complianceDue()),
                        String.join(" / ", subject), body.toString(), m.appealCode(), Timestamp.from(clock.instant()))
                .update();
    }

    /** One outbox message. */
    record Message(long id, long caseId, String decision, String recipientName, String recipientEmail, String timing,
            String subject, String body, @Nullable String appealCode, Instant createdAt, @Nullable Instant sentAt,
            int attempts, @Nullable String lastError) {
    }

    List<Message> latest(int limit) {
        return jdbc.sql("SELECT * FROM outbox_message ORDER BY id DESC LIMIT ?").param(limit).query((rs, n) -> message(rs))
                .list();
    }

    List<Message> unsent(int limit) {
        return jdbc.sql("SELECT * FROM outbox_message WHERE sent_at IS NULL ORDER BY id LIMIT ?").param(limit)
                .query((rs, n) -> message(rs)).list();
    }

    /** Delivered: the appeal code is erased; only the notice's hash of it remains. */
    void delivered(long id, Instant at) {
        jdbc.sql("UPDATE outbox_message SET sent_at = ?, appeal_code = NULL, attempts = attempts + 1, last_error = NULL"
                + " WHERE id = ?").params(Timestamp.from(at), id).update();
    }

    void failed(long id, String error) {
        jdbc.sql("UPDATE outbox_message SET attempts = attempts + 1, last_error = ? WHERE id = ?").params(error, id)
                .update();
    }

    private static Message message(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Message(rs.getLong("id"), rs.getLong("case_id"), rs.getString("decision"),
                rs.getString("recipient_name"), rs.getString("recipient_email"), rs.getString("timing"),
                rs.getString("subject"), rs.getString("body"), rs.getString("appeal_code"),
                rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant(),
                rs.getInt("attempts"), rs.getString("last_error"));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
