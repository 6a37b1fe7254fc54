package kz.tizim.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.matcher.CompiledMatcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a matcher from 1M canonical entries (as the register hands them over), against filling
 * a {@code HashMap<String, Integer>} with the same values.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar BuildBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class BuildBenchmark {

    @Param({"domains", "mixed", "ipv4"})
    String list;

    @Param({"1000000"})
    int entries;

    private List<Locator> locators;

    @Setup
    public void setUp() {
        locators = switch (list) {
            case "domains" -> SyntheticLists.domains(entries, 1);
            case "mixed" -> SyntheticLists.mixed(entries, 3);
            default -> {
                List<Locator> networks = new ArrayList<>(entries);
                for (SyntheticLists.Network n : SyntheticLists.networks(false, entries, 5)) {
                    networks.add(SyntheticLists.toLocator(false, n));
                }
                yield networks;
            }
        };
    }

    @Benchmark
    public CompiledMatcher compiled() {
        CompiledMatcher.Builder builder = CompiledMatcher.builder();
        for (int i = 0; i < locators.size(); i++) {
            builder.add(locators.get(i), i);
        }
        return builder.build();
    }

    @Benchmark
    public Map<String, Integer> naiveHashMap() {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < locators.size(); i++) {
            map.putIfAbsent(locators.get(i).value(), i);
        }
        return map;
    }
}
