package kz.tizim.core.complaint;

import java.util.regex.Pattern;

/** Where a person or organisation can be reached for notices: a name and an e-mail address. */
public record Contact(String name, String email) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,253}");

    public Contact {
        name = name.strip();
        email = email.strip();
        if (!EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("not an e-mail address: '" + email + "'");
        }
    }
}
