package kz.tizim.server.demo;

import java.util.List;

/** What the demo prints at start: people who can log in and tokens machine clients can use. */
public record DemoCredentials(List<Login> logins, List<Token> tokens) {

    /** A demo person. */
    public record Login(String username, String password, String role, String organisation) {
    }

    /** A demo machine client's bearer token. */
    public record Token(String organisation, String kind, String secret) {
    }
}
