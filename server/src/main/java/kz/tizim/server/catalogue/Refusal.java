package kz.tizim.server.catalogue;

/**
 * Why a catalogue governance step was refused. The console shows {@code catalogue.refusal.<NAME>};
 * the audit trail records the English reason.
 */
enum Refusal {
    NOT_A_LEGAL_OFFICER("only a legal officer may change the legal catalogue"),
    OWN_PROPOSAL("nobody approves their own proposal: a second legal officer must"),
    NOT_PENDING("the proposal was already decided"),
    STALE("the proposal edits a version that is no longer current; propose the change again"),
    REASON_REQUIRED("a reason of 1 to 2000 characters is required");

    private final String english;

    Refusal(String english) {
        this.english = english;
    }

    String english() {
        return english;
    }

    String messageKey() {
        return "catalogue.refusal." + name();
    }
}
