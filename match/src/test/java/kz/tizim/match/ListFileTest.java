package kz.tizim.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.tizim.match.matcher.CompiledMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListFileTest {

    @Test
    void readsEntriesInCanonicalFormSkippingBlankAndCommentLines() throws IOException {
        String text = "\uFEFF# register export\n\n  domain   Casino.EXAMPLE.\n\turl\thttp://Casino.example/a/../b#x\n"
                + "   # indented comment\ncidr 192.0.2.0/24\nip ::ffff:192.0.2.1\ndomain-tree пример.рф\n";
        List<String> lines = new ArrayList<>();
        ListFile.read(new BufferedReader(new StringReader(text)), "list.txt",
                (line, locator) -> lines.add(line + " " + locator));
        assertThat(lines).containsExactly(
                "3 domain casino.example",
                "4 url http://casino.example/b",
                "6 cidr 192.0.2.0/24",
                "7 ip 192.0.2.1",
                "8 domain-tree xn--e1afmkfd.xn--p1ai");
    }

    @Test
    void rejectsInvalidLineNamingFileAndLine() {
        String text = "domain ok.example\n\ndomain ...\n";
        assertThatThrownBy(() -> ListFile.read(new BufferedReader(new StringReader(text)), "list.txt",
                (line, locator) -> { }))
                .isInstanceOf(ListFileException.class)
                .hasMessage("list.txt:3: empty host");
    }

    @Test
    void rejectsUnknownKind() {
        assertThatThrownBy(() -> ListFile.read(new BufferedReader(new StringReader("host example.test")), "l",
                (line, locator) -> { }))
                .isInstanceOf(ListFileException.class)
                .hasMessageStartingWith("l:1: unknown locator kind 'host'");
    }

    @Test
    void rejectsKindWithoutValue() {
        assertThatThrownBy(() -> ListFile.read(new BufferedReader(new StringReader("domain")), "l",
                (line, locator) -> { }))
                .isInstanceOf(ListFileException.class)
                .hasMessage("l:1: empty input");
    }

    @Test
    void compilesFileIntoMatcherWithLineNumbersAsPayloads(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("entries.txt");
        Files.writeString(file, "# header\ndomain-tree mirror.test\nurl http://shop.example/x\n");
        CompiledMatcher matcher = ListFile.compile(file);
        assertThat(matcher.payload(matcher.match("a.mirror.test"))).isEqualTo(2);
        assertThat(matcher.payload(matcher.match("shop.example/x"))).isEqualTo(3);
        assertThat(ListFile.readAll(file)).extracting(ListFile.Entry::line).containsExactly(2, 3);
    }
}
