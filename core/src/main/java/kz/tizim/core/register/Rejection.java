package kz.tizim.core.register;

/** Why the register refused a change; each value is one named rule. */
public enum Rejection {
    /** An end must come after the start. */
    END_NOT_AFTER_START,
    /** A restriction whose end has already passed cannot be ordered or renewed. */
    ALREADY_ENDED,
    /** Child sexual abuse material is never listed in clear: its locators are distributed as hashes only. */
    CSAM_MUST_BE_HASHED,
    /** A renewal cannot change the category, legal basis or start of the restriction it renews. */
    RENEWAL_CHANGES_TERMS,
    /** Only a restriction currently in the register can be lifted. */
    NOT_IN_REGISTER
}
