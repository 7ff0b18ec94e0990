package io.statedesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonDuplicatesTest {

    @Test
    void findsAKeyWrittenTwice_withBothLines() {
        assertThat(JsonDuplicates.first("{\n  \"qty\": 1,\n  \"qty\": 2\n}")).hasValueSatisfying(duplicate -> {
            assertThat(duplicate.name()).isEqualTo("qty");
            assertThat(duplicate.firstLine()).isEqualTo(2);
            assertThat(duplicate.line()).isEqualTo(3);
            assertThat(duplicate.sentence()).contains("\"qty\"").contains("line 3");
        });
    }

    @Test
    void findsItInANestedObject() {
        assertThat(JsonDuplicates.first("[{\"a\":{\"b\":1,\"b\":2}}]")).hasValueSatisfying(
                duplicate -> assertThat(duplicate.name()).isEqualTo("b"));
    }

    @Test
    void sameNameInDifferentObjects_isFine() {
        assertThat(JsonDuplicates.first("{\"a\":{\"id\":1},\"b\":{\"id\":2},\"id\":3}")).isEmpty();
        assertThat(JsonDuplicates.first("[{\"id\":1},{\"id\":2}]")).isEmpty();
    }

    @Test
    void textThatIsNotJson_isNotThisCheck() {
        assertThat(JsonDuplicates.first("{\"a\": ")).isEmpty();
    }
}
