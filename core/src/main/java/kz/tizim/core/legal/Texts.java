package kz.tizim.core.legal;

/** Guards shared by the catalogue records: every entry must say something and cite something. */
final class Texts {

    private Texts() {
    }

    static String required(String value, String what) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value.strip();
    }
}
