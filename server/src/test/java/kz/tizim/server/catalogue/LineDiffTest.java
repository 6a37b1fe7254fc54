package kz.tizim.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.tizim.server.catalogue.LineDiff.Kind;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void aChangedLineIsRemovedThenAddedWithContextAndBothLineNumbers() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\n";
        String after = "a\nb\nc\nd\nE\nf\ng\nh\n";

        List<LineDiff.Hunk> hunks = LineDiff.hunks(before, after);

        assertThat(hunks).hasSize(1);
        assertThat(hunks.get(0).lines()).extracting(LineDiff.Line::marker, LineDiff.Line::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(" ", "b"), org.assertj.core.groups.Tuple.tuple(" ", "c"),
                org.assertj.core.groups.Tuple.tuple(" ", "d"), org.assertj.core.groups.Tuple.tuple("-", "e"),
                org.assertj.core.groups.Tuple.tuple("+", "E"), org.assertj.core.groups.Tuple.tuple(" ", "f"),
                org.assertj.core.groups.Tuple.tuple(" ", "g"), org.assertj.core.groups.Tuple.tuple(" ", "h"));
        assertThat(hunks.get(0).lines().get(3).oldNumber()).isEqualTo(5);
        assertThat(hunks.get(0).lines().get(4).newNumber()).isEqualTo(5);
    }

    @Test
    void distantChangesMakeSeparateHunksAndInsertionsKeepLaterLinesAligned() {
        var before = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            before.append("line ").append(i).append('\n');
        }
        String after = before.toString().replace("line 2\n", "line 2\ninserted\n").replace("line 25\n", "");

        List<LineDiff.Hunk> hunks = LineDiff.hunks(before.toString(), after);

        assertThat(hunks).hasSize(2);
        assertThat(hunks.get(0).lines()).filteredOn(l -> l.kind() == Kind.ADDED)
                .extracting(LineDiff.Line::text, LineDiff.Line::newNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("inserted", 3));
        assertThat(hunks.get(1).lines()).filteredOn(l -> l.kind() == Kind.REMOVED)
                .extracting(LineDiff.Line::text, LineDiff.Line::oldNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("line 25", 25));
    }

    @Test
    void identicalTextsHaveNoHunks() {
        assertThat(LineDiff.hunks("x\ny\n", "x\ny\n")).isEmpty();
    }
}
