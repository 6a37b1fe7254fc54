package kz.tizim.core.notice;

import java.util.List;
import java.util.Optional;
import kz.tizim.core.caseflow.SiteDossier;
import kz.tizim.core.complaint.Complaint;

/**
 * Chooses the notice's recipient: the owner's contact from the first complaint that gives one, else
 * the site dossier's contact, else the hosting provider's abuse contact.
 */
public final class RecipientPolicy {

    private RecipientPolicy() {
    }

    public static Optional<Recipient> choose(List<Complaint> complaints, SiteDossier dossier) {
        for (Complaint complaint : complaints) {
            if (complaint.ownerContact() != null) {
                return Optional.of(new Recipient(complaint.ownerContact(), RecipientSource.COMPLAINT_CONTACT));
            }
        }
        return dossier.siteContactIfKnown().map(contact -> new Recipient(contact, RecipientSource.SITE_CONTACT))
                .or(() -> dossier.hostingAbuseContactIfKnown()
                        .map(contact -> new Recipient(contact, RecipientSource.HOSTING_ABUSE_CONTACT)));
    }
}
