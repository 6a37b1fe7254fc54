package kz.tizim.core.notice;

import kz.tizim.core.complaint.Contact;

/** Who receives a notice, and why them. */
public record Recipient(Contact contact, RecipientSource source) {
}
