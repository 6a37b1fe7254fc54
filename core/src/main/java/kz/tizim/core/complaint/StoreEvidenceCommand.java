package kz.tizim.core.complaint;

import kz.tizim.core.account.Actor;

/** Upload one evidence file. */
public record StoreEvidenceCommand(Actor actor, String fileName, String contentType, byte[] content) {
}
