package kz.tizim.operator;

/** A setting that cannot work (unreadable key, bad URL, …): the command exits 2 with this message. */
final class Misconfiguration extends Exception {

    private static final long serialVersionUID = 1L;

    Misconfiguration(String message) {
        super(message);
    }
}
