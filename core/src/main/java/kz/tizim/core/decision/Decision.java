package kz.tizim.core.decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.tizim.core.caseflow.Case;
import kz.tizim.core.caseflow.DecisionNumber;
import kz.tizim.core.caseflow.Restriction;
import kz.tizim.core.caseflow.Timekeeping;
import kz.tizim.core.legal.LocatorPublication;

/** An approved decision: the draft, who approved it and when, its number and statement of reasons. */
public record Decision(DecisionNumber number, DecisionDraft draft, String approvedBy, Instant approvedAt,
        StatementOfReasons statement, List<Renewal> renewals) {

    public Decision {
        renewals = List.copyOf(renewals);
    }

    public Decision renewed(Renewal renewal) {
        var more = new ArrayList<>(renewals);
        more.add(renewal);
        return new Decision(number, draft, approvedBy, approvedAt, statement, more);
    }

    /** The restriction this decision orders for {@code c}, starting at {@code start} for the decision's term. */
    public Restriction restriction(Case c, Instant start, Timekeeping time) {
        return new Restriction(draft.scope(), number, c.procedure().category(), draft.basis(),
                c.procedure().urgency(), start, time.after(start, draft.term()),
                c.procedure().locators() == LocatorPublication.PUBLISHED);
    }
}
