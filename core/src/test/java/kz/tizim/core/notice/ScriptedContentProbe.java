package kz.tizim.core.notice;

import java.util.HashMap;
import java.util.Map;
import kz.tizim.match.locator.Locator;

/** {@link ContentProbe} answering what the test scripted per locator; unscripted locators fail to fetch. */
public final class ScriptedContentProbe implements ContentProbe {

    private final Map<Locator, ProbeResult> answers = new HashMap<>();

    public ScriptedContentProbe answer(Locator locator, ProbeResult result) {
        answers.put(locator, result);
        return this;
    }

    @Override
    public ProbeResult probe(Locator locator) {
        return answers.getOrDefault(locator, new ProbeResult.Failed("no answer scripted for " + locator));
    }
}
