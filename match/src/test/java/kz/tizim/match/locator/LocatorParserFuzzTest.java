package kz.tizim.match.locator;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

/**
 * Coverage-guided fuzzing of every parser entry point (and the matcher's query path), with the same
 * properties as {@link HostileInputPropertyTest}: only {@link InvalidLocatorException} is thrown, and
 * what is accepted is canonical. Plain {@code mvn test} replays the seed corpus in
 * {@code src/test/resources/kz/tizim/match/locator/LocatorParserFuzzTestInputs/}; to fuzz, run with
 * {@code JAZZER_FUZZ=1}.
 */
class LocatorParserFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void parsersThrowOnlyTheirOwnExceptionAndAreIdempotent(@NotNull String input) {
        HostileInputPropertyTest.checkEveryParser(input);
    }
}
