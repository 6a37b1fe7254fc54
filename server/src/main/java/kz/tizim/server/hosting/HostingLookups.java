package kz.tizim.server.hosting;

import java.util.Optional;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.core.hosting.CorrectJurisdictionCommand;
import kz.tizim.core.hosting.CorrectingJurisdiction;
import kz.tizim.core.hosting.CorrectionResult;
import kz.tizim.core.hosting.EstablishingHosting;
import kz.tizim.core.hosting.HostName;
import kz.tizim.core.hosting.IpAddress;
import kz.tizim.server.audit.Auditor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hosting use cases as the API and the console call them, with the authorisation rules:
 * regulator staff read hosting facts; reviewers and legal officers correct the jurisdiction, and
 * each correction is audited in the same transaction.
 */
@Service
public class HostingLookups {

    private final EstablishingHosting establishing;
    private final CorrectingJurisdiction correcting;
    private final HostingConfiguration.IpAttributionsInUse attributions;
    private final Auditor auditor;

    HostingLookups(EstablishingHosting establishing, CorrectingJurisdiction correcting,
            HostingConfiguration.IpAttributionsInUse attributions, Auditor auditor) {
        this.establishing = establishing;
        this.correcting = correcting;
        this.attributions = attributions;
        this.auditor = auditor;
    }

    /** A host name's or an address's facts; a name is resolved when no recent resolution is on record. */
    HostingView lookup(Actor actor, String input, boolean refresh) {
        requireStaff(actor);
        Optional<IpAddress> address = IpAddress.parse(input);
        if (address.isPresent()) {
            return HostingView.ofAddress(input, establishing.address(address.get()),
                    attributions.value().description(), attributions.value().available());
        }
        HostName host = host(input);
        return HostingView.of(input, refresh ? establishing.refresh(host) : establishing.establish(host));
    }

    @Transactional
    CorrectionResult correct(Actor actor, String input, String country, String organisation, String reason) {
        requireStaff(actor);
        HostName host = host(input);
        CorrectionResult result = correcting.correct(new CorrectJurisdictionCommand(actor, host, country, organisation,
                reason));
        if (result instanceof CorrectionResult.Corrected corrected) {
            var c = corrected.correction();
            auditor.record(actor, "HOSTING_JURISDICTION_CORRECTED", "host:" + host.value(),
                    "country=" + c.country() + "; organisation=" + c.organisation() + "; reason=" + c.reason());
        }
        return result;
    }

    static boolean mayCorrect(Actor actor) {
        return actor.has(Role.REVIEWER) || actor.has(Role.LEGAL_OFFICER);
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isRegulatorStaff()) {
            throw new AccessDeniedException("hosting facts are for the regulator's staff");
        }
    }

    private static HostName host(String input) {
        return HostName.parse(input).orElseThrow(() -> new IllegalArgumentException(
                "not a host name or IP address: '" + input + "'"));
    }
}
