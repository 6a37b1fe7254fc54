package kz.tizim.core.hosting;

/** Looks a name up in the DNS (A, AAAA, CNAME, NS). Failures are a {@link Resolution.Status}, not exceptions. */
public interface Resolver {

    Resolution resolve(HostName host);
}
