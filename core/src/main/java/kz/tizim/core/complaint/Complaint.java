package kz.tizim.core.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.OffenceCategory;
import org.jspecify.annotations.Nullable;

/**
 * A filed complaint. Its locators are kept as written; triage canonicalises them.
 *
 * @param filedBy the actor's name
 * @param suggestedBasis the basis the complainant suggests; the reviewer decides
 * @param right for rights holders: the right relied on
 * @param ownerContact the site owner's contact, when the complainant knows it (for the notice)
 * @param fingerprint SHA-256 of the filed content, to tell a retry from a reused idempotency key
 * @param triagedAt when triage ran; null until then
 */
public record Complaint(
        ComplaintId id,
        OrganisationId organisation,
        String filedBy,
        ComplainantKind complainantKind,
        OffenceCategory category,
        @Nullable LegalBasisId suggestedBasis,
        String description,
        List<String> locators,
        List<EvidenceId> evidence,
        @Nullable RightClaim right,
        @Nullable Contact ownerContact,
        @Nullable IdempotencyKey idempotencyKey,
        String fingerprint,
        Instant filedAt,
        @Nullable Instant triagedAt) {

    public Complaint {
        locators = List.copyOf(locators);
        evidence = List.copyOf(evidence);
    }

    public Optional<Contact> ownerContactIfKnown() {
        return Optional.ofNullable(ownerContact);
    }

    public boolean triaged() {
        return triagedAt != null;
    }

    public Complaint triaged(Instant at) {
        return new Complaint(id, organisation, filedBy, complainantKind, category, suggestedBasis, description,
                locators, evidence, right, ownerContact, idempotencyKey, fingerprint, filedAt, at);
    }
}
