package kz.tizim.core.hosting;

/** Which procedure the hosting country calls for. */
public enum JurisdictionPath {
    /** Hosted in Kazakhstan: the domestic procedure (notice, then restriction) applies. */
    DOMESTIC,
    /** Hosted abroad: a request to the host state (or the foreign operator) is considered. */
    CROSS_BORDER,
    /** The facts do not tell: a reviewer decides and records why. */
    UNDETERMINED
}
