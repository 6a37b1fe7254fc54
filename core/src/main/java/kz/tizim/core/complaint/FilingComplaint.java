package kz.tizim.core.complaint;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;

/**
 * Files a complaint. Complainants file for their own organisation; regulator intake staff
 * (reviewers) file what the public sends in. A retry with the same idempotency key returns the first
 * filing; the same key with different content is refused.
 */
public final class FilingComplaint {

    /** Most locators one complaint may name. */
    public static final int MAX_LOCATORS = 500;
    /** Longest description, in characters. */
    public static final int MAX_DESCRIPTION = 20_000;

    private final Complaints complaints;
    private final EvidenceStore evidence;
    private final Clock clock;

    public FilingComplaint(Complaints complaints, EvidenceStore evidence, Clock clock) {
        this.complaints = complaints;
        this.evidence = evidence;
        this.clock = clock;
    }

    static boolean mayFile(Actor actor) {
        return actor.has(Role.COMPLAINANT) || actor.has(Role.REVIEWER);
    }

    public Outcome<Filed> file(FileComplaintCommand command) {
        Actor actor = command.actor();
        if (!mayFile(actor)) {
            return Outcome.refused(Refusal.notAuthorised("only complainants and regulator intake staff file complaints"));
        }
        String fingerprint = fingerprint(command);
        if (command.idempotencyKey() != null) {
            Optional<Complaint> earlier = complaints.findByIdempotencyKey(actor.organisation(), command.idempotencyKey());
            if (earlier.isPresent()) {
                if (earlier.get().fingerprint().equals(fingerprint)) {
                    return Outcome.done(new Filed(earlier.get(), true));
                }
                return Outcome.refused("IdempotencyKey", "this idempotency key was already used for a different complaint");
            }
        }
        List<String> problems = problems(command);
        if (!problems.isEmpty()) {
            return Outcome.refused(Refusal.invalid(String.join("; ", problems)));
        }
        var complaint = new Complaint(complaints.nextId(), actor.organisation(), actor.name(),
                command.complainantKind(), command.category(), command.suggestedBasis(), command.description().strip(),
                command.locators().stream().map(String::strip).toList(), command.evidence(), command.right(),
                command.ownerContact(), command.idempotencyKey(), fingerprint, clock.instant(), null);
        complaints.save(complaint);
        return Outcome.done(new Filed(complaint, false));
    }

    private List<String> problems(FileComplaintCommand command) {
        var problems = new ArrayList<String>();
        if (command.description().isBlank()) {
            problems.add("describe what is unlawful");
        } else if (command.description().length() > MAX_DESCRIPTION) {
            problems.add("the description is longer than " + MAX_DESCRIPTION + " characters");
        }
        if (command.locators().stream().allMatch(String::isBlank)) {
            problems.add("name at least one URL, domain or IP address");
        }
        if (command.locators().size() > MAX_LOCATORS) {
            problems.add("at most " + MAX_LOCATORS + " locators per complaint");
        }
        if (command.category() == OffenceCategory.COPYRIGHT && command.complainantKind() != ComplainantKind.RIGHTS_HOLDER) {
            problems.add("copyright complaints are filed by the rights holder or under its mandate");
        }
        if (command.complainantKind() == ComplainantKind.RIGHTS_HOLDER && command.right() == null) {
            problems.add("a rights holder states the right: the work and the proof of ownership or mandate");
        }
        var cited = new ArrayList<>(command.evidence());
        if (command.right() != null) {
            cited.add(command.right().proof());
        }
        for (EvidenceId id : cited) {
            boolean own = evidence.find(id)
                    .filter(file -> file.owner().equals(command.actor().organisation()))
                    .isPresent();
            if (!own) {
                problems.add("evidence " + id + " was not uploaded by your organisation");
            }
        }
        return problems;
    }

    private static String fingerprint(FileComplaintCommand command) {
        String canonical = String.join("\u0000", command.complainantKind().name(), command.category().name(),
                String.valueOf(command.suggestedBasis()), command.description().strip(),
                String.join("\u0001", command.locators()), command.evidence().toString(),
                String.valueOf(command.right()), String.valueOf(command.ownerContact()));
        return StoringEvidence.sha256(canonical.getBytes(StandardCharsets.UTF_8));
    }
}
