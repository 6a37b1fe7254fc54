package kz.tizim.server.account;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks up people for form login, with their lock state as of now. */
@Service
class PeopleDirectory implements UserDetailsService {

    private final AccountsJdbcRepository accounts;
    private final Clock clock;

    PeopleDirectory(AccountsJdbcRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findPerson(username, clock.instant())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
