package kz.tizim.core.hosting;

/** The outcome of a jurisdiction correction: recorded, or rejected with the rule that refused it. */
public sealed interface CorrectionResult {

    /** The correction is recorded and applies from now on. */
    record Corrected(JurisdictionCorrection correction) implements CorrectionResult {
    }

    /** The correction was refused. */
    record Rejected(Reason reason) implements CorrectionResult {
    }

    /** Why a correction was refused. */
    enum Reason {
        /** Only reviewers and legal officers correct jurisdiction. */
        NOT_A_REVIEWER,
        /** A correction without a reason cannot be reviewed later. */
        NO_REASON,
        /** The country is not an ISO 3166-1 alpha-2 code. */
        UNKNOWN_COUNTRY,
        /** The organisation hosting the site must be named. */
        NO_ORGANISATION
    }
}
