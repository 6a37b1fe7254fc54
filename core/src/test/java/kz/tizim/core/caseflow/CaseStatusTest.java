package kz.tizim.core.caseflow;

import static kz.tizim.core.caseflow.CaseStatus.APPEALED;
import static kz.tizim.core.caseflow.CaseStatus.COMPLIED;
import static kz.tizim.core.caseflow.CaseStatus.EXPIRED;
import static kz.tizim.core.caseflow.CaseStatus.IN_REVIEW;
import static kz.tizim.core.caseflow.CaseStatus.LIFTED;
import static kz.tizim.core.caseflow.CaseStatus.NEW;
import static kz.tizim.core.caseflow.CaseStatus.NOTICE_SENT;
import static kz.tizim.core.caseflow.CaseStatus.REJECTED;
import static kz.tizim.core.caseflow.CaseStatus.RESTRICTION_ORDERED;
import static kz.tizim.core.caseflow.CaseStatus.UPHELD;
import static kz.tizim.core.caseflow.CaseStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The state machine as documented in docs/CASE-WORKFLOW.md, pair by pair. */
class CaseStatusTest {

    private static final Map<CaseStatus, Set<CaseStatus>> DOCUMENTED = Map.ofEntries(
            Map.entry(NEW, EnumSet.of(IN_REVIEW, REJECTED, WITHDRAWN)),
            Map.entry(IN_REVIEW, EnumSet.of(NOTICE_SENT, RESTRICTION_ORDERED, REJECTED, WITHDRAWN)),
            Map.entry(NOTICE_SENT, EnumSet.of(COMPLIED, RESTRICTION_ORDERED, WITHDRAWN)),
            Map.entry(RESTRICTION_ORDERED, EnumSet.of(APPEALED, LIFTED, EXPIRED)),
            Map.entry(APPEALED, EnumSet.of(UPHELD, LIFTED, EXPIRED)),
            Map.entry(UPHELD, EnumSet.of(LIFTED, EXPIRED)),
            Map.entry(COMPLIED, EnumSet.noneOf(CaseStatus.class)),
            Map.entry(LIFTED, EnumSet.noneOf(CaseStatus.class)),
            Map.entry(EXPIRED, EnumSet.noneOf(CaseStatus.class)),
            Map.entry(REJECTED, EnumSet.noneOf(CaseStatus.class)),
            Map.entry(WITHDRAWN, EnumSet.noneOf(CaseStatus.class)));

    @Test
    void allowsExactlyTheDocumentedMoves() {
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : CaseStatus.values()) {
                assertThat(from.mayBecome(to))
                        .as("%s -> %s", from, to)
                        .isEqualTo(DOCUMENTED.get(from).contains(to));
            }
        }
    }

    @Test
    void finalStatusesAreTheOnesWithoutMoves() {
        assertThat(EnumSet.allOf(CaseStatus.class).stream().filter(CaseStatus::isFinal))
                .containsExactlyInAnyOrder(COMPLIED, LIFTED, EXPIRED, REJECTED, WITHDRAWN);
    }

    @Test
    void openMeansNotYetRestrictedNorClosed() {
        assertThat(EnumSet.allOf(CaseStatus.class).stream().filter(CaseStatus::isOpen))
                .containsExactlyInAnyOrder(NEW, IN_REVIEW, NOTICE_SENT);
        assertThat(EnumSet.allOf(CaseStatus.class).stream().filter(CaseStatus::isRestricting))
                .containsExactlyInAnyOrder(RESTRICTION_ORDERED, APPEALED, UPHELD);
    }
}
