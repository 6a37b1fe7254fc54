package kz.tizim.server.system;

/**
 * A record that does not exist, or that the actor may not know exists: another organisation's
 * records answer exactly like missing ones, so ids cannot be probed.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
