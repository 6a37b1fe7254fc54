package kz.tizim.server.account;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Accounts ({@code tizim.account.*}).
 *
 * @param adminPassword     password of the {@code admin} user created at first start in serve mode
 *                          ({@code TIZIM_ADMIN_PASSWORD}); required there, unused in demo mode
 * @param maxFailedLogins   failed logins in a row before the account is locked
 * @param lockout           how long a locked account stays locked
 * @param secureCookies     mark the session cookie {@code Secure} (on behind HTTPS, i.e. in production)
 */
@ConfigurationProperties("tizim.account")
public record AccountProperties(
        @Nullable String adminPassword,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("false") boolean secureCookies) {
}
