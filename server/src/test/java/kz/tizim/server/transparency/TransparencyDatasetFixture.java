package kz.tizim.server.transparency;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small known dataset for the report, written straight into the tables the figures read: four
 * decisions (three copyright, one terrorism on the immediate track, one approved at 00:30 Almaty
 * time on 1 March but still 28 February in UTC), their complaints and notices, three appeals, five
 * register versions, two ISPs' acknowledgements, four cross-border requests (one never sent), and
 * popularity tiers. The expected figures are worked out in {@link TransparencyFiguresTest}.
 */
final class TransparencyDatasetFixture {

    private final JdbcClient jdbc;

    TransparencyDatasetFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void load() {
        long org = jdbc.sql("INSERT INTO organisation (name, kind) VALUES ('Figures Rights Holder', 'COMPLAINANT') RETURNING id")
                .query(Long.class).single();
        decision(1, "COPYRIGHT", "ORDINARY", "films.example", org, "2026-02-01T05:00:00Z", "2026-02-03T05:00:00Z");
        decision(2, "COPYRIGHT", "ORDINARY", "small.example", org, "2026-02-10T05:00:00Z", "2026-02-14T05:00:00Z");
        decision(3, "TERRORISM_PROPAGANDA", "IMMEDIATE", "forum.example", org, "2026-02-28T07:30:00Z",
                "2026-02-28T19:30:00Z");
        decision(4, "COPYRIGHT", "ORDINARY", "films2.example", org, "2026-03-02T05:00:00Z", "2026-03-08T05:00:00Z");
        jdbc.sql("INSERT INTO site_dossier (site, tier) VALUES ('films.example', 'TOP'), ('films2.example', 'TOP'),"
                + " ('small.example', 'LOW')").update();

        notice(1, "BEFORE_RESTRICTION", "2026-02-03T06:00:00Z");
        notice(2, "BEFORE_RESTRICTION", "2026-02-14T06:00:00Z");
        notice(3, "AFTER_RESTRICTION", "2026-02-28T20:00:00Z");

        appeal(1, "2026-02-05T05:00:00Z", "UPHELD", "2026-02-08T05:00:00Z");
        appeal(2, "2026-02-15T05:00:00Z", "LIFTED", "2026-02-16T05:00:00Z");
        appeal(3, "2026-03-01T05:00:00Z", null, null);

        version(1, "2026-02-13T05:00:00Z", "ORDERED", 1, "domain-tree", "films.example");
        version(2, "2026-02-14T06:00:00Z", "ORDERED", 2, "url", "http://small.example/film");
        version(3, "2026-02-28T19:31:00Z", "ORDERED", 3, "url", "https://forum.example/t/1");
        version(4, "2026-03-10T05:00:00Z", "LIFTED", 2, "url", "http://small.example/film");
        version(5, "2026-04-01T05:00:00Z", "EXPIRED", 1, "domain-tree", "films.example");

        long telecom = isp("Test Telecom");
        ack(telecom, 0, "2026-02-13T04:00:00Z");
        ack(telecom, 1, "2026-02-13T05:30:00Z");
        ack(telecom, 2, "2026-02-14T06:10:00Z");
        ack(telecom, 3, "2026-02-28T19:51:00Z");
        ack(telecom, 4, "2026-03-10T05:40:00Z");
        ack(telecom, 5, "2026-04-01T06:00:00Z");
        long slow = isp("Slow Net");
        ack(slow, 3, "2026-03-09T00:00:00Z");
        ack(slow, 4, "2026-03-10T07:00:00Z");

        request(1, "KG", "SENT", true);
        request(2, "KG", "REFUSED", true);
        request(3, "US", "ACTED", true);
        request(4, "US", "DRAFT", false);
    }

    static String number(int n) {
        return "TZ-2026-%06d".formatted(n);
    }

    private void decision(int n, String category, String urgency, String site, long org, String filed, String approved) {
        jdbc.sql("""
                INSERT INTO complaint (id, organisation_id, filed_by, complainant_kind, category, description, locators,
                                       evidence, fingerprint, filed_at)
                VALUES (?, ?, 'rights', 'RIGHTS_HOLDER', ?, 'complaint', ARRAY['url http://' || ?], '{}', repeat('0', 64), ?)""")
                .params(n, org, category, site, ts(filed)).update();
        jdbc.sql("""
                INSERT INTO review_case (id, version, status, category, urgency, decide_within, comply_within, notice_first,
                                         publication, site, locators, resources, complaints, opened_at, decision_due,
                                         decision, decided_at)
                VALUES (?, 1, 'RESTRICTION_ORDERED', ?, ?, 'P5D', 'PT72H', ?, 'PUBLISHED', ?, ARRAY['url http://' || ?],
                        ARRAY['url ' || ?], ARRAY[?::bigint], ?, ?, ?, ?)""")
                .params(n, category, urgency, urgency.equals("ORDINARY"), site, site, site, n, ts(filed), ts(approved),
                        number(n), ts(approved))
                .update();
        jdbc.sql("""
                INSERT INTO decision (number, case_id, drafter, basis, catalogue_number, catalogue_sha256, measure, scope,
                                      facts, reasoning, scope_justification, term, automated_detection, proportionality,
                                      drafted_at, approved_by, approved_at, category, territorial_scope, notified_by,
                                      automated_decision, citation, redress)
                VALUES (?, ?, 'reviewer', 'KZ-CC-198', 1, repeat('a', 64), 'ACCESS_RESTRICTION', 'url http://' || ?,
                        'facts', 'reasoning', '', 'P6M', false, '', ?, 'legal', ?, ?, 'KZ', ARRAY['RIGHTS_HOLDER'],
                        false, 'citation', 'redress')""")
                .params(number(n), n, site, ts(approved), ts(approved), category).update();
    }

    private void notice(int n, String timing, String sent) {
        jdbc.sql("""
                INSERT INTO notice (case_id, decision, recipient_name, recipient_email, recipient_source, timing,
                                    appeal_code_sha256, sent_at)
                VALUES (?, ?, 'Owner', 'owner@site.example', 'COMPLAINT', ?, repeat('b', 64), ?)""")
                .params(n, number(n), timing, ts(sent)).update();
    }

    private void appeal(int n, String filed, String outcome, String decided) {
        jdbc.sql("""
                INSERT INTO appeal (id, case_id, decision, appellant, filed_by, grounds, filed_at, outcome, decided_by,
                                    reasons, decided_at)
                VALUES (?, ?, ?, 'OWNER', 'owner', 'grounds', ?, ?, ?, ?, ?)""")
                .params(n, n, number(n), ts(filed), outcome, outcome == null ? null : "legal2",
                        outcome == null ? null : "reasons", decided == null ? null : ts(decided))
                .update();
    }

    private void version(long serial, String at, String change, int decision, String kind, String locator) {
        jdbc.sql("""
                INSERT INTO register_version (serial, recorded_at, change, locator_kind, locator, locator_sha256, decision,
                                              category, legal_basis, urgency, starts_at, ends_at, published, reason)
                SELECT ?, ?, ?, ?, ?, encode(sha256(convert_to(?, 'UTF8')), 'hex'), d.number, d.category, d.basis,
                       c.urgency, d.approved_at, NULL, true, ''
                FROM decision d JOIN review_case c ON c.id = d.case_id WHERE d.number = ?""")
                .params(serial, ts(at), change, kind, locator, locator, number(decision)).update();
    }

    private long isp(String name) {
        return jdbc.sql("INSERT INTO organisation (name, kind) VALUES (?, 'ISP') RETURNING id").param(name)
                .query(Long.class).single();
    }

    private void ack(long isp, long serial, String at) {
        jdbc.sql("INSERT INTO feed_ack (organisation_id, serial, acknowledged_at, acknowledged_by) VALUES (?, ?, ?, 'agent')")
                .params(isp, serial, ts(at)).update();
    }

    private void request(long id, String country, String status, boolean sent) {
        jdbc.sql("""
                INSERT INTO cross_border_request (id, version, country, host_name, status, authority, contacts, channel,
                                                  measures, language, catalogue_number, catalogue_sha256, created_by,
                                                  created_at, sent_at, reminders)
                VALUES (?, 1, ?, 'Host', ?, 'Authority', 'desk@authority.example', 'DIPLOMATIC', ARRAY['REMOVAL'], 'en',
                        1, repeat('c', 64), 'desk', ?, ?, 0)""")
                .params(id, country, status, ts("2026-02-20T05:00:00Z"), sent ? ts("2026-02-21T05:00:00Z") : null)
                .update();
    }

    private static Timestamp ts(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }
}
