package kz.tizim.core.hosting;

import kz.tizim.core.account.Actor;

/** A reviewer corrects a site's hosting country and organisation, giving a reason. */
public record CorrectJurisdictionCommand(Actor actor, HostName host, String country, String organisation,
        String reason) {
}
