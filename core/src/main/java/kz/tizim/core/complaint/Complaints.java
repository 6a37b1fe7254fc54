package kz.tizim.core.complaint;

import java.util.List;
import java.util.Optional;
import kz.tizim.core.account.OrganisationId;

/** Filed complaints (port). */
public interface Complaints {

    ComplaintId nextId();

    /** Inserts or replaces the complaint (replacing only records triage). */
    void save(Complaint complaint);

    Optional<Complaint> find(ComplaintId id);

    /** The complaint an organisation filed with this key, for safe retries. */
    Optional<Complaint> findByIdempotencyKey(OrganisationId organisation, IdempotencyKey key);

    /** An organisation's complaints, newest first. */
    List<Complaint> findByOrganisation(OrganisationId organisation);
}
