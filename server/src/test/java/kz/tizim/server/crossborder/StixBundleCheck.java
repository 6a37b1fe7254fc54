package kz.tizim.server.crossborder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The required properties of a STIX 2.1 annex, checked object by object from the specification text
 * (OASIS STIX Version 2.1, sections 2.7 identifier, 2.9 timestamp, 3.2 common properties, 4.7
 * indicator, 4.16 report, 7.2.1.4 TLP marking definitions, 8 bundle). The official JSON schemas
 * (oasis-open/cti-stix2-json-schemas) are not validated against: no package registry this build
 * reaches ships them (see the README, "Cross-border requests").
 */
final class StixBundleCheck {

    static final Pattern UUID4 = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    static final Pattern RFC3339_MS = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

    private StixBundleCheck() {
    }

    /** Fails (AssertionError) on the first property the specification requires and the bundle lacks. */
    static void check(String json, int expectedIndicators, String tlp) {
        JsonNode bundle = JsonMapper.builder().build().readTree(json);
        assertThat(text(bundle, "type")).isEqualTo("bundle");
        assertId(text(bundle, "id"), "bundle");
        Set<String> ids = new HashSet<>();
        int indicators = 0;
        JsonNode report = null;
        for (JsonNode o : bundle.get("objects")) {
            String type = text(o, "type");
            assertThat(text(o, "spec_version")).as("spec_version of " + type).isEqualTo("2.1");
            assertThat(text(o, "created")).as("created of " + type).matches(RFC3339_MS);
            String id = text(o, "id");
            ids.add(id);
            if (type.equals("marking-definition")) {
                assertThat(text(o, "definition_type")).isEqualTo("tlp");
                assertThat(text(o.get("definition"), "tlp")).isEqualTo(tlp);
                assertThat(id).isEqualTo(tlp.equals("red") ? "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"
                        : "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82");
                continue;
            }
            assertId(id, type);
            assertThat(text(o, "modified")).as("modified of " + id).matches(RFC3339_MS);
            if (type.equals("indicator")) {
                indicators++;
                assertThat(text(o, "pattern")).as("pattern of " + id)
                        .matches("\\[(url|domain-name|ipv4-addr|ipv6-addr):value .+\\]");
                assertThat(text(o, "pattern_type")).as("pattern_type of " + id).isEqualTo("stix");
                assertThat(text(o, "valid_from")).as("valid_from of " + id).matches(RFC3339_MS);
                assertThat(text(o.get("object_marking_refs"), 0)).startsWith("marking-definition--");
            }
            if (type.equals("report")) {
                report = o;
                assertThat(text(o, "published")).matches(RFC3339_MS);
                assertThat(text(o, "name")).isNotBlank();
            }
        }
        assertThat(indicators).as("indicators").isEqualTo(expectedIndicators);
        assertThat(report).as("a report object").isNotNull();
        for (JsonNode ref : report.get("object_refs")) {
            assertThat(ids).as("the report refers only to objects in the bundle").contains(ref.asString());
        }
        assertThat(report.get("object_refs").size()).isEqualTo(expectedIndicators + 1);
    }

    private static String text(JsonNode node, String property) {
        JsonNode value = node.get(property);
        assertThat(value).as("required property '" + property + "'").isNotNull();
        assertThat(value.isString()).as("'" + property + "' is a string").isTrue();
        return value.asString();
    }

    private static String text(JsonNode array, int index) {
        assertThat(array).as("required list").isNotNull();
        assertThat(array.size()).as("list length").isGreaterThan(index);
        return array.get(index).asString();
    }

    private static void assertId(String id, String type) {
        assertThat(id).startsWith(type + "--");
        assertThat(id.substring(type.length() + 2)).matches(UUID4);
    }
}
