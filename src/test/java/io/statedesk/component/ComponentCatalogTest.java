package io.statedesk.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComponentCatalogTest {

    @Test
    void folder_listsEveryComponent_withUsability() throws IOException {
        ComponentCatalog catalog = ComponentCatalog.list(Fixtures.components("folder-mixed"));

        assertThat(catalog.entries()).extracting(e -> e.name() + "|" + e.type() + "|" + e.line() + "|" + e.usable())
                .containsExactly("pubsub|pubsub.redis|1|false", "file-secrets|secretstores.local.file|2|false",
                        "env-secrets|secretstores.local.env|13|false", "statestore|state.aws.dynamodb|1|true",
                        "cache|state.aws.dynamodb|24|true");
        assertThat(catalog.dynamoDbEntries()).hasSize(2);
        assertThat(catalog.notes()).hasSize(2);
    }

    @Test
    void findingsGoToTheirOwnDocument_andSyntaxErrorsStandApart(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.yaml"), """
                kind: Component
                metadata:
                  name: one
                spec:
                  type: state.aws.dynamodb
                  metadata:
                  - name: tabel
                    value: x
                ---
                kind: Component
                metadata:
                  name: two
                spec:
                  type: state.aws.dynamodb
                  metadata:
                  - name: table
                    value: two-table
                ---
                kind: Component
                metadata: {name: [
                """);

        ComponentCatalog catalog = ComponentCatalog.list(dir);

        assertThat(catalog.entries()).hasSize(2);
        ComponentCatalog.Entry one = catalog.entries().get(0);
        assertThat(one.usable()).isFalse();
        assertThat(one.problemSentences()).anySatisfy(s -> assertThat(s).startsWith("a.yaml:7:11: WARNING")
                .contains("Did you mean `table`?"));
        assertThat(one.problemSentences()).anySatisfy(s -> assertThat(s).contains("missing dynamodb table name"));
        ComponentCatalog.Entry two = catalog.entries().get(1);
        assertThat(two.usable()).as("%s", two.problemSentences()).isTrue();
        assertThat(two.violations()).extracting(v -> v.field()).containsOnly("apiVersion");
        assertThat(catalog.fileProblems()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("yaml"));
    }
}
