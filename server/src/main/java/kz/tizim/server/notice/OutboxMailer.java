package kz.tizim.server.notice;

import java.time.Clock;
import kz.tizim.server.complaint.UseCaseTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox by e-mail when {@code spring.mail.host} is configured (Spring Boot then
 * provides a {@link JavaMailSender}). The appeal code is appended to the body here, the only place
 * it leaves the database, and erased once the server accepted the message. Without a mail host
 * (demo mode) nothing is sent: the console's outbox page shows what would be.
 */
@Component
@ConditionalOnBean(JavaMailSender.class)
@ConditionalOnProperty(name = "tizim.notice.jobs-enabled", havingValue = "true", matchIfMissing = true)
class OutboxMailer {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxMailer.class);

    private final OutboxJdbcRepository outbox;
    private final JavaMailSender mail;
    private final NoticeProperties properties;
    private final UseCaseTransactions transactions;
    private final Clock clock;

    OutboxMailer(OutboxJdbcRepository outbox, JavaMailSender mail, NoticeProperties properties,
            UseCaseTransactions transactions, Clock clock) {
        this.outbox = outbox;
        this.mail = mail;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tizim.notice.mail-interval:PT1M}", initialDelayString = "PT20S")
    void deliver() {
        for (OutboxJdbcRepository.Message m : outbox.unsent(50)) {
            var message = new SimpleMailMessage();
            message.setFrom(properties.mailFrom());
            message.setTo(m.recipientEmail());
            message.setSubject(m.subject());
            message.setText(m.body() + "\n" + "Case / Іс / Дело: " + m.caseId() + "\nAppeal code / Шағым коды / Код"
                    + " обжалования: " + (m.appealCode() == null ? "—" : m.appealCode()) + "\n");
            try {
                mail.send(message);
                transactions.read(() -> {
                    outbox.delivered(m.id(), clock.instant());
                    return null;
                });
            } catch (MailException e) {
                LOG.warn("notice {} to {} not delivered: {}", m.id(), m.recipientEmail(), e.getMessage());
                transactions.read(() -> {
                    outbox.failed(m.id(), String.valueOf(e.getMessage()));
                    return null;
                });
            }
        }
    }
}
