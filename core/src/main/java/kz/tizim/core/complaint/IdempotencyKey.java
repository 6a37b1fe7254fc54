package kz.tizim.core.complaint;

import java.util.regex.Pattern;

/**
 * A client's key for a write it may retry ({@code Idempotency-Key} header): the same key from the
 * same organisation returns the first result instead of filing twice.
 */
public record IdempotencyKey(String value) {

    private static final Pattern FORM = Pattern.compile("[\\x21-\\x7e]{1,128}");

    public IdempotencyKey {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("idempotency key must be 1 to 128 visible ASCII characters");
        }
    }
}
