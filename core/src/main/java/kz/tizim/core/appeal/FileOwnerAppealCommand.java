package kz.tizim.core.appeal;

import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.complaint.Contact;

/** The owner appeals with the case number and appeal code from the notice; no account needed. */
public record FileOwnerAppealCommand(CaseId caseId, String appealCode, String grounds, Contact contact) {

    /** Never prints the appeal code. */
    @Override
    public String toString() {
        return "FileOwnerAppealCommand[case=" + caseId + ", contact=" + contact.email() + "]";
    }
}
