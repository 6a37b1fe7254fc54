package kz.tizim.core.legal;

/** How fast a category is handled; immediate cases are restricted first and explained after. */
public enum Urgency {
    IMMEDIATE,
    ORDINARY
}
