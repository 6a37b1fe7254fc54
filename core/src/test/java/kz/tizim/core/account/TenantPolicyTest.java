package kz.tizim.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantPolicyTest {

    private static final OrganisationId RIGHTS_HOLDER = new OrganisationId(2);
    private static final OrganisationId OTHER_RIGHTS_HOLDER = new OrganisationId(3);

    @Test
    void complainantReadsOnlyItsOwnOrganisation() {
        Actor complainant = new Actor("token-7", RIGHTS_HOLDER, Set.of(Role.COMPLAINANT), Actor.Kind.MACHINE);

        assertThat(TenantPolicy.mayRead(complainant, RIGHTS_HOLDER)).isTrue();
        assertThat(TenantPolicy.mayRead(complainant, OTHER_RIGHTS_HOLDER)).isFalse();
    }

    @Test
    void auditorReadsEveryOrganisationButManagesNone() {
        Actor auditor = new Actor("aigerim", new OrganisationId(1), Set.of(Role.AUDITOR), Actor.Kind.PERSON);

        assertThat(TenantPolicy.mayRead(auditor, OTHER_RIGHTS_HOLDER)).isTrue();
        assertThat(TenantPolicy.mayManage(auditor, OTHER_RIGHTS_HOLDER)).isFalse();
    }
}
