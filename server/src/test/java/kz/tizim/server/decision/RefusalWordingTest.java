package kz.tizim.server.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.tizim.core.appeal.FilingAppeal;
import kz.tizim.core.decision.ApprovalPolicy;
import kz.tizim.core.decision.ApprovingDecision;
import kz.tizim.core.decision.DraftingDecision;
import kz.tizim.core.outcome.Refusal;
import org.junit.jupiter.api.Test;

/**
 * Every rule a use case in {@code core} may refuse by has a sentence in Kazakh, Russian and English,
 * each in its own file, so the console never shows a bare rule name. The rules are collected from
 * the source text ({@code refused("X"}, {@code new Refusal("X"}) and from the named constants and
 * approval policies, so a new rule without its sentence fails here.
 */
class RefusalWordingTest {

    static final String KAZAKH_LETTER = ProportionalityWordingTest.KAZAKH_LETTER;
    static final String CYRILLIC = ProportionalityWordingTest.CYRILLIC;
    static final Pattern LITERAL_RULE = Pattern.compile("(?:refused\\(|new Refusal\\()\\s*\"(\\w+)\"");

    @Test
    void everyRuleInCoreHasItsSentenceInEachLanguage() {
        SortedSet<String> rules = rulesInCore();
        assertThat(rules).as("the scan found the rules").contains("FourEyesPolicy", "FreshReasons",
                "RestrictionTerms", "DualCriminalityPolicy", Refusal.NOT_FOUND, FilingAppeal.APPEAL_CODE);
        Properties en = bundle("messages.properties");
        Properties kk = bundle("messages_kk.properties");
        Properties ru = bundle("messages_ru.properties");
        for (String rule : rules) {
            String key = "refusal.rule." + rule;
            assertThat(en).as(key).containsKey(key);
            assertThat(kk.getProperty(key)).as(key + " in Kazakh").isNotNull().containsPattern(KAZAKH_LETTER);
            assertThat(ru.getProperty(key)).as(key + " in Russian").isNotNull().containsPattern(CYRILLIC)
                    .doesNotContainPattern(KAZAKH_LETTER);
        }
    }

    private static SortedSet<String> rulesInCore() {
        var rules = new TreeSet<String>();
        Path sources = Path.of("..", "core", "src", "main", "java");
        assertThat(sources).as("core's sources next to the server module").isDirectory();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_RULE.matcher(Files.readString(file));
                while (m.find()) {
                    rules.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Field field : Refusal.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    rules.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        rules.add(FilingAppeal.APPEAL_CODE);
        rules.add(DraftingDecision.PROPORTIONALITY);
        for (ApprovalPolicy policy : ApprovingDecision.APPROVAL_POLICIES) {
            rules.add(policy.name());
        }
        return rules;
    }

    private static Properties bundle(String file) {
        var properties = new Properties();
        try (var in = RefusalWordingTest.class.getClassLoader().getResourceAsStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
