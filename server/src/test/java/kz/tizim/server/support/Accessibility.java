package kz.tizim.server.support;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Runs axe-core (the rules of WCAG 2.2 A and AA, and axe's best practices) in the page as it is shown
 * and fails on every violation of impact serious or critical: missing labels and alternative text,
 * too little contrast, unnamed links and buttons, a document without a language…
 *
 * <p>axe is evaluated through the DevTools protocol, as Playwright evaluates any script: the page's
 * Content-Security-Policy, which allows scripts from the application only, stays on and applies to
 * everything else the page does. The script comes from Deque's Maven artifact, which bundles it
 * (Maven Central carries no WebJar of axe-core).
 */
public final class Accessibility {

    /** WCAG 2.0, 2.1 and 2.2, levels A and AA, plus axe's best practices. */
    private static final String TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']";

    /** Serious and critical violations, one paragraph each: rule, what it asks, where, how to fix it. */
    private static final String RUN = """
            async () => {
              const result = await axe.run(document, {
                runOnly: { type: 'tag', values: %s },
                resultTypes: ['violations']
              });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact.toUpperCase()} ${v.id}: ${v.help} (${v.helpUrl})\\n`
                  + v.nodes.slice(0, 8).map(n => `  at ${n.target.join(' ')}\\n    ${n.html.slice(0, 200)}\\n    `
                    + (n.failureSummary || '').replaceAll('\\n', '\\n    ')).join('\\n')
                  + (v.nodes.length > 8 ? `\\n  … and ${v.nodes.length - 8} more` : ''))
                .join('\\n\\n');
            }""".formatted(TAGS);

    private static final String AXE = load();

    private Accessibility() {
    }

    /** Fails with a readable list when the page as shown now has serious or critical violations. */
    public static void assertNoSeriousViolations(Page page, String name) {
        if (!(Boolean) page.evaluate("() => typeof window.axe === 'object'")) {
            page.evaluate(AXE);
        }
        String violations = (String) page.evaluate(RUN);
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core found serious accessibility problems on " + name + " ("
                    + page.url() + "):\n\n" + violations);
        }
    }

    private static String load() {
        try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:playwright)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
