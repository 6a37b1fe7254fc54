package kz.tizim.core.caseflow;

import java.util.List;
import kz.tizim.core.complaint.ComplaintId;

/** Triage of one complaint, one entry per submitted locator in the order submitted. */
public record TriageReport(ComplaintId complaint, List<LocatorTriage> locators) {

    public TriageReport {
        locators = List.copyOf(locators);
    }
}
