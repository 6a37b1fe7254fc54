package kz.tizim.server.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.OrganisationKind;
import kz.tizim.core.account.Role;
import kz.tizim.server.account.AccountsJdbcRepository;
import kz.tizim.server.account.ApiTokens;
import kz.tizim.server.system.TizimProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo organisations, people and tokens once (in demo mode only). Names are fictional
 * and marked "(demo)". Raw demo tokens are kept in the data directory so that a restart can print
 * them again; real tokens are never stored anywhere but as hashes.
 */
@Component
@ConditionalOnProperty(name = "tizim.mode", havingValue = "demo", matchIfMissing = true)
public class DemoData {

    static final String REGULATOR = "Tizim Regulator (demo)";
    static final String RIGHTS_HOLDER = "Qazaq Film Rights Association (demo)";
    static final String ANTITERRORIST_CENTER = "Antiterrorist Center (demo)";
    static final String ISP = "KazNet Telecom (demo)";
    static final String ADVERTISER = "Steppe Ads Network (demo)";
    static final String FOREIGN_DESK = "Foreign Requests Desk (demo)";
    private static final String TOKENS_FILE = "demo-tokens.properties";

    private final AccountsJdbcRepository accounts;
    private final ApiTokens tokens;
    private final PasswordEncoder passwords;
    private final TizimProperties properties;

    DemoData(AccountsJdbcRepository accounts, ApiTokens tokens, PasswordEncoder passwords, TizimProperties properties) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.properties = properties;
    }

    /** Loads what is missing and returns the credentials to print. Safe to call on every start. */
    @Transactional
    public DemoCredentials ensureLoaded() {
        OrganisationId regulator = organisation(REGULATOR, OrganisationKind.REGULATOR);
        OrganisationId rightsHolder = organisation(RIGHTS_HOLDER, OrganisationKind.COMPLAINANT);
        OrganisationId antiterrorist = organisation(ANTITERRORIST_CENTER, OrganisationKind.COMPLAINANT);
        OrganisationId isp = organisation(ISP, OrganisationKind.ISP);
        OrganisationId advertiser = organisation(ADVERTISER, OrganisationKind.ADVERTISER);
        OrganisationId foreignDesk = organisation(FOREIGN_DESK, OrganisationKind.FOREIGN_DESK);

        List<DemoCredentials.Login> logins = new ArrayList<>();
        logins.add(person("admin", "Demo Administrator", regulator, REGULATOR, Role.ADMIN));
        logins.add(person("reviewer", "Aigerim Reviewer", regulator, REGULATOR, Role.REVIEWER));
        logins.add(person("reviewer2", "Nurlan Reviewer", regulator, REGULATOR, Role.REVIEWER));
        logins.add(person("legal", "Dana Legal Officer", regulator, REGULATOR, Role.LEGAL_OFFICER));
        logins.add(person("legal2", "Yerlan Legal Officer", regulator, REGULATOR, Role.LEGAL_OFFICER));
        logins.add(person("auditor", "Saule Auditor", regulator, REGULATOR, Role.AUDITOR));
        logins.add(person("foreign", "Timur Foreign Desk", foreignDesk, FOREIGN_DESK, Role.FOREIGN_DESK));
        logins.add(person("rights", "Qazaq Film Rights clerk", rightsHolder, RIGHTS_HOLDER, Role.COMPLAINANT));
        logins.add(person("atc", "Antiterrorist Center analyst", antiterrorist, ANTITERRORIST_CENTER, Role.COMPLAINANT));
        logins.add(person("isp", "KazNet Telecom engineer", isp, ISP, Role.ISP));
        logins.add(person("ads", "Steppe Ads compliance", advertiser, ADVERTISER, Role.ADVERTISER));

        Actor system = new Actor("system:demo", regulator, Set.of(Role.ADMIN), Actor.Kind.SYSTEM);
        Properties stored = readTokens();
        List<DemoCredentials.Token> machineTokens = new ArrayList<>();
        machineTokens.add(token(system, stored, rightsHolder, RIGHTS_HOLDER, "complainant"));
        machineTokens.add(token(system, stored, antiterrorist, ANTITERRORIST_CENTER, "complainant"));
        machineTokens.add(token(system, stored, isp, ISP, "ISP"));
        machineTokens.add(token(system, stored, advertiser, ADVERTISER, "advertiser"));
        writeTokens(stored);
        return new DemoCredentials(logins, machineTokens);
    }

    private OrganisationId organisation(String name, OrganisationKind kind) {
        return accounts.findOrganisationByName(name).map(o -> o.id())
                .orElseGet(() -> accounts.createOrganisation(name, kind));
    }

    private DemoCredentials.Login person(String username, String displayName, OrganisationId organisation,
            String organisationName, Role role) {
        String password = username + "-demo";
        if (!accounts.userExists(username)) {
            accounts.createUser(username, displayName, passwords.encode(password), organisation, EnumSet.of(role));
        }
        return new DemoCredentials.Login(username, password, role.name(), organisationName);
    }

    private DemoCredentials.Token token(Actor system, Properties stored, OrganisationId organisation, String name,
            String kind) {
        String key = "token." + organisation;
        String secret = stored.getProperty(key);
        if (secret == null) {
            secret = tokens.issue(system, organisation, "demo token").secret();
            stored.setProperty(key, secret);
        }
        return new DemoCredentials.Token(name, kind, secret);
    }

    private Path tokensFile() {
        return properties.dataDir().resolve(TOKENS_FILE);
    }

    private Properties readTokens() {
        Properties stored = new Properties();
        if (Files.exists(tokensFile())) {
            try (Reader reader = Files.newBufferedReader(tokensFile(), StandardCharsets.UTF_8)) {
                stored.load(reader);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + tokensFile() + ": " + e.getMessage(), e);
            }
        }
        return stored;
    }

    private void writeTokens(Properties stored) {
        try {
            Files.createDirectories(properties.dataDir());
            try (Writer writer = Files.newBufferedWriter(tokensFile(), StandardCharsets.UTF_8)) {
                stored.store(writer, "Demo API tokens. Demo mode only: real tokens are stored as hashes.");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + tokensFile() + ": " + e.getMessage(), e);
        }
    }
}
