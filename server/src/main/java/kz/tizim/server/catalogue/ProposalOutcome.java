package kz.tizim.server.catalogue;

import java.util.List;
import kz.tizim.core.legal.FileProblem;

/** What became of a proposal: stored and waiting for approval, invalid, or refused. */
sealed interface ProposalOutcome {

    record Proposed(long id, int number) implements ProposalOutcome {
    }

    /** The text is not a valid next catalogue; nothing was stored. */
    record Invalid(List<FileProblem> problems) implements ProposalOutcome {

        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    record Refused(Refusal refusal) implements ProposalOutcome {
    }
}
