package kz.tizim.core.complaint;

import java.util.List;
import kz.tizim.core.account.Actor;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.OffenceCategory;
import org.jspecify.annotations.Nullable;

/** File a complaint about one or many locators (URLs, domains, IP addresses), as written. */
public record FileComplaintCommand(
        Actor actor,
        ComplainantKind complainantKind,
        OffenceCategory category,
        @Nullable LegalBasisId suggestedBasis,
        String description,
        List<String> locators,
        List<EvidenceId> evidence,
        @Nullable RightClaim right,
        @Nullable Contact ownerContact,
        @Nullable IdempotencyKey idempotencyKey) {

    public FileComplaintCommand {
        locators = List.copyOf(locators);
        evidence = List.copyOf(evidence);
    }
}
