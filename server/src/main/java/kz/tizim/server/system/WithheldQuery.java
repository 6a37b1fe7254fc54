package kz.tizim.server.system;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Marks a page whose query string must not be repeated in its links: a public answer about a
 * hash-only (CSAM) entry shows neither the address nor the query that carried it, and the language
 * switch, which otherwise keeps the query, links to the bare page instead.
 */
public final class WithheldQuery {

    private static final String ATTRIBUTE = WithheldQuery.class.getName();

    private WithheldQuery() {
    }

    public static void withhold(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    public static boolean isWithheld(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) != null;
    }
}
