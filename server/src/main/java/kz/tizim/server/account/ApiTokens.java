package kz.tizim.server.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.TenantPolicy;
import kz.tizim.server.audit.Auditor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes bearer tokens. A token is 32 random bytes shown once at issue; the
 * database keeps its SHA-256 (the token has full entropy, so a slow password hash adds nothing).
 */
@Service
public class ApiTokens {

    static final String PREFIX = "tzm_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokensJdbcRepository tokens;
    private final AccountsJdbcRepository accounts;
    private final Auditor auditor;
    private final Clock clock;

    ApiTokens(ApiTokensJdbcRepository tokens, AccountsJdbcRepository accounts, Auditor auditor, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** A freshly issued token; {@code secret} is never stored and cannot be shown again. */
    public record IssuedToken(long id, OrganisationId organisation, String label, String secret) {
    }

    @Transactional
    public IssuedToken issue(Actor actor, OrganisationId organisation, String label) {
        if (!TenantPolicy.mayManage(actor, organisation)) {
            throw new AccessDeniedException("only an administrator issues tokens");
        }
        accounts.findOrganisation(organisation)
                .orElseThrow(() -> new IllegalArgumentException("no organisation " + organisation));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String displayPrefix = secret.substring(0, PREFIX.length() + 6);
        long id = tokens.insert(organisation, label, displayPrefix, sha256(secret), actor.name());
        auditor.record(actor, "TOKEN_ISSUED", "organisation:" + organisation, "token " + id + " (" + label + ")");
        return new IssuedToken(id, organisation, label, secret);
    }

    @Transactional
    public void revoke(Actor actor, long tokenId) {
        OrganisationId owner = tokens.ownerOf(tokenId)
                .orElseThrow(() -> new IllegalArgumentException("no token " + tokenId));
        if (!TenantPolicy.mayManage(actor, owner)) {
            throw new AccessDeniedException("only an administrator revokes tokens");
        }
        if (tokens.revoke(tokenId, actor.name(), clock.instant())) {
            auditor.record(actor, "TOKEN_REVOKED", "organisation:" + owner, "token " + tokenId);
        }
    }

    @Transactional(readOnly = true)
    public List<ApiTokensJdbcRepository.TokenSummary> of(Actor actor, OrganisationId organisation) {
        if (!TenantPolicy.mayRead(actor, organisation)) {
            throw new AccessDeniedException("tokens of another organisation");
        }
        return tokens.ofOrganisation(organisation);
    }

    /** Authenticates a presented token: records the use in the audit trail, or the failed attempt. */
    @Transactional
    Optional<MachinePrincipal> authenticate(String presented, String method, String path) {
        Optional<ApiTokensJdbcRepository.ActiveToken> token = presented.startsWith(PREFIX)
                ? tokens.findActive(sha256(presented)) : Optional.empty();
        if (token.isEmpty()) {
            auditor.recordAnonymous("anonymous", "TOKEN_REJECTED", method + " " + path, "unknown or revoked token");
            return Optional.empty();
        }
        var active = token.get();
        tokens.touch(active.id(), clock.instant());
        MachinePrincipal principal = new MachinePrincipal(active.id(), active.prefix(), active.organisation(),
                active.kind().machineRole());
        auditor.record(principal.actor(), "TOKEN_USED", method + " " + path, "token " + active.id());
        return Optional.of(principal);
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
