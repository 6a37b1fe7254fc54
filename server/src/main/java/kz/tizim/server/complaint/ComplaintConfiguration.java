package kz.tizim.server.complaint;

import java.time.Clock;
import kz.tizim.core.complaint.Complaints;
import kz.tizim.core.complaint.EvidencePolicy;
import kz.tizim.core.complaint.EvidenceStore;
import kz.tizim.core.complaint.FilingComplaint;
import kz.tizim.core.complaint.StoringEvidence;
import kz.tizim.core.complaint.ViewingComplaints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The intake use cases as beans, over the PostgreSQL adapters of this module. */
@Configuration(proxyBeanMethods = false)
class ComplaintConfiguration {

    @Bean
    EvidencePolicy evidencePolicy() {
        return EvidencePolicy.standard();
    }

    @Bean
    StoringEvidence storingEvidence(EvidenceStore store, EvidencePolicy policy, Clock clock) {
        return new StoringEvidence(store, policy, clock);
    }

    @Bean
    FilingComplaint filingComplaint(Complaints complaints, EvidenceStore evidence, Clock clock) {
        return new FilingComplaint(complaints, evidence, clock);
    }

    @Bean
    ViewingComplaints viewingComplaints(Complaints complaints) {
        return new ViewingComplaints(complaints);
    }
}
