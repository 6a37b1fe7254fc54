package kz.tizim.core.legal;

/**
 * The common offence taxonomy shared by Kazakh bases and foreign provisions; comparing laws across
 * jurisdictions is only possible through such a shared vocabulary.
 */
public enum OffenceCategory {
    COPYRIGHT,
    TERRORISM_PROPAGANDA,
    /** Incitement of hatred or discord, calls against the constitutional order, separatism. */
    EXTREMISM_INCITEMENT,
    CSAM,
    DRUGS,
    GAMBLING,
    FRAUD_PHISHING,
    SUICIDE,
    PERSONAL_DATA,
    /** False information, unlicensed broadcasting, elections; the entry's subtype says which. */
    OTHER
}
