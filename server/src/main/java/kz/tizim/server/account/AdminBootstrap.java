package kz.tizim.server.account;

import java.util.EnumSet;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.OrganisationKind;
import kz.tizim.core.account.Role;
import kz.tizim.server.system.TizimProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In serve mode, creates the first administrator from {@code TIZIM_ADMIN_PASSWORD} on an empty
 * database. An existing admin keeps their password: the variable is a bootstrap, not a reset.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    static final String REGULATOR = "Regulator";

    private final AccountsJdbcRepository accounts;
    private final AccountProperties accountProperties;
    private final TizimProperties properties;
    private final PasswordEncoder passwords;

    AdminBootstrap(AccountsJdbcRepository accounts, AccountProperties accountProperties, TizimProperties properties,
            PasswordEncoder passwords) {
        this.accounts = accounts;
        this.accountProperties = accountProperties;
        this.properties = properties;
        this.passwords = passwords;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (properties.isDemo() || accounts.userExists("admin")) {
            return;
        }
        String password = accountProperties.adminPassword();
        if (password == null) {
            throw new IllegalStateException("TIZIM_ADMIN_PASSWORD is required to create the first administrator");
        }
        OrganisationId regulator = accounts.findOrganisationByName(REGULATOR).map(o -> o.id())
                .orElseGet(() -> accounts.createOrganisation(REGULATOR, OrganisationKind.REGULATOR));
        accounts.createUser("admin", "Administrator", passwords.encode(password), regulator, EnumSet.of(Role.ADMIN));
    }
}
