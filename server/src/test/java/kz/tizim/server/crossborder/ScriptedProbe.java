package kz.tizim.server.crossborder;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.tizim.core.notice.ContentProbe;
import kz.tizim.core.notice.ProbeResult;
import kz.tizim.match.locator.Locator;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The network as a scenario needs it: the demo sites ({@code propaganda.test}, …) resolve nowhere, so
 * a test says what a re-fetch of each locator finds. An unscripted locator fails, which decides nothing.
 */
public final class ScriptedProbe implements ContentProbe {

    private final Map<String, ProbeResult> answers = new ConcurrentHashMap<>();

    /** Every locator whose value contains {@code part} answers {@code result}. */
    public void answer(String part, ProbeResult result) {
        answers.put(part, result);
    }

    @Override
    public ProbeResult probe(Locator locator) {
        return answers.entrySet().stream().filter(e -> locator.value().contains(e.getKey()))
                .map(Map.Entry::getValue).findFirst()
                .orElseGet(() -> new ProbeResult.Failed("not scripted: " + locator));
    }

    /** Replaces the fetching probe in the test's context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        ScriptedProbe scriptedProbe() {
            return new ScriptedProbe();
        }
    }
}
