package kz.tizim.match.locator;

import com.google.common.net.InternetDomainName;
import org.jspecify.annotations.Nullable;

/**
 * Registrable domains ("sites") by the Public Suffix List bundled with Guava, both its ICANN and its
 * private section. Guava does not apply the list's default rule {@code *}; here a TLD the list does
 * not know is a one-label public suffix, so {@code foo.bar.example} has registrable domain {@code
 * bar.example}. Not on the hot path: results allocate.
 */
public final class PublicSuffixes {

    private PublicSuffixes() {
    }

    /**
     * Canonicalises {@code host} and places it in the list.
     *
     * @throws InvalidLocatorException when {@code host} is not a valid host
     */
    public static Site site(String host) {
        String canonical = Canonicalizer.host(host);
        if (Canonicalizer.parser().hostType() != LocatorParser.HOST_NAME) {
            return new Site(canonical, null, null, false);
        }
        String[] labels = canonical.split("\\.", -1);
        // Guava refuses some names browsers accept (e.g. with '!' in a label); the public suffix only
        // depends on the rightmost labels, so use the longest suffix Guava accepts.
        InternetDomainName name = null;
        for (int i = 0; i < labels.length && name == null; i++) {
            String candidate = join(labels, i);
            if (InternetDomainName.isValid(candidate)) {
                name = InternetDomainName.from(candidate);
            }
        }
        InternetDomainName listed = name == null ? null : name.publicSuffix();
        // The list's default rule "*": an unlisted TLD is a one-label public suffix.
        String suffix = listed == null ? labels[labels.length - 1] : listed.toString();
        int suffixLabels = listed == null ? 1 : listed.parts().size();
        int suffixStart = labels.length - suffixLabels;
        String registrable = suffixStart > 0 ? join(labels, suffixStart - 1) : null;
        boolean privateSuffix = listed != null && !listed.equals(name.registrySuffix());
        return new Site(canonical, suffix, registrable, privateSuffix);
    }

    /** The registrable domain (A-label) of {@code host}, or {@code null} for a public suffix or an IP address. */
    public static @Nullable String registrableDomain(String host) {
        return site(host).registrableDomain();
    }

    /** Whether {@code host} is itself a public suffix ({@code kz}, {@code com.kz}, {@code github.io}). */
    public static boolean isPublicSuffix(String host) {
        return site(host).isPublicSuffix();
    }

    /** Whether the public suffix of {@code host} comes from the list's private section ({@code github.io}, {@code blogspot.com}). */
    public static boolean isUnderPrivateSuffix(String host) {
        return site(host).privateSuffix();
    }

    private static String join(String[] labels, int from) {
        return String.join(".", java.util.Arrays.asList(labels).subList(from, labels.length));
    }
}
