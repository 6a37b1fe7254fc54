package kz.tizim.core.proportionality;

/** One named rule about how far a restriction may reach. */
public interface ProportionalityPolicy {

    /** Judges the proposal. Never throws for a bad proposal: the verdict says what is wrong. */
    Verdict assess(ProposedScope proposal);

    /** The rule's name as reviewers and the audit trail see it. */
    default String name() {
        return getClass().getSimpleName();
    }
}
