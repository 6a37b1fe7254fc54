package kz.tizim.server.complaint;

import java.util.function.Supplier;
import kz.tizim.core.outcome.Outcome;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a use case in one transaction: the case, its events, their audit entries and any register
 * version are stored together, and a refusal stores nothing (the transaction is rolled back even if
 * the use case had written before it refused).
 */
@Component
public class UseCaseTransactions {

    private final TransactionTemplate transactions;

    UseCaseTransactions(TransactionTemplate transactions) {
        this.transactions = transactions;
    }

    public <T> Outcome<T> run(Supplier<Outcome<T>> useCase) {
        return transactions.execute(status -> {
            Outcome<T> outcome = useCase.get();
            if (!outcome.isDone()) {
                status.setRollbackOnly();
            }
            return outcome;
        });
    }

    /** For work that is not a use case (reads, scheduled sweeps) but must see one consistent state. */
    public <T> T read(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
