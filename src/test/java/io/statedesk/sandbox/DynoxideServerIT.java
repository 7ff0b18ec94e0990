package io.statedesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** dynoxide as a child process: it starts, it refuses clearly, and it never outlives the JVM that started it. */
class DynoxideServerIT {

    private static Path binary() {
        return DynoxideBinary.locate().path().orElseThrow();
    }

    @Test
    void stop_endsTheServerProcess() {
        DynoxideServer server = DynoxideServer.startInMemory(binary());
        long pid = server.serverPid();
        assertThat(ProcessHandle.of(pid)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        server.close();

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isIn(Optional.empty(), Optional.of(false));
        assertThat(DynoxideServer.accepts(server.port())).isFalse();
    }

    @Test
    void aBinaryThatIsNotDynoxide_failsWithWhatItPrinted(@TempDir Path dir) throws Exception {
        Path fake = dir.resolve(DynoxideBinary.executableName());
        Files.writeString(fake, "#!/bin/sh\necho 'not a server' >&2\nexit 3\n");
        fake.toFile().setExecutable(true);

        assertThatThrownBy(() -> DynoxideServer.start(fake, DynoxideServer.freeLoopbackPort(), null, null))
                .isInstanceOf(DynoxideStartException.class)
                .hasMessageContaining("stopped at start").hasMessageContaining("not a server");
    }

    /** A JVM killed with SIGKILL runs no shutdown hook: the watchdog alone must stop its server. */
    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "the sh watchdog is POSIX; Windows relies on the pid file")
    void killedJvm_leavesNoServerBehind() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-D" + DynoxideBinary.PROPERTY + "=" + binary(), OrphanProbe.class.getName()))
                .redirectErrorStream(true).start();
        long serverPid;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).as("the probe's first line").startsWith("server ");
            serverPid = Long.parseLong(line.substring("server ".length()).strip());
        }
        assertThat(ProcessHandle.of(serverPid).map(ProcessHandle::isAlive)).contains(true);

        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        // Bounded wait for an event, not a timing claim: the watchdog reacts once the pipe closes.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (ProcessHandle.of(serverPid).map(ProcessHandle::isAlive).orElse(false)
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(ProcessHandle.of(serverPid).map(ProcessHandle::isAlive)).isIn(Optional.empty(), Optional.of(false));
    }
}
