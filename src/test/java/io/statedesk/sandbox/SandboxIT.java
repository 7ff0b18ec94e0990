package io.statedesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The sandbox's own server: dynoxide on 127.0.0.1 only, one kept port, data that survives a restart. */
class SandboxIT {

    @TempDir
    Path folder;

    private Sandbox start() {
        return Sandbox.start(folder, Clock.systemUTC(), DynoxideBinary.locate(), false);
    }

    @Test
    void sandbox_listensOnLoopbackOnly() throws IOException {
        try (Sandbox sandbox = start()) {
            int port = sandbox.endpoint().getPort();

            assertThat(sandbox.endpoint().getHost()).isEqualTo("127.0.0.1");
            if (Files.exists(Path.of("/proc/net/tcp"))) {
                assertThat(LoopbackListeners.boundAddresses(port)).containsExactly("127.0.0.1");
            }
            for (InetAddress lan : LoopbackListeners.nonLoopbackAddresses()) {
                assertThat(LoopbackListeners.reachable(lan, port)).as("reachable on %s", lan).isFalse();
            }
            assertThat(LoopbackListeners.reachable(InetAddress.getLoopbackAddress(), port)).isTrue();
        }
    }

    @Test
    void restart_keepsThePort_andTheEdits() throws IOException {
        int port;
        try (Sandbox first = start()) {
            assertThat(first.freshlySeeded()).isTrue();
            port = first.endpoint().getPort();
            first.client().putItem(b -> b.tableName(Sandbox.TABLE).item(Map.of(
                    "key", AttributeValue.fromS("orders||kept"), "value", AttributeValue.fromS("\"yes\""),
                    "etag", AttributeValue.fromS("1"))));
        }
        assertThat(Files.readString(folder.resolve("port")).strip()).isEqualTo(Integer.toString(port));
        assertThat(folder.resolve(SandboxFolder.DATABASE)).isRegularFile();

        try (Sandbox second = start()) {
            assertThat(second.endpoint().getPort()).isEqualTo(port);
            assertThat(second.freshlySeeded()).isFalse();
            assertThat(second.notice()).isEmpty();
            assertThat(second.client().getItem(b -> b.tableName(Sandbox.TABLE)
                    .key(Map.of("key", AttributeValue.fromS("orders||kept")))).item().get("value").s())
                    .isEqualTo("\"yes\"");
        }
    }

    @Test
    void keptPortTakenByAnotherProgram_movesTheSandbox_andSaysSo() throws IOException {
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("port"), squatter.getLocalPort() + "\n");

            try (Sandbox sandbox = start()) {
                int moved = sandbox.endpoint().getPort();
                assertThat(moved).isNotEqualTo(squatter.getLocalPort());
                assertThat(sandbox.notice()).contains("Port " + squatter.getLocalPort() + " was taken")
                        .contains("port " + moved);
                assertThat(Files.readString(folder.resolve("port")).strip()).isEqualTo(Integer.toString(moved));
                assertThat(Files.readString(sandbox.componentFile())).contains("http://127.0.0.1:" + moved);
            }
        }
    }

    @Test
    void secondWindow_sharesTheRunningServer_andLeavesItRunning() {
        try (Sandbox owner = start()) {
            try (Sandbox guest = start()) {
                assertThat(guest.endpoint()).isEqualTo(owner.endpoint());
                assertThat(guest.serverDescription()).contains("another StateDesk window");
            }
            assertThat(owner.client().describeTable(b -> b.tableName(Sandbox.TABLE)).table().tableName())
                    .isEqualTo(Sandbox.TABLE);
        }
    }

    @Test
    void folderFromDynamoDbLocal_isReplacedOnlyAfterConsent() throws IOException {
        Path legacy = Files.createDirectories(folder.resolve("db"));
        Files.writeString(legacy.resolve("shared-local-instance.db"), "old");

        assertThatThrownBy(this::start).isInstanceOf(LegacySandboxException.class)
                .hasMessageContaining("DynamoDB Local");
        assertThat(legacy.resolve("shared-local-instance.db")).exists();

        try (Sandbox sandbox = Sandbox.start(folder, Clock.systemUTC(), DynoxideBinary.locate(), true)) {
            assertThat(sandbox.freshlySeeded()).isTrue();
            assertThat(legacy).doesNotExist();
        }
    }

    @Test
    void missingBinary_saysWhereItLooked_andHowToInstall() {
        DynoxideBinary nowhere = DynoxideBinary.locate(folder.resolve("no-such-dynoxide").toString(),
                Map.of("PATH", folder.toString()), Optional.empty());

        assertThatThrownBy(() -> Sandbox.start(folder, Clock.systemUTC(), nowhere, false))
                .isInstanceOf(DynoxideMissingException.class)
                .hasMessageContaining(folder.resolve("no-such-dynoxide").toString())
                .hasMessageContaining("cargo install --locked dynoxide-rs@")
                .hasMessageContaining("DynamoDB Local in Docker");
    }

    @Test
    void chosenLocalEndpoint_isUsedInsteadOfDynoxide() throws IOException {
        try (DynoxideServer own = DynoxideServer.startInMemory(DynoxideBinary.locate().path().orElseThrow())) {
            Sandbox.useEndpoint(folder, own.endpoint());
            DynoxideBinary nowhere = DynoxideBinary.locate(null, Map.of(), Optional.empty());

            try (Sandbox sandbox = Sandbox.start(folder, Clock.systemUTC(), nowhere, false)) {
                assertThat(sandbox.endpoint()).isEqualTo(own.endpoint());
                assertThat(sandbox.serverDescription()).isEqualTo("your local DynamoDB");
                assertThat(sandbox.freshlySeeded()).isTrue();
            }
            assertThat(folder.resolve(SandboxFolder.DATABASE)).doesNotExist();
        }
    }

    @Test
    void reset_deletesTheData_soTheNextStartSeedsAgain() {
        try (Sandbox sandbox = start()) {
            assumeThat(sandbox.freshlySeeded()).isTrue();
        }
        Sandbox.deleteData(folder);

        try (Sandbox again = start()) {
            assertThat(again.freshlySeeded()).isTrue();
        }
    }
}
