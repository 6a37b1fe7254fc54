package kz.tizim.core.complaint;

import java.util.List;
import java.util.Optional;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.TenantPolicy;

/**
 * Reads complaints under {@link TenantPolicy}: complainants see their own organisation's only;
 * another organisation's complaint looks the same as a missing one.
 */
public final class ViewingComplaints {

    private final Complaints complaints;

    public ViewingComplaints(Complaints complaints) {
        this.complaints = complaints;
    }

    public Optional<Complaint> find(Actor actor, ComplaintId id) {
        return complaints.find(id).filter(complaint -> TenantPolicy.mayRead(actor, complaint.organisation()));
    }

    /** The complaints of {@code organisation}, or nothing when the actor may not read them. */
    public List<Complaint> of(Actor actor, OrganisationId organisation) {
        return TenantPolicy.mayRead(actor, organisation) ? complaints.findByOrganisation(organisation) : List.of();
    }
}
