package kz.tizim.core.register;

/** What a register version did to an entry. */
public enum ChangeKind {
    ORDERED,
    RENEWED,
    LIFTED,
    EXPIRED;

    /** Whether the entry is in the register after a change of this kind. */
    public boolean keepsEntry() {
        return this == ORDERED || this == RENEWED;
    }
}
