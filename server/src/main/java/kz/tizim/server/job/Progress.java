package kz.tizim.server.job;

/**
 * How a running operation reports what it has done, in its own unit (rows written, figures
 * computed). The counts are stored for the console to show; writes are throttled, so calling this
 * per row is cheap.
 */
public interface Progress {

    /** How many units the whole operation has, once known. */
    void total(long total);

    /** {@code units} more are done. */
    void advance(long units);

    /** One more unit is done. */
    default void advance() {
        advance(1);
    }
}
