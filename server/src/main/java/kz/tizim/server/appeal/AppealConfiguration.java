package kz.tizim.server.appeal;

import kz.tizim.core.appeal.Appeals;
import kz.tizim.core.appeal.DecidingAppeal;
import kz.tizim.core.appeal.FilingAppeal;
import kz.tizim.core.caseflow.CaseEvents;
import kz.tizim.core.caseflow.Cases;
import kz.tizim.core.caseflow.Timekeeping;
import kz.tizim.core.complaint.Complaints;
import kz.tizim.core.decision.Decisions;
import kz.tizim.core.notice.Notices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The appeal use cases as beans. */
@Configuration(proxyBeanMethods = false)
class AppealConfiguration {

    @Bean
    FilingAppeal filingAppeal(Cases cases, CaseEvents events, Notices notices, Complaints complaints, Appeals appeals,
            Timekeeping time) {
        return new FilingAppeal(cases, events, notices, complaints, appeals, time);
    }

    @Bean
    DecidingAppeal decidingAppeal(Cases cases, CaseEvents events, Decisions decisions, Appeals appeals,
            Timekeeping time) {
        return new DecidingAppeal(cases, events, decisions, appeals, time);
    }
}
