package kz.tizim.core.outcome;

import java.util.Optional;
import java.util.function.Function;

/** The answer of a use case: {@link Done} with a value, or {@link Refused} with a {@link Refusal}. */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {
    }

    record Refused<T>(Refusal refusal) implements Outcome<T> {
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    static <T> Outcome<T> refused(String rule, String message) {
        return new Refused<>(new Refusal(rule, message));
    }

    default boolean isDone() {
        return this instanceof Done;
    }

    /** Carries a refusal over to another value type. */
    @SuppressWarnings("unchecked")
    default <U> Outcome<U> map(Function<T, U> mapper) {
        if (this instanceof Done<T> done) {
            return new Done<>(mapper.apply(done.value()));
        }
        return (Outcome<U>) this;
    }

    /** The refusal, or empty when done. */
    default Optional<Refusal> refusalIfAny() {
        return this instanceof Refused<T> refused ? Optional.of(refused.refusal()) : Optional.empty();
    }

    /** The value; for callers that have already ruled out a refusal. */
    default T value() {
        if (this instanceof Done<T> done) {
            return done.value();
        }
        throw new IllegalStateException("refused: " + ((Refused<T>) this).refusal());
    }
}
