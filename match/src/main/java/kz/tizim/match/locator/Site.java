package kz.tizim.match.locator;

import org.jspecify.annotations.Nullable;

/**
 * Where a host sits in the Public Suffix List.
 *
 * @param host the canonical host (A-label name or IP address)
 * @param publicSuffix the public suffix of the name ({@code com.kz}, {@code github.io}); for a TLD the
 *     list does not know ({@code .example}, {@code .test}) the TLD itself (the list's default rule
 *     {@code *}); {@code null} for IP addresses
 * @param registrableDomain the public suffix plus one label ({@code example.com.kz}); {@code null}
 *     when the host is itself a public suffix or an IP address
 * @param privateSuffix whether the public suffix comes from the list's private section ({@code
 *     github.io}, {@code blogspot.com}): names under it belong to the platform's separate users
 */
public record Site(String host, @Nullable String publicSuffix, @Nullable String registrableDomain,
        boolean privateSuffix) {

    /** Whether the host is itself a public suffix (nobody can register it). */
    public boolean isPublicSuffix() {
        return publicSuffix != null && publicSuffix.equals(host);
    }
}
