package io.statedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 items 3, 6 and 9 on the command line: an empty ETag is refused, an out-of-range TTL is refused with the
 * allowed range, and {@code keyPrefix: ""} reads and writes the keys daprd does ({@code ||k}).
 */
@WithTestDatabase
class CliDaprdParityIT {

    @TempDir
    Path dir;

    private LocalTable table;
    private TestDatabase db;

    @BeforeEach
    void createTable(DaprTables tables, TestDatabase database) {
        table = new LocalTable(tables.client(), tables.create());
        db = database;
    }

    private CliHarness.Result run(Path component, String... args) {
        List<String> all = new ArrayList<>(List.of("--component", component.toString()));
        all.addAll(List.of(args));
        return CliHarness.run(all.toArray(String[]::new));
    }

    @Test
    void setAndDelete_withAnEmptyEtag_areUsageErrors_andWriteNothing() {
        Path component = CliHarness.localComponent(dir, table.name(), db.endpoint());
        table.putS("myapp||k", "theirs", "e1");

        CliHarness.Result set = run(component, "set", "myapp||k", "mine", "--etag", "");
        CliHarness.Result delete = run(component, "delete", "myapp||k", "--etag", "");

        assertThat(set.exitCode()).as(set.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(set.stderr()).contains("--etag is empty");
        assertThat(delete.exitCode()).as(delete.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(table.valueText("myapp||k")).isEqualTo("theirs");
    }

    @Test
    void aTtlOutsideTheRange_isRefusedWithTheAllowedRange_andWritesNothing() {
        Path component = CliHarness.localComponent(dir, table.name(), db.endpoint(), "ttlAttributeName",
                LocalTable.TTL_ATTRIBUTE);

        CliHarness.Result result = run(component, "set", "myapp||k", "v", "--ttl", "9223372036854775807");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.stderr()).contains("out of range", "ttlInSeconds must be from -", "nothing was written");
        assertThat(table.exists("myapp||k")).isFalse();
        assertThat(run(component, "set", "myapp||k", "v", "--ttl", "3600", "--storage", "S").exitCode()).isZero();
    }

    @Test
    void emptyKeyPrefix_readsAndWritesDaprdsKeys_andValidationWarns() {
        Path component = CliHarness.localComponent(dir, table.name(), db.endpoint(), "keyPrefix", "");
        table.putS("||k", "written by daprd", "e1");

        CliHarness.Result get = run(component, "get", "--app-id", "myapp", "k", "--output", "raw");
        CliHarness.Result set = run(component, "set", "--app-id", "myapp", "k2", "mine", "--storage", "S");
        CliHarness.Result validate = run(component, "validate", component.toString());

        assertThat(get.exitCode()).as(get.toString()).isZero();
        assertThat(get.stdout()).isEqualTo("written by daprd");
        assertThat(set.exitCode()).as(set.toString()).isZero();
        assertThat(table.exists("||k2")).isTrue();
        assertThat(table.exists("myapp||k2")).isFalse();
        assertThat(validate.stdout()).contains("warning", "keyPrefix is empty", "||k");
    }
}
