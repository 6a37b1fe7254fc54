package kz.tizim.match.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlatJsonTest {

    @Test
    void writesAndReadsBackEveryValueType() {
        String json = new FlatJson.Writer().string("s", "a\"b\\c\nd\u0001é").number("n", -42).bool("b", true)
                .string("z", null).toString();

        Map<String, Object> parsed = FlatJson.parse(json);

        assertThat(json).isEqualTo("{\"s\":\"a\\\"b\\\\c\\nd\\u0001é\",\"n\":-42,\"b\":true,\"z\":null}");
        assertThat(parsed).containsEntry("s", "a\"b\\c\nd\u0001é").containsEntry("n", -42L)
                .containsEntry("b", true).containsEntry("z", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{}x", "{\"a\":1,\"a\":2}", "{\"a\":{}}", "{\"a\":[1]}", "{\"a\":1.5}",
        "{\"a\":01}", "{\"a\":tru}", "{'a':1}", "{\"a\":\"x\ty\"}", "{\"a\":1,}", "{\"a\":99999999999999999999}"})
    void rejectsAnythingButOneFlatObject(String text) {
        assertThatThrownBy(() -> FlatJson.parse(text)).isInstanceOf(FeedFormatException.class);
    }
}
