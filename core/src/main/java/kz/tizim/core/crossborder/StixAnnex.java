package kz.tizim.core.crossborder;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.match.locator.Locator;

/**
 * The request's annex as a STIX 2.1 bundle (OASIS STIX Version 2.1, 2021): the requesting authority
 * as an {@code identity}, one {@code indicator} per locator with a STIX pattern, a {@code report}
 * linking them, and the TLP marking. Every object carries {@code type}, {@code spec_version "2.1"},
 * an id {@code <type>--<UUIDv4>}, and timestamps in RFC 3339 UTC with milliseconds.
 *
 * <p>The TLP markings are the predefined TLP 1.0 marking-definition objects of the specification
 * (section 7.2.1.4), included in the bundle; AMBER by default, RED when the request carries child
 * sexual abuse material, whose locators must not travel further than the recipient.
 */
public final class StixAnnex {

    /** TLP:AMBER as predefined by STIX 2.1 section 7.2.1.4. */
    public static final String TLP_AMBER = "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82";
    /** TLP:RED as predefined by STIX 2.1 section 7.2.1.4. */
    public static final String TLP_RED = "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed";

    private static final String TLP_CREATED = "2017-01-20T00:00:00.000Z";
    private static final DateTimeFormatter RFC3339_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private StixAnnex() {
    }

    /** The bundle as JSON; {@code ids} supplies the random (version 4) UUIDs. */
    public static String bundle(CrossBorderRequest request, Instant issued, Supplier<UUID> ids) {
        String now = timestamp(issued);
        boolean red = request.sites().stream().anyMatch(s -> s.category() == OffenceCategory.CSAM);
        String marking = red ? TLP_RED : TLP_AMBER;
        String identity = "identity--" + uuid4(ids);

        List<Object> objects = new ArrayList<>();
        objects.add(tlp(marking, red ? "red" : "amber"));
        Map<String, Object> author = common("identity", identity, now);
        author.put("name", request.requestingAuthority());
        author.put("identity_class", "organization");
        author.put("sectors", List.of("government"));
        objects.add(author);

        List<Object> refs = new ArrayList<>();
        refs.add(identity);
        for (RequestSite site : request.sites()) {
            for (String line : site.locators()) {
                Locator locator = Locator.parse(line);
                Map<String, Object> indicator = common("indicator", "indicator--" + uuid4(ids), now);
                indicator.put("created_by_ref", identity);
                indicator.put("name", site.site() + ": " + locator.value());
                indicator.put("description", "Kazakhstan decision " + site.decision() + " on " + site.basisCitation()
                        + " (" + site.category() + "); dual criminality in " + request.hostName() + ": "
                        + site.verdict());
                indicator.put("pattern", pattern(locator));
                indicator.put("pattern_type", "stix");
                indicator.put("valid_from", now);
                indicator.put("labels", List.of(site.category().name().toLowerCase(Locale.ROOT)));
                indicator.put("external_references", List.of(Map.of("source_name", "tizim",
                        "external_id", site.decision().value())));
                indicator.put("object_marking_refs", List.of(marking));
                objects.add(indicator);
                refs.add(indicator.get("id"));
            }
        }
        Map<String, Object> report = common("report", "report--" + uuid4(ids), now);
        report.put("created_by_ref", identity);
        report.put("name", "Request " + request.id().reference() + " to " + request.hostName());
        report.put("description", "Sites whose removal or restriction Kazakhstan requests from "
                + request.hostName() + "; legal catalogue " + request.catalogue().label() + ".");
        report.put("report_types", List.of("indicator"));
        report.put("published", now);
        report.put("object_refs", refs);
        report.put("external_references", List.of(Map.of("source_name", "tizim",
                "external_id", request.id().reference())));
        report.put("object_marking_refs", List.of(marking));
        objects.add(report);

        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("type", "bundle");
        bundle.put("id", "bundle--" + uuid4(ids));
        bundle.put("objects", objects);
        return Json.write(bundle);
    }

    /** The STIX pattern matching a locator (section 9: patterning). */
    static String pattern(Locator locator) {
        String v = quote(locator.value());
        return switch (locator.kind()) {
            case URL -> "[url:value = " + v + "]";
            case URL_PREFIX -> "[url:value LIKE " + quote(likeEscape(locator.value()) + "%") + "]";
            case DOMAIN -> "[domain-name:value = " + v + "]";
            case DOMAIN_TREE -> "[domain-name:value = " + v + " OR domain-name:value LIKE "
                    + quote("%." + likeEscape(locator.value())) + "]";
            case IP -> "[" + addressType(locator.value()) + ":value = " + v + "]";
            case CIDR -> "[" + addressType(locator.value()) + ":value ISSUBSET " + v + "]";
        };
    }

    /** RFC 3339 in UTC with milliseconds, as STIX requires for created and modified. */
    public static String timestamp(Instant instant) {
        return RFC3339_MILLIS.format(instant);
    }

    private static String addressType(String value) {
        return value.contains(":") ? "ipv6-addr" : "ipv4-addr";
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String likeEscape(String s) {
        return s.replace("%", "\\%").replace("_", "\\_");
    }

    private static Map<String, Object> tlp(String id, String colour) {
        Map<String, Object> tlp = new LinkedHashMap<>();
        tlp.put("type", "marking-definition");
        tlp.put("spec_version", "2.1");
        tlp.put("id", id);
        tlp.put("created", TLP_CREATED);
        tlp.put("definition_type", "tlp");
        tlp.put("name", "TLP:" + colour.toUpperCase(Locale.ROOT));
        tlp.put("definition", Map.of("tlp", colour));
        return tlp;
    }

    private static Map<String, Object> common(String type, String id, String now) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", type);
        o.put("spec_version", "2.1");
        o.put("id", id);
        o.put("created", now);
        o.put("modified", now);
        return o;
    }

    private static UUID uuid4(Supplier<UUID> ids) {
        UUID id = ids.get();
        if (id.version() != 4) {
            throw new IllegalArgumentException("STIX identifiers use version 4 UUIDs: " + id);
        }
        return id;
    }
}
