package kz.tizim.server.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.TenantPolicy;
import kz.tizim.server.audit.Auditor;
import kz.tizim.server.system.ActorPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues, checks and revokes bearer tokens. A token is 32 random bytes shown once at issue; the
 * database keeps its SHA-256 (the token has full entropy, so a slow password hash adds nothing).
 *
 * <p>An organisation token acts with the organisation kind's machine role. A personal token acts as
 * its person, with the roles the person holds when the token is used: a person issues their own in
 * the console ("My tokens"), an administrator may issue one for anybody, and the person or an
 * administrator revokes it. Disabling the person's account stops their tokens.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "tzm_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration NOTE_EVERY = Duration.ofMinutes(1);

    private final ApiTokensJdbcRepository tokens;
    private final AccountsJdbcRepository accounts;
    private final Auditor auditor;
    private final Clock clock;
    private final TransactionTemplate transactions;
    /** When each token's use was last audited on its own and its {@code last_used_at} moved. */
    private final ConcurrentHashMap<Long, Instant> lastNoted = new ConcurrentHashMap<>();

    ApiTokens(ApiTokensJdbcRepository tokens, AccountsJdbcRepository accounts, Auditor auditor, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.auditor = auditor;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A freshly issued token; {@code secret} is never stored and cannot be shown again. */
    public record IssuedToken(long id, OrganisationId organisation, String label, String secret) {
    }

    /** Refused by the person issuing or revoking a personal token: not theirs, or no such person. */
    static final class NotYoursException extends AccessDeniedException {
        NotYoursException(String message) {
            super(message);
        }
    }

    @Transactional
    public IssuedToken issue(Actor actor, OrganisationId organisation, String label) {
        if (!TenantPolicy.mayManage(actor, organisation)) {
            throw new AccessDeniedException("only an administrator issues tokens");
        }
        accounts.findOrganisation(organisation)
                .orElseThrow(() -> new IllegalArgumentException("no organisation " + organisation));
        String secret = newSecret();
        long id = tokens.insert(organisation, null, label, displayPrefix(secret), sha256(secret), actor.name());
        auditor.record(actor, "TOKEN_ISSUED", "organisation:" + organisation, "token " + id + " (" + label + ")");
        return new IssuedToken(id, organisation, label, secret);
    }

    /**
     * Issues a token that acts as {@code username}. Only that person, signed in to the console, or an
     * administrator may: a token cannot mint tokens, so a leaked token cannot outlive its revocation.
     */
    @Transactional
    public IssuedToken issuePersonal(Actor actor, String username, String label) {
        boolean self = actor.kind() == Actor.Kind.PERSON && actor.name().equals(username);
        var person = tokens.person(username).orElseThrow(() -> self
                ? new IllegalStateException("signed in as a person who does not exist: " + username)
                : new NotYoursException("no person " + username));
        if (!self && !TenantPolicy.mayManage(actor, person.organisation())) {
            throw new NotYoursException("a personal token is issued by its person or an administrator");
        }
        String secret = newSecret();
        long id = tokens.insert(person.organisation(), person.id(), label, displayPrefix(secret), sha256(secret),
                actor.name());
        auditor.record(actor, "TOKEN_ISSUED", "user:" + username, "personal token " + id + " (" + label + ")");
        return new IssuedToken(id, person.organisation(), label, secret);
    }

    @Transactional
    public void revoke(Actor actor, long tokenId) {
        var owner = tokens.ownerOf(tokenId).orElseThrow(() -> new NotYoursException("no token " + tokenId));
        boolean self = owner.username() != null && actor.kind() == Actor.Kind.PERSON
                && actor.name().equals(owner.username());
        if (!self && !TenantPolicy.mayManage(actor, owner.organisation())) {
            throw new NotYoursException("a token is revoked by its person or an administrator");
        }
        if (tokens.revoke(tokenId, actor.name(), clock.instant())) {
            auditor.record(actor, "TOKEN_REVOKED", owner.username() == null ? "organisation:" + owner.organisation()
                    : "user:" + owner.username(), "token " + tokenId);
        }
    }

    /** The actor's own personal tokens (a person sees theirs; anyone else has none). */
    @Transactional(readOnly = true)
    public List<ApiTokensJdbcRepository.TokenSummary> mine(Actor actor) {
        return actor.kind() == Actor.Kind.PERSON ? tokens.ofPerson(actor.name()) : List.of();
    }

    @Transactional(readOnly = true)
    public List<ApiTokensJdbcRepository.TokenSummary> of(Actor actor, OrganisationId organisation) {
        if (!TenantPolicy.mayRead(actor, organisation)) {
            throw new AccessDeniedException("tokens of another organisation");
        }
        return tokens.ofOrganisation(organisation);
    }

    /**
     * Authenticates a presented token. A refused token is audited at once. A token's first use in a
     * minute (per server instance) is audited at once, in a transaction of its own that also moves
     * {@code last_used_at}; any later use in that minute is audited with the change the request makes,
     * first in that change's transaction (see {@link Auditor#recordWithNextChange}), and not at all if
     * the request changes nothing. So a request costs no extra write transaction or chain lock.
     */
    Optional<ActorPrincipal> authenticate(String presented, String method, String path) {
        Optional<ApiTokensJdbcRepository.ActiveToken> token = presented.startsWith(PREFIX)
                ? tokens.findActive(sha256(presented)) : Optional.empty();
        if (token.isEmpty()) {
            auditor.recordAnonymous("anonymous", "TOKEN_REJECTED", method + " " + path, "unknown or revoked token");
            return Optional.empty();
        }
        var active = token.get();
        ActorPrincipal principal = active.username() == null
                ? new MachinePrincipal(active.id(), active.prefix(), active.organisation(), active.kind().machineRole())
                : new PersonalTokenPrincipal(active.id(), active.username(), active.organisation(), active.roles());
        Instant now = clock.instant();
        if (firstUseInMinute(active.id(), now)) {
            transactions.executeWithoutResult(status -> {
                tokens.touch(active.id(), now);
                auditor.record(principal.actor(), "TOKEN_USED", method + " " + path, "token " + active.id());
            });
        } else {
            auditor.recordWithNextChange(principal.actor(), "TOKEN_USED", method + " " + path,
                    "token " + active.id());
        }
        return Optional.of(principal);
    }

    /** After a request of an authenticated token: a use held for a change that did not happen is dropped. */
    void finish() {
        auditor.dropHeld();
    }

    private boolean firstUseInMinute(long tokenId, Instant now) {
        Instant last = lastNoted.get(tokenId);
        if (last != null && now.isBefore(last.plus(NOTE_EVERY))) {
            return false;
        }
        // Of concurrent first uses, one wins the claim; the others go with their changes.
        return last == null ? lastNoted.putIfAbsent(tokenId, now) == null : lastNoted.replace(tokenId, last, now);
    }

    private static String newSecret() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String displayPrefix(String secret) {
        return secret.substring(0, PREFIX.length() + 6);
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
