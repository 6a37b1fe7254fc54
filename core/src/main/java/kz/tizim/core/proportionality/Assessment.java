package kz.tizim.core.proportionality;

/** One policy's verdict on one proposal. */
public record Assessment(String policy, Verdict verdict) {
}
