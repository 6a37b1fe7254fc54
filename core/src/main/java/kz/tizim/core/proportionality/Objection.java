package kz.tizim.core.proportionality;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * Why a policy rejects or escalates a scope, as a stable {@link Code} and its arguments (locators,
 * hosts, numbers, already formatted as text). Consoles word it in the reader's language from the
 * code; {@link #english()} is the wording the API, refusals and the audit trail carry.
 */
public record Objection(Code code, List<String> args) {

    public Objection {
        args = List.copyOf(args);
        if (args.size() != code.arity()) {
            throw new IllegalArgumentException(code + " takes " + code.arity() + " argument(s), not " + args.size());
        }
    }

    public static Objection of(Code code, Object... args) {
        return new Objection(code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The objection in English, as {@link MessageFormat} words {@link Code#english()} with the arguments. */
    public String english() {
        return new MessageFormat(code.english(), Locale.ROOT).format(args.toArray());
    }

    /**
     * Every objection a proportionality policy raises. Codes are stored with drafts: rename none,
     * only add. Each pattern is a {@link MessageFormat} pattern (a quote is written twice).
     */
    public enum Code {
        /** {0} the host. */
        PUBLIC_SUFFIX(1, "{0} is a public suffix: every domain registered under it would be restricted;"
                + " restrict the registrable domain, a subdomain or the URL instead"),
        /** {0} the platform's host. */
        PLATFORM_WIDE(1, "{0} is a platform whose users are separate owners: restrict the user''s subdomain"
                + " (name.{0}) or the URL instead"),
        /** {0} the scope. */
        COVERS_NONE(1, "{0} covers none of the complained locators"),
        /** {0} the scope. */
        WIDER_WITHOUT_JUSTIFICATION(1, "{0} is wider than the complained locators; restrict them one by one"
                + " or write why the wider scope is needed"),
        /** {0} the address scope. */
        HOSTING_UNKNOWN(1, "nothing is known about who else {0} serves; collateral damage cannot be ruled out"),
        /** {0} the address scope. */
        CDN(1, "{0} belongs to a content delivery network shared by unrelated sites"),
        /** {0} the address scope, {1} how many other registrable domains it serves. */
        CO_HOSTED(2, "{0} also serves {1} other registrable domain(s)"),
        /** {0} the address scope, {1} the case's site. */
        NOT_SERVING_SITE(2, "{0} does not serve {1}"),
        /** {0} the address scope, {1} the widest prefix length a legal officer may approve alone. */
        WIDER_THAN_PREFIX(2, "{0} is wider than /{1}"),
        /** {0} the address scope, {1} the protected range it reaches. */
        PROTECTED_RANGE(2, "{0} reaches protected infrastructure {1} and can never be restricted by address"),
        /** {0} the host. */
        PROTECTED_HOST(1, "{0} is a protected government host and can never be restricted by domain;"
                + " restrict the URL instead"),
        /**
         * A reason stored before objections had codes; {0} its English text, shown as it was written.
         */
        UNCODED(1, "{0}");

        private final int arity;
        private final String english;

        Code(int arity, String english) {
            this.arity = arity;
            this.english = english;
        }

        public int arity() {
            return arity;
        }

        /** The English pattern; the server's {@code messages.properties} holds the same text. */
        public String english() {
            return english;
        }
    }
}
