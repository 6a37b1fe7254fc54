package kz.tizim.core.hosting;

/** The record types that make up hosting facts. */
public enum DnsRecordType {
    /** An IPv4 address of the name. */
    A,
    /** An IPv6 address of the name. */
    AAAA,
    /** An alias: the name is served under another name (often a CDN's). */
    CNAME,
    /** A name server of the zone: who controls the name's records. */
    NS
}
