package kz.tizim.core.caseflow;

/**
 * How widely a site is visited. Recorded only so reports can show time-to-decision by tier and
 * prove equal treatment; no rule may exempt or favour a site by its tier.
 */
public enum PopularityTier {
    /** Among the most visited sites in Kazakhstan. */
    TOP,
    HIGH,
    MEDIUM,
    LOW,
    /** Not measured. */
    UNKNOWN
}
