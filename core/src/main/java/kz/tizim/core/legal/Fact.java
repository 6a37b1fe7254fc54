package kz.tizim.core.legal;

/**
 * A fact of the case on which a foreign provision's narrower conditions turn. The English text is
 * used in request letters; the server renders kk/ru from the constant name.
 */
public enum Fact {
    COMMERCIAL_SCALE("the infringement was wilful and on a commercial scale (for profit or above the host state's value threshold)"),
    INCITES_IMMINENT_VIOLENCE("the content is directed to inciting imminent violence or lawless action, or is a true threat"),
    DESIGNATED_ORGANISATION("the content was produced or spread in coordination with an organisation the host state designates as terrorist"),
    INCITES_HATRED_OR_VIOLENCE("the content incites hatred or violence against a group protected by the host state's law"),
    DEPICTS_REAL_MINOR("the material depicts a real minor, not only computer-generated or drawn images"),
    HOST_LICENCE_ABSENT("the operator holds no gambling licence of the host state");

    private final String english;

    Fact(String english) {
        this.english = english;
    }

    /** The fact as a clause for a letter: "the infringement was wilful and ...". */
    public String english() {
        return english;
    }
}
