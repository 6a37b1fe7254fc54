package kz.tizim.server.catalogue;

import kz.tizim.core.account.Actor;

/**
 * A legal officer's proposed catalogue: the whole file text, edited, with the version raised by one.
 *
 * @param reason why the change is needed (sources checked, law amended …); shown to the approver
 */
record ProposeCatalogueEditCommand(Actor actor, String text, String reason) {
}
