package kz.tizim.server.account;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import kz.tizim.server.audit.Auditor;
import kz.tizim.server.system.ActorPrincipal;

/** Audits every login attempt and locks an account after too many failures in a row. */
@Component
class LoginAttempts {

    private final AccountsJdbcRepository accounts;
    private final AccountProperties properties;
    private final Auditor auditor;
    private final Clock clock;

    LoginAttempts(AccountsJdbcRepository accounts, AccountProperties properties, Auditor auditor, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.auditor = auditor;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PersonPrincipal person) {
            accounts.recordSuccessfulLogin(person.username());
            auditor.record(((ActorPrincipal) person).actor(), "LOGIN", "user:" + person.username(), "");
        }
    }

    @EventListener
    @Transactional
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        auditor.recordAnonymous(username, "LOGIN_FAILED", "user:" + username, "bad credentials");
        boolean locked = accounts.recordFailedLogin(username, properties.maxFailedLogins(),
                clock.instant().plus(properties.lockout()));
        if (locked) {
            auditor.recordAnonymous(username, "ACCOUNT_LOCKED", "user:" + username,
                    properties.maxFailedLogins() + " failed logins; locked for " + properties.lockout());
        }
    }

    @EventListener
    @Transactional
    void refusedWhileLocked(AuthenticationFailureLockedEvent event) {
        String username = event.getAuthentication().getName();
        auditor.recordAnonymous(username, "LOGIN_FAILED", "user:" + username, "account locked");
    }
}
