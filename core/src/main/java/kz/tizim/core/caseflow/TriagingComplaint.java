package kz.tizim.core.caseflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.core.caseflow.TriageOutcome.AddedToOpenCase;
import kz.tizim.core.caseflow.TriageOutcome.AlreadyRestricted;
import kz.tizim.core.caseflow.TriageOutcome.Invalid;
import kz.tizim.core.caseflow.TriageOutcome.NewCase;
import kz.tizim.core.complaint.Complaint;
import kz.tizim.core.complaint.Complaints;
import kz.tizim.core.legal.CategoryProcedure;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;
import kz.tizim.core.scope.Scopes;
import kz.tizim.match.locator.InvalidLocatorException;
import kz.tizim.match.locator.Locator;
import org.jspecify.annotations.Nullable;

/**
 * Triage: canonicalises each submitted locator, drops it when a restriction in force already covers
 * it, joins it to an open case holding it or to the site's case still in review, and otherwise
 * groups it by registrable domain into a new case per site. Each case takes its priority and SLA
 * from the category's procedure, counted from the complaint's receipt.
 */
public final class TriagingComplaint {

    private final Complaints complaints;
    private final Cases cases;
    private final CaseUpdates updates;
    private final RegisterLookup register;
    private final SiteDossiers dossiers;
    private final LegalCatalogues catalogues;
    private final Timekeeping time;

    public TriagingComplaint(Complaints complaints, Cases cases, CaseEvents events, RegisterLookup register,
            SiteDossiers dossiers, LegalCatalogues catalogues, Timekeeping time) {
        this.complaints = complaints;
        this.cases = cases;
        this.updates = new CaseUpdates(cases, events);
        this.register = register;
        this.dossiers = dossiers;
        this.catalogues = catalogues;
        this.time = time;
    }

    public Outcome<TriageReport> triage(TriageComplaintCommand command) {
        Actor actor = command.actor();
        if (!(actor.kind() == Actor.Kind.SYSTEM || actor.has(Role.REVIEWER))) {
            return Outcome.refused(Refusal.notAuthorised("triage is done by the system or a reviewer"));
        }
        Optional<Complaint> found = complaints.find(command.complaint());
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound("no complaint " + command.complaint()));
        }
        Complaint complaint = found.get();
        if (complaint.triaged()) {
            return Outcome.refused("AlreadyTriaged", "complaint " + complaint.id() + " was triaged at "
                    + complaint.triagedAt());
        }
        Instant now = time.now();
        String by = actor.name();
        Map<Locator, TriageOutcome> decided = new HashMap<>();
        Map<SiteKey, List<Locator>> newSites = new LinkedHashMap<>();
        var readings = new ArrayList<Reading>();
        for (String text : complaint.locators()) {
            if (text.isBlank()) {
                continue;
            }
            Reading reading = Reading.of(text);
            readings.add(reading);
            Locator locator = reading.locator();
            if (locator == null) {
                continue;
            }
            Optional<Locator> seen = decided.keySet().stream().filter(l -> Scopes.sameResource(l, locator)).findFirst();
            if (seen.isPresent()) {
                decided.put(locator, decided.get(seen.get()));
                continue;
            }
            if (inNewSite(newSites, locator)) {
                continue;
            }
            Optional<DecisionNumber> restricting = register.restricting(locator);
            if (restricting.isPresent()) {
                decided.put(locator, new AlreadyRestricted(restricting.get(), locator));
                continue;
            }
            Optional<Case> holding = cases.findOpenContaining(locator).stream().findFirst();
            if (holding.isPresent()) {
                updates.commit(holding.get().join(complaint.id(), locator, by, now));
                decided.put(locator, new AddedToOpenCase(holding.get().id(), locator));
                continue;
            }
            SiteKey site = new SiteKey(Scopes.siteKey(locator));
            Optional<Case> sameSite = cases.findUndecidedForSite(site, complaint.category());
            if (sameSite.isPresent()
                    && updates.commit(sameSite.get().addLocator(locator, complaint.id(), by, now)).isDone()) {
                decided.put(locator, new AddedToOpenCase(sameSite.get().id(), locator));
                continue;
            }
            newSites.computeIfAbsent(site, key -> new ArrayList<>()).add(locator);
        }
        CategoryProcedure procedure = catalogues.current().procedure(complaint.category());
        Instant decisionDue = time.due(procedure.decideWithin(), complaint.filedAt());
        for (Map.Entry<SiteKey, List<Locator>> site : newSites.entrySet()) {
            SiteDossier dossier = dossiers.find(site.getKey()).orElseGet(() -> {
                SiteDossier fresh = SiteDossier.unknown(site.getKey());
                dossiers.save(fresh);
                return fresh;
            });
            Transition opened = Case.open(cases.nextId(), procedure, dossier, site.getValue(), complaint.id(),
                    decisionDue, by, now);
            updates.commit(Outcome.done(opened));
            site.getValue().forEach(locator -> decided.put(locator, new NewCase(opened.after().id(), locator)));
        }
        for (Reading reading : readings) {
            Locator locator = reading.locator();
            if (locator != null && !decided.containsKey(locator)) {
                Locator twin = decided.keySet().stream().filter(l -> Scopes.sameResource(l, locator)).findFirst()
                        .orElseThrow();
                decided.put(locator, decided.get(twin));
            }
        }
        complaints.save(complaint.triaged(now));
        List<LocatorTriage> report = readings.stream()
                .map(reading -> new LocatorTriage(reading.text(), reading.locator() == null
                        ? new Invalid(reading.problem()) : decided.get(reading.locator())))
                .toList();
        return Outcome.done(new TriageReport(complaint.id(), report));
    }

    private static boolean inNewSite(Map<SiteKey, List<Locator>> newSites, Locator locator) {
        return newSites.values().stream().flatMap(List::stream).anyMatch(l -> Scopes.sameResource(l, locator));
    }

    /** A submitted text and its canonical locator, or why it has none. */
    private record Reading(String text, @Nullable Locator locator, String problem) {

        static Reading of(String text) {
            try {
                return new Reading(text, SubmittedLocators.read(text), "");
            } catch (InvalidLocatorException e) {
                return new Reading(text, null, e.getMessage());
            }
        }
    }
}
