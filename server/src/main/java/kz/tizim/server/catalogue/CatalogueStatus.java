package kz.tizim.server.catalogue;

/** Where a stored catalogue text stands. Only forward moves are possible (the table enforces it). */
public enum CatalogueStatus {
    /** Waiting for a second legal officer. */
    PROPOSED,
    /** The version in force; exactly one at a time. */
    CURRENT,
    /** Was in force; kept so that decisions citing it can be re-read. */
    SUPERSEDED,
    /** Turned down; kept as a record of what was proposed. */
    REJECTED;

    /** Whether this text was ever the catalogue in force. */
    public boolean approved() {
        return this == CURRENT || this == SUPERSEDED;
    }
}
