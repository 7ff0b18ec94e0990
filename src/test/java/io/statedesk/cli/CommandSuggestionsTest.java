package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandSuggestionsTest {

    private static final List<String> COMMANDS =
            List.of("keys", "get", "set", "delete", "export", "import", "validate", "workflows", "help");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "kyes|keys",          // two letters swapped
            "key|keys",           // one dropped
            "gett|get",           // one added
            "delte|delete",
            "valdiate|validate",
            "work|workflows",     // the start of a command
            "Export|export",
            "imprt|import"})
    void closest_findsWhatWasMeant(String typed, String meant) {
        assertThat(CommandSuggestions.closest(typed, COMMANDS)).first().isEqualTo(meant);
    }

    @ParameterizedTest
    @CsvSource({"banana", "x", "components"})
    void closest_suggestsNothing_forAnUnrelatedWord(String typed) {
        assertThat(CommandSuggestions.closest(typed, COMMANDS)).isEmpty();
    }
}
