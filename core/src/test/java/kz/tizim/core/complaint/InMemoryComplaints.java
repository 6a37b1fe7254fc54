package kz.tizim.core.complaint;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import kz.tizim.core.account.OrganisationId;

/** {@link Complaints} in a map, for tests. */
public final class InMemoryComplaints implements Complaints {

    private final Map<ComplaintId, Complaint> byId = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public ComplaintId nextId() {
        return new ComplaintId(ids.incrementAndGet());
    }

    @Override
    public void save(Complaint complaint) {
        byId.put(complaint.id(), complaint);
    }

    @Override
    public Optional<Complaint> find(ComplaintId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Complaint> findByIdempotencyKey(OrganisationId organisation, IdempotencyKey key) {
        return byId.values().stream()
                .filter(c -> c.organisation().equals(organisation) && Objects.equals(c.idempotencyKey(), key))
                .findFirst();
    }

    @Override
    public List<Complaint> findByOrganisation(OrganisationId organisation) {
        return byId.values().stream()
                .filter(c -> c.organisation().equals(organisation))
                .sorted(Comparator.comparing(Complaint::filedAt).reversed())
                .toList();
    }

    public int size() {
        return byId.size();
    }
}
