package kz.tizim.server.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.caseflow.PopularityTier;
import kz.tizim.core.caseflow.SiteDossier;
import kz.tizim.core.caseflow.SiteDossiers;
import kz.tizim.core.caseflow.SiteKey;
import kz.tizim.core.complaint.Contact;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Site dossiers and the related/mirror sites reviewers link to them. */
@Repository
public class SiteDossiersJdbcRepository implements SiteDossiers {

    private final JdbcClient jdbc;

    SiteDossiersJdbcRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SiteDossier> find(SiteKey key) {
        return jdbc.sql("SELECT * FROM site_dossier WHERE site = ?").param(key.value()).query((rs, n) -> map(rs))
                .optional();
    }

    @Override
    public void save(SiteDossier d) {
        jdbc.sql("""
                INSERT INTO site_dossier (site, tier, site_contact_name, site_contact_email, abuse_contact_name,
                    abuse_contact_email) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (site) DO UPDATE SET tier = EXCLUDED.tier, site_contact_name = EXCLUDED.site_contact_name,
                    site_contact_email = EXCLUDED.site_contact_email, abuse_contact_name = EXCLUDED.abuse_contact_name,
                    abuse_contact_email = EXCLUDED.abuse_contact_email""")
                .params(d.key().value(), d.tier().name(), name(d.siteContact()), email(d.siteContact()),
                        name(d.hostingAbuseContact()), email(d.hostingAbuseContact()))
                .update();
    }

    /** A related or mirror site a reviewer linked, with why. */
    public record Link(String related, String note, String linkedBy, Instant linkedAt) {
    }

    /** Links both ways, so each dossier shows the other. */
    void link(SiteKey site, SiteKey related, String note, String by, Instant at) {
        for (SiteKey[] pair : new SiteKey[][] {{site, related}, {related, site}}) {
            if (find(pair[0]).isEmpty()) {
                save(SiteDossier.unknown(pair[0]));
            }
            jdbc.sql("INSERT INTO site_link (site, related, note, linked_by, linked_at) VALUES (?, ?, ?, ?, ?)"
                            + " ON CONFLICT (site, related) DO NOTHING")
                    .params(pair[0].value(), pair[1].value(), note, by, Timestamp.from(at)).update();
        }
    }

    List<Link> links(SiteKey site) {
        return jdbc.sql("SELECT related, note, linked_by, linked_at FROM site_link WHERE site = ? ORDER BY related")
                .param(site.value())
                .query((rs, n) -> new Link(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    private static SiteDossier map(ResultSet rs) throws SQLException {
        return new SiteDossier(new SiteKey(rs.getString("site")), PopularityTier.valueOf(rs.getString("tier")),
                contact(rs.getString("site_contact_name"), rs.getString("site_contact_email")),
                contact(rs.getString("abuse_contact_name"), rs.getString("abuse_contact_email")));
    }

    private static @Nullable Contact contact(@Nullable String name, @Nullable String email) {
        return email == null ? null : new Contact(name == null ? "" : name, email);
    }

    private static @Nullable String name(@Nullable Contact contact) {
        return contact == null ? null : contact.name();
    }

    private static @Nullable String email(@Nullable Contact contact) {
        return contact == null ? null : contact.email();
    }
}
