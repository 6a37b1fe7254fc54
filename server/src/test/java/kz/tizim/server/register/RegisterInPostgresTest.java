package kz.tizim.server.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.LocatorPublication;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.legal.Urgency;
import kz.tizim.core.register.ChangeKind;
import kz.tizim.core.register.DecisionReference;
import kz.tizim.core.register.LiftRestrictionCommand;
import kz.tizim.core.register.LiftingRestriction;
import kz.tizim.core.register.RecordRestrictionCommand;
import kz.tizim.core.register.RecordingRestriction;
import kz.tizim.core.register.Register;
import kz.tizim.core.register.RegisterChange;
import kz.tizim.match.locator.Locator;
import kz.tizim.server.audit.AuditChainWriter;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@TizimSpringBootTest
class RegisterInPostgresTest {

    @Autowired
    RecordingRestriction recording;

    @Autowired
    AuditChainWriter auditChain;

    @Autowired
    LiftingRestriction lifting;

    @Autowired
    Register register;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void keepsEveryVersionAndAnswersWhatWasRestrictedAtAnEarlierTime() throws Exception {
        long before = register.currentSerial();
        var ordered = transactions.execute(s -> recording.record(command("domain-tree pg-history.example", "TZ-2026-000501")));
        Instant afterOrder = Instant.now();
        Thread.sleep(20);
        var lifted = transactions.execute(s -> lifting.lift(new LiftRestrictionCommand(
                new DecisionReference("TZ-2026-000501"), Locator.parse("domain-tree pg-history.example"), "appeal upheld")));

        assertThat(ordered).isInstanceOf(RecordingRestriction.Recorded.class);
        assertThat(lifted).isInstanceOf(LiftingRestriction.Lifted.class);
        List<RegisterChange> changes = new ArrayList<>();
        register.forEachChangeSince(before, changes::add);
        assertThat(changes).extracting(RegisterChange::serial).containsExactly(before + 1, before + 2);
        assertThat(changes).extracting(RegisterChange::kind).containsExactly(ChangeKind.ORDERED, ChangeKind.LIFTED);
        assertThat(changes.get(1).reason()).isEqualTo("appeal upheld");
        assertThat(activeAt(afterOrder)).contains("domain-tree pg-history.example");
        assertThat(activeAt(Instant.now())).doesNotContain("domain-tree pg-history.example");
        assertThat(current()).doesNotContain("domain-tree pg-history.example");
    }

    @Test
    void aRetriedOrderAppendsNoSecondVersion() {
        transactions.execute(s -> recording.record(command("domain retry.example", "TZ-2026-000502")));
        long serial = register.currentSerial();

        var again = transactions.execute(s -> recording.record(command("domain retry.example", "TZ-2026-000502")));

        assertThat(again).isInstanceOf(RecordingRestriction.AlreadyRecorded.class);
        assertThat(register.currentSerial()).isEqualTo(serial);
    }

    @Test
    void versionsCannotBeChangedOrDeletedEvenWithSql() {
        transactions.execute(s -> recording.record(command("domain evidence.example", "TZ-2026-000503")));

        assertThatThrownBy(() -> jdbc.sql("UPDATE register_version SET locator = 'other.example'").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM register_version").update())
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void auditsEachVersionWithoutRevealingHashOnlyLocators() {
        var csam = new RecordRestrictionCommand(Locator.parse("url http://secret-csam.example/x"),
                new DecisionReference("TZ-2026-000504"), OffenceCategory.CSAM, new LegalBasisId("KZ-CC-312"),
                Urgency.IMMEDIATE, Instant.parse("2026-01-01T00:00:00Z"), null, LocatorPublication.HASHES_ONLY);
        transactions.execute(s -> recording.record(csam));

        auditChain.chainPending(); // events are linked into the chain just after their commit
        String detail = jdbc.sql("SELECT detail FROM audit_event WHERE target = 'TZ-2026-000504'").query(String.class).single();

        assertThat(detail).contains("sha256:").doesNotContain("secret-csam");
    }

    static RecordRestrictionCommand command(String locator, String decision) {
        return new RecordRestrictionCommand(Locator.parse(locator), new DecisionReference(decision),
                OffenceCategory.GAMBLING, new LegalBasisId("KZ-CC-307"), Urgency.ORDINARY,
                Instant.parse("2026-01-01T00:00:00Z"), null, LocatorPublication.PUBLISHED);
    }

    private List<String> activeAt(Instant instant) {
        List<String> out = new ArrayList<>();
        register.forEachActiveAt(instant, e -> out.add(e.locator().toString()));
        return out;
    }

    private List<String> current() {
        List<String> out = new ArrayList<>();
        register.forEachCurrent(c -> out.add(c.entry().locator().toString()));
        return out;
    }
}
