package kz.tizim.server.decision;

import kz.tizim.core.caseflow.DecisionNumber;
import kz.tizim.core.decision.DecisionNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gapless serials per year: the year's row is locked by the increment until the approving
 * transaction ends, so a rolled-back approval gives its number back and numbers commit in order.
 */
@Repository
class DecisionNumbersJdbcRepository implements DecisionNumbers {

    private final JdbcClient jdbc;

    DecisionNumbersJdbcRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public DecisionNumber next(int year) {
        int serial = jdbc.sql("INSERT INTO decision_serial (year, last) VALUES (?, 1)"
                        + " ON CONFLICT (year) DO UPDATE SET last = decision_serial.last + 1 RETURNING last")
                .param(year).query(Integer.class).single();
        return DecisionNumber.of(year, serial);
    }
}
