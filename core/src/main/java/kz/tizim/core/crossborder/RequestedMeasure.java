package kz.tizim.core.crossborder;

/** What the host state (or the provider) is asked to do. */
public enum RequestedMeasure {
    /** Removal of the content by the hosting provider. */
    REMOVAL_BY_PROVIDER,
    /** Restriction of access under the host state's own law. */
    ACCESS_RESTRICTION,
    /** Preservation of stored data for a later request (cf. Budapest Convention art. 29). */
    DATA_PRESERVATION
}
