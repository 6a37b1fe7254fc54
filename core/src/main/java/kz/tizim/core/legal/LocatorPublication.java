package kz.tizim.core.legal;

/** Whether the register may ever show a restricted locator in clear. */
public enum LocatorPublication {
    /** The locator appears in the public register. */
    PUBLISHED,
    /** Only hashes of the locator are published: showing it would spread the material itself. */
    HASHES_ONLY
}
