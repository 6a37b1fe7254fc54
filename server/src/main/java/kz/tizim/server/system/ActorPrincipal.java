package kz.tizim.server.system;

import kz.tizim.core.account.Actor;

/** Implemented by every authenticated principal (person or token) so use cases get an {@link Actor}. */
public interface ActorPrincipal {

    Actor actor();
}
