package kz.tizim.core.legal;

/** Whether a jurisdiction makes law for itself, harmonises member states, or is a treaty text. */
public enum JurisdictionKind {
    STATE,
    /** The EU level: where it does not harmonise, member-state law decides. */
    UNION,
    /** A reference instrument such as the Budapest Convention: what its Parties must criminalise. */
    INSTRUMENT
}
