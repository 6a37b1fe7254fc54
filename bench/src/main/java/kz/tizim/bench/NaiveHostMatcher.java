package kz.tizim.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.locator.LocatorKind;

/** The obvious baseline: two {@code HashMap<String, Integer>} and a suffix walk with substrings. */
final class NaiveHostMatcher {

    private final Map<String, Integer> exact = new HashMap<>();
    private final Map<String, Integer> trees = new HashMap<>();

    NaiveHostMatcher(List<Locator> entries) {
        for (int i = 0; i < entries.size(); i++) {
            Locator entry = entries.get(i);
            if (entry.kind() == LocatorKind.DOMAIN) {
                exact.putIfAbsent(entry.value(), i);
            } else if (entry.kind() == LocatorKind.DOMAIN_TREE) {
                trees.putIfAbsent(entry.value(), i);
            }
        }
    }

    /** Entry index covering an already canonical host, or -1. */
    int match(String host) {
        Integer found = exact.get(host);
        if (found != null) {
            return found;
        }
        String suffix = host;
        while (true) {
            found = trees.get(suffix);
            if (found != null) {
                return found;
            }
            int dot = suffix.indexOf('.');
            if (dot < 0) {
                return -1;
            }
            suffix = suffix.substring(dot + 1);
        }
    }
}
