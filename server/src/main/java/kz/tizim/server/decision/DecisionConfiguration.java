package kz.tizim.server.decision;

import kz.tizim.core.caseflow.CaseEvents;
import kz.tizim.core.caseflow.Cases;
import kz.tizim.core.caseflow.LegalCatalogues;
import kz.tizim.core.caseflow.Timekeeping;
import kz.tizim.core.complaint.Complaints;
import kz.tizim.core.decision.ApprovingDecision;
import kz.tizim.core.decision.DecisionDrafts;
import kz.tizim.core.decision.DecisionNumbers;
import kz.tizim.core.decision.Decisions;
import kz.tizim.core.decision.DraftingDecision;
import kz.tizim.core.decision.ExpiringRestrictions;
import kz.tizim.core.decision.RenewingRestriction;
import kz.tizim.core.decision.RestrictionTerms;
import kz.tizim.core.proportionality.HostingFacts;
import kz.tizim.core.proportionality.ProportionalityPolicies;
import kz.tizim.core.proportionality.ProtectedInfrastructure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The decision use cases as beans. Hosting facts come from the hosting module's passive DNS
 * ({@code PassiveDnsHostingFacts}); where it knows nothing about an address, the collateral policy
 * refuses an IP or CIDR scope, which is the safe default.
 */
@Configuration(proxyBeanMethods = false)
class DecisionConfiguration {

    @Bean
    ProportionalityPolicies proportionalityPolicies(HostingFacts hosting) {
        return ProportionalityPolicies.standard(hosting, ProtectedInfrastructure.standard());
    }

    @Bean
    RestrictionTerms restrictionTerms() {
        return RestrictionTerms.standardTerms();
    }

    @Bean
    DraftingDecision draftingDecision(Cases cases, CaseEvents events, DecisionDrafts drafts, LegalCatalogues catalogues,
            ProportionalityPolicies policies, RestrictionTerms terms, Timekeeping time) {
        return new DraftingDecision(cases, events, drafts, catalogues, policies, terms, time);
    }

    @Bean
    ApprovingDecision approvingDecision(Cases cases, CaseEvents events, DecisionDrafts drafts, Decisions decisions,
            DecisionNumbers numbers, Complaints complaints, LegalCatalogues catalogues,
            ProportionalityPolicies policies, Timekeeping time) {
        return new ApprovingDecision(cases, events, drafts, decisions, numbers, complaints, catalogues, policies, time);
    }

    @Bean
    RenewingRestriction renewingRestriction(Cases cases, CaseEvents events, Decisions decisions, RestrictionTerms terms,
            Timekeeping time) {
        return new RenewingRestriction(cases, events, decisions, terms, time);
    }

    /** Named apart from the register's own {@code expiringRestrictions} bean, which it complements. */
    @Bean
    ExpiringRestrictions expiringCaseRestrictions(Cases cases, CaseEvents events, Timekeeping time) {
        return new ExpiringRestrictions(cases, events, time);
    }
}
