package kz.tizim.server.complaint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.core.complaint.ComplainantKind;
import kz.tizim.core.complaint.Contact;
import kz.tizim.core.complaint.EvidenceId;
import kz.tizim.core.complaint.FileComplaintCommand;
import kz.tizim.core.complaint.IdempotencyKey;
import kz.tizim.core.complaint.RightClaim;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.OffenceCategory;
import org.jspecify.annotations.Nullable;

/**
 * Reads a complaint as a client sent it (JSON or the console form) into a command, collecting every
 * offending field instead of stopping at the first, so one answer lists them all.
 */
final class ComplaintRequests {

    private ComplaintRequests() {
    }

    /** The body of {@code POST /api/v1/complaints}. */
    record ComplaintRequest(@Nullable String category, @Nullable String suggestedBasis, @Nullable String description,
            @Nullable List<String> locators, @Nullable List<Long> evidence, @Nullable RightRequest right,
            @Nullable ContactRequest owner, @Nullable String complainantKind) {
    }

    record RightRequest(@Nullable String workTitle, @Nullable String basis, @Nullable Long proof) {
    }

    record ContactRequest(@Nullable String name, @Nullable String email) {
    }

    /** A command, or the offending fields with why. */
    record Reading(@Nullable FileComplaintCommand command, Map<String, String> errors) {
    }

    static Reading read(Actor actor, ComplaintRequest request, @Nullable String idempotencyKey) {
        Map<String, String> errors = new LinkedHashMap<>();
        OffenceCategory category = null;
        if (request.category() == null || request.category().isBlank()) {
            errors.put("category", "required; one of " + List.of(OffenceCategory.values()));
        } else {
            try {
                category = OffenceCategory.valueOf(request.category().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("category", "unknown category; one of " + List.of(OffenceCategory.values()));
            }
        }
        LegalBasisId basis = null;
        if (request.suggestedBasis() != null && !request.suggestedBasis().isBlank()) {
            try {
                basis = new LegalBasisId(request.suggestedBasis().strip());
            } catch (IllegalArgumentException e) {
                errors.put("suggestedBasis", e.getMessage());
            }
        }
        if (request.description() == null || request.description().isBlank()) {
            errors.put("description", "required: describe what is unlawful");
        }
        List<String> locators = request.locators() == null ? List.of() : request.locators();
        if (locators.isEmpty() || locators.stream().allMatch(l -> l == null || l.isBlank())) {
            errors.put("locators", "required: at least one URL, domain or IP address");
        }
        List<EvidenceId> evidence = new ArrayList<>();
        if (request.evidence() != null) {
            for (Long id : request.evidence()) {
                if (id == null || id <= 0) {
                    errors.put("evidence", "evidence ids are positive numbers from POST /api/v1/evidence");
                } else {
                    evidence.add(new EvidenceId(id));
                }
            }
        }
        RightClaim right = null;
        if (request.right() != null) {
            RightRequest r = request.right();
            if (r.workTitle() == null || r.workTitle().isBlank()) {
                errors.put("right.workTitle", "required: the work infringed");
            }
            RightClaim.Basis held = null;
            try {
                held = RightClaim.Basis.valueOf(String.valueOf(r.basis()).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("right.basis", "OWNER or MANDATE");
            }
            if (r.proof() == null || r.proof() <= 0) {
                errors.put("right.proof", "required: the evidence id of the proof of ownership or mandate");
            }
            if (!errors.containsKey("right.workTitle") && held != null && r.proof() != null && r.proof() > 0) {
                right = new RightClaim(r.workTitle(), held, new EvidenceId(r.proof()));
            }
        }
        Contact owner = null;
        if (request.owner() != null && request.owner().email() != null && !request.owner().email().isBlank()) {
            try {
                owner = new Contact(request.owner().name() == null ? "" : request.owner().name(),
                        request.owner().email());
            } catch (IllegalArgumentException e) {
                errors.put("owner.email", e.getMessage());
            }
        }
        ComplainantKind kind = defaultKind(actor, right);
        if (request.complainantKind() != null && !request.complainantKind().isBlank()) {
            try {
                kind = ComplainantKind.valueOf(request.complainantKind().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("complainantKind", "one of " + List.of(ComplainantKind.values()));
            }
        }
        IdempotencyKey key = null;
        if (idempotencyKey != null) {
            try {
                key = new IdempotencyKey(idempotencyKey);
            } catch (IllegalArgumentException e) {
                errors.put("Idempotency-Key", e.getMessage());
            }
        }
        if (!errors.isEmpty() || category == null) {
            return new Reading(null, errors);
        }
        return new Reading(new FileComplaintCommand(actor, kind, category, basis, request.description(),
                locators.stream().filter(l -> l != null).toList(), evidence, right, owner, key), errors);
    }

    /** Regulator staff file for the public; a complainant organisation stating a right is a rights holder. */
    static ComplainantKind defaultKind(Actor actor, @Nullable RightClaim right) {
        if (actor.has(Role.REVIEWER)) {
            return ComplainantKind.PUBLIC;
        }
        return right != null ? ComplainantKind.RIGHTS_HOLDER : ComplainantKind.AGENCY;
    }
}
