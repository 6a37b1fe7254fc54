package kz.tizim.core.caseflow;

import kz.tizim.core.account.Actor;
import kz.tizim.core.complaint.ComplaintId;

/** Triage a filed complaint (the server runs it right after filing, as the system actor). */
public record TriageComplaintCommand(Actor actor, ComplaintId complaint) {
}
