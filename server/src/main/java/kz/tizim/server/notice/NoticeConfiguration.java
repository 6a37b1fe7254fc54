package kz.tizim.server.notice;

import kz.tizim.core.caseflow.CaseEvents;
import kz.tizim.core.caseflow.Cases;
import kz.tizim.core.caseflow.SiteDossiers;
import kz.tizim.core.caseflow.Timekeeping;
import kz.tizim.core.complaint.Complaints;
import kz.tizim.core.decision.Decisions;
import kz.tizim.core.notice.ContentProbe;
import kz.tizim.core.notice.Notices;
import kz.tizim.core.notice.Outbox;
import kz.tizim.core.notice.RecheckingCompliance;
import kz.tizim.core.notice.RestoringAccess;
import kz.tizim.core.notice.SendingNotice;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The notice and re-check use cases as beans. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NoticeProperties.class)
class NoticeConfiguration {

    @Bean
    SendingNotice sendingNotice(Cases cases, CaseEvents events, Decisions decisions, Complaints complaints,
            SiteDossiers dossiers, Notices notices, Outbox outbox, Timekeeping time) {
        return new SendingNotice(cases, events, decisions, complaints, dossiers, notices, outbox, time);
    }

    @Bean
    RestoringAccess restoringAccess(Cases cases, CaseEvents events, ContentProbe probe, Timekeeping time) {
        return new RestoringAccess(cases, events, probe, time);
    }

    @Bean
    RecheckingCompliance recheckingCompliance(Cases cases, CaseEvents events, Decisions decisions, ContentProbe probe,
            Timekeeping time) {
        return new RecheckingCompliance(cases, events, decisions, probe, time);
    }
}
