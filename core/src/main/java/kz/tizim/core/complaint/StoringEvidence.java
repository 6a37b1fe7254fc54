package kz.tizim.core.complaint;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;

/** Stores an evidence file for the actor's organisation, after the {@link EvidencePolicy}. */
public final class StoringEvidence {

    private final EvidenceStore store;
    private final EvidencePolicy policy;
    private final Clock clock;

    public StoringEvidence(EvidenceStore store, EvidencePolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    public Outcome<Evidence> store(StoreEvidenceCommand command) {
        if (!FilingComplaint.mayFile(command.actor())) {
            return Outcome.refused(Refusal.notAuthorised("only complainants and regulator intake staff upload evidence"));
        }
        var problem = policy.problem(command.contentType(), command.content());
        if (problem.isPresent()) {
            return Outcome.refused("EvidencePolicy", problem.get());
        }
        String fileName = command.fileName().strip().replaceAll("[\\p{Cntrl}/\\\\]", "_");
        var evidence = new Evidence(store.nextId(), command.actor().organisation(),
                fileName.isEmpty() ? "evidence" : fileName, command.contentType().toLowerCase(Locale.ROOT).strip(),
                command.content().length, sha256(command.content()), clock.instant());
        store.store(evidence, command.content().clone());
        return Outcome.done(evidence);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

}
