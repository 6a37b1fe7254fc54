package kz.tizim.server.review;

import java.time.Clock;
import kz.tizim.core.caseflow.AssigningCase;
import kz.tizim.core.caseflow.CaseEvents;
import kz.tizim.core.caseflow.Cases;
import kz.tizim.core.caseflow.LegalCatalogues;
import kz.tizim.core.caseflow.RegisterLookup;
import kz.tizim.core.caseflow.RejectingCase;
import kz.tizim.core.caseflow.SiteDossiers;
import kz.tizim.core.caseflow.Timekeeping;
import kz.tizim.core.caseflow.TriagingComplaint;
import kz.tizim.core.caseflow.WithdrawingCase;
import kz.tizim.core.complaint.Complaints;
import kz.tizim.core.legal.WorkingCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Timekeeping and the triage and case-handling use cases as beans. */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

    /**
     * Almaty time and a Monday-to-Friday calendar. Public holidays are not yet configured: a
     * deadline over a holiday therefore falls a day early, never late.
     */
    @Bean
    Timekeeping timekeeping(Clock clock) {
        return new Timekeeping(clock, Timekeeping.ALMATY, WorkingCalendar.weekdays());
    }

    @Bean
    TriagingComplaint triagingComplaint(Complaints complaints, Cases cases, CaseEvents events, RegisterLookup register,
            SiteDossiers dossiers, LegalCatalogues catalogues, Timekeeping time) {
        return new TriagingComplaint(complaints, cases, events, register, dossiers, catalogues, time);
    }

    @Bean
    AssigningCase assigningCase(Cases cases, CaseEvents events, Timekeeping time) {
        return new AssigningCase(cases, events, time);
    }

    @Bean
    RejectingCase rejectingCase(Cases cases, CaseEvents events, Timekeeping time) {
        return new RejectingCase(cases, events, time);
    }

    @Bean
    WithdrawingCase withdrawingCase(Complaints complaints, Cases cases, CaseEvents events, Timekeeping time) {
        return new WithdrawingCase(complaints, cases, events, time);
    }
}
