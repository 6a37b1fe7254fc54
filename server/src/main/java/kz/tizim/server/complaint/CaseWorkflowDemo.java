package kz.tizim.server.complaint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.Role;
import kz.tizim.core.complaint.ComplainantKind;
import kz.tizim.core.complaint.Contact;
import kz.tizim.core.complaint.Evidence;
import kz.tizim.core.complaint.EvidenceId;
import kz.tizim.core.complaint.FileComplaintCommand;
import kz.tizim.core.complaint.IdempotencyKey;
import kz.tizim.core.complaint.RightClaim;
import kz.tizim.core.complaint.StoreEvidenceCommand;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.server.account.AccountsJdbcRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo complaints across every category, from the rights holder, the Antiterrorist Center and the
 * public (through the regulator's intake), on reserved names ({@code .example}, {@code .test}) and
 * documentation addresses (RFC 5737). Each is filed through the real intake (evidence, filing,
 * triage, audit) with an idempotency key; once the first is on file the set counts as loaded, so
 * running this on every start files them once. Demo mode only; run after
 * {@code DemoData} (organisations and people) and {@code RegisterDemo} (so one complaint meets an
 * existing restriction).
 */
@Component
@ConditionalOnProperty(name = "tizim.mode", havingValue = "demo", matchIfMissing = true)
public class CaseWorkflowDemo {

    private final Intake intake;
    private final AccountsJdbcRepository accounts;
    private final ComplaintsJdbcRepository complaints;

    CaseWorkflowDemo(Intake intake, AccountsJdbcRepository accounts, ComplaintsJdbcRepository complaints) {
        this.intake = intake;
        this.accounts = accounts;
        this.complaints = complaints;
    }

    /** Files the demo complaints not filed yet; returns how many were new. */
    public int ensureLoaded() {
        Actor rights = actor("rights", "Qazaq Film Rights Association (demo)", Role.COMPLAINANT);
        Actor atc = actor("atc", "Antiterrorist Center (demo)", Role.COMPLAINANT);
        Actor intakeDesk = actor("reviewer", "Tizim Regulator (demo)", Role.REVIEWER);
        if (complaints.findByIdempotencyKey(rights.organisation(), new IdempotencyKey("demo-copyright-1")).isPresent()) {
            return 0;
        }
        Evidence proof = evidence(rights, "licence-register-extract.pdf", "application/pdf",
                "%PDF-1.4\n% Demo extract from the register of film rights: Steppe Film (2026), Nomad Trail (2025).\n%%EOF\n");
        Evidence screenshot = evidence(atc, "channel-screenshot.txt", "text/plain",
                "Demo evidence: text of the propaganda channel as captured on 2026-03-01.\n");
        var owner = new Contact("Kino Pirate (demo)", "abuse@kino-pirate.example");
        List<Outcome<Intake.Result>> filed = new ArrayList<>();
        filed.add(file(rights, ComplainantKind.RIGHTS_HOLDER, OffenceCategory.COPYRIGHT, "KZ-CC-198",
                "Two of our films are streamed in full without a licence; a mirror carries the same catalogue.",
                List.of("http://kino-pirate.example/films/steppe-2026", "https://kino-pirate.example/films/nomad-trail",
                        "kino-mirror.test"),
                List.of(), new RightClaim("Steppe Film (2026); Nomad Trail (2025)", RightClaim.Basis.OWNER, proof.id()),
                owner, "demo-copyright-1"));
        filed.add(file(atc, ComplainantKind.AGENCY, OffenceCategory.TERRORISM_PROPAGANDA, "KZ-CC-256",
                "A channel calls for violent attacks and recruits for a banned organisation.",
                List.of("http://propaganda.test/channel/1"), List.of(screenshot.id()), null, null, "demo-terror-1"));
        filed.add(file(atc, ComplainantKind.AGENCY, OffenceCategory.EXTREMISM_INCITEMENT, "KZ-CC-174",
                "A forum thread incites hatred against an ethnic group.", List.of("https://hate-forum.example/thread/77"),
                List.of(), null, null, "demo-extremism-1"));
        filed.add(file(atc, ComplainantKind.AGENCY, OffenceCategory.CSAM, "KZ-CC-312",
                "Abuse material reported by a hotline (locator kept as a hash in the register).",
                List.of("http://198.51.100.23/gallery/7"), List.of(), null, null, "demo-csam-1"));
        filed.add(file(intakeDesk, ComplainantKind.PUBLIC, OffenceCategory.GAMBLING, "KZ-CC-307",
                "Unlicensed online casino advertised on social media.",
                List.of("http://casino-royale.example/slots", "https://spin-fast.test/"), List.of(), null, null,
                "demo-gambling-1"));
        filed.add(file(intakeDesk, ComplainantKind.PUBLIC, OffenceCategory.FRAUD_PHISHING, "KZ-CC-190",
                "A page imitating a bank's login collects card numbers.",
                List.of("http://bank-login.test/kz/secure", "203.0.113.45"), List.of(), null, null, "demo-phishing-1"));
        filed.add(file(intakeDesk, ComplainantKind.PUBLIC, OffenceCategory.DRUGS, "KZ-CC-297",
                "An online shop sells synthetic drugs with delivery in Almaty.",
                List.of("https://pharma-shop.example/buy"), List.of(), null, null, "demo-drugs-1"));
        filed.add(file(intakeDesk, ComplainantKind.PUBLIC, OffenceCategory.SUICIDE, "KZ-CC-105",
                "A group encourages teenagers to harm themselves.", List.of("http://dark-group.test/join"),
                List.of(), null, null, "demo-suicide-1"));
        filed.add(file(intakeDesk, ComplainantKind.PUBLIC, OffenceCategory.PERSONAL_DATA, "KZ-CC-147",
                "A leaked database of citizens' identity numbers is offered for download.",
                List.of("http://leaks.example/db/kz-2025.csv"), List.of(), null, null, "demo-personal-data-1"));
        filed.add(file(intakeDesk, ComplainantKind.PUBLIC, OffenceCategory.OTHER, null,
                "Unlawful content reported without a category.", List.of("http://misc.test/page", "not a locator"),
                List.of(), null, null, "demo-other-1"));
        return (int) filed.stream().filter(o -> o instanceof Outcome.Done<Intake.Result> d && !d.value().replayed())
                .count();
    }

    private Outcome<Intake.Result> file(Actor actor, ComplainantKind kind, OffenceCategory category,
            @Nullable String basis, String description, List<String> locators, List<EvidenceId> evidence,
            @Nullable RightClaim right, @Nullable Contact owner, String key) {
        Outcome<Intake.Result> outcome = intake.file(new FileComplaintCommand(actor, kind, category,
                basis == null ? null : new LegalBasisId(basis), description, locators, evidence, right, owner,
                new IdempotencyKey(key)));
        if (!outcome.isDone()) {
            throw new IllegalStateException("demo complaint " + key + " refused: " + outcome.refusalIfAny().orElseThrow());
        }
        return outcome;
    }

    private Evidence evidence(Actor actor, String name, String type, String text) {
        return intake.storeEvidence(new StoreEvidenceCommand(actor, name, type, text.getBytes(StandardCharsets.UTF_8)))
                .value();
    }

    private Actor actor(String name, String organisation, Role role) {
        OrganisationId id = accounts.findOrganisationByName(organisation).orElseThrow(() -> new IllegalStateException(
                "demo organisation " + organisation + " missing; load DemoData first")).id();
        return new Actor(name, id, Set.of(role), Actor.Kind.PERSON);
    }
}
