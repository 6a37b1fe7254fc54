package kz.tizim.core.caseflow;

/**
 * The case event log (port). The server appends each event to the audit chain and the outbox in the
 * transaction that saved the case, and publishes it after commit.
 */
public interface CaseEvents {

    void append(CaseEvent event);
}
