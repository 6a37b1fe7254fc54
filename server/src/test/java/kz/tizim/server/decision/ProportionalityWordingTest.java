package kz.tizim.server.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.IntStream;
import kz.tizim.core.account.Role;
import kz.tizim.core.proportionality.Objection;
import kz.tizim.core.proportionality.ProportionalityPolicies;
import kz.tizim.core.proportionality.ProportionalityPolicy;
import kz.tizim.core.proportionality.ProtectedInfrastructure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every proportionality objection and policy is worded in Kazakh, Russian and English, each in its
 * own file (no silent fallback to English), and the console's English is the sentence the API and
 * the audit trail carry.
 */
class ProportionalityWordingTest {

    static final String KAZAKH_LETTER = "[әғқңөұүһіӘҒҚҢӨҰҮҺІ]";
    static final String CYRILLIC = "[а-яА-ЯёЁ]";

    final ResourceBundleMessageSource messages = messages();

    @ParameterizedTest
    @EnumSource(Objection.Code.class)
    void everyObjectionHasItsOwnMessageInEachLanguage(Objection.Code code) {
        String key = "proportionality.objection." + code.name();
        Properties kk = bundle("messages_kk.properties");
        Properties ru = bundle("messages_ru.properties");
        assertThat(bundle("messages.properties")).containsKey(key);
        assertThat(kk).containsKey(key);
        assertThat(ru).containsKey(key);
        if (code == Objection.Code.UNCODED) {
            return; // an old reason is shown as it was stored
        }
        Objection sample = sample(code);
        String inKazakh = messages.getMessage(key, sample.args().toArray(), Locale.forLanguageTag("kk"));
        String inRussian = messages.getMessage(key, sample.args().toArray(), Locale.forLanguageTag("ru"));
        assertThat(inKazakh).containsPattern(KAZAKH_LETTER);
        assertThat(inRussian).containsPattern(CYRILLIC).doesNotContainPattern(KAZAKH_LETTER);
        for (String arg : sample.args()) {
            assertThat(inKazakh).contains(arg);
            assertThat(inRussian).contains(arg);
        }
    }

    @ParameterizedTest
    @EnumSource(Objection.Code.class)
    void theConsolesEnglishIsTheSentenceTheApiCarries(Objection.Code code) {
        Objection sample = sample(code);
        assertThat(messages.getMessage("proportionality.objection." + code.name(), sample.args().toArray(),
                Locale.ENGLISH)).isEqualTo(sample.english());
    }

    @Test
    void everyStandardPolicyAndEveryRoleAnEscalationMayNeedHasItsName() {
        List<ProportionalityPolicy> policies = ProportionalityPolicies.standard((scope, site) -> Optional.empty(),
                ProtectedInfrastructure.standard()).policies();
        for (String file : List.of("messages.properties", "messages_kk.properties", "messages_ru.properties")) {
            Properties bundle = bundle(file);
            for (ProportionalityPolicy policy : policies) {
                assertThat(bundle).as(file).containsKey("proportionality.policy." + policy.name());
            }
            for (Role role : Role.values()) {
                assertThat(bundle).as(file).containsKey("role." + role.name());
            }
        }
        assertThat(messages.getMessage("proportionality.policy.CollateralPolicy", null, Locale.forLanguageTag("kk")))
                .isEqualTo("Бөгде сайттарға зиянсыз");
    }

    @Test
    void wordsAnObjectionInKazakhWithItsArguments() {
        assertThat(messages.getMessage("proportionality.objection.CO_HOSTED", new Object[] {"203.0.113.0/24", "41"},
                Locale.forLanguageTag("kk"))).isEqualTo("203.0.113.0/24 тағы 41 басқа тіркелетін доменге қызмет етеді");
    }

    /** A sample objection with distinct, recognisable arguments. */
    private static Objection sample(Objection.Code code) {
        return new Objection(code, IntStream.range(0, code.arity()).mapToObj(i -> "arg" + i + ".example").toList());
    }

    private static Properties bundle(String file) {
        var properties = new Properties();
        try (var in = ProportionalityWordingTest.class.getClassLoader().getResourceAsStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
