package io.statedesk.interop;

import io.statedesk.sandbox.Sandbox;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Starts StateDesk's sandbox (dynoxide with its data in a folder, table {@code dapr-state}, sample state, and the
 * component file {@code components/statestore.yaml}) without the window, for the daprd check in docs/interop.md:
 * {@code java -cp target/test-classes:target/statedesk.jar io.statedesk.interop.SandboxMain DIR}. Runs until stdin
 * closes or the process is stopped.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: SandboxMain FOLDER");
            System.exit(2);
        }
        try (Sandbox sandbox = Sandbox.start(Path.of(args[0]).toAbsolutePath(), Clock.systemUTC(),
                io.statedesk.sandbox.DynoxideBinary.locate(), true)) {
            System.out.println("endpoint " + sandbox.endpoint());
            System.out.println("component " + sandbox.componentFile());
            System.out.println("table " + Sandbox.TABLE + (sandbox.freshlySeeded() ? " (created, sample state written)"
                    : " (kept from an earlier run)"));
            System.out.flush();
            while (System.in.read() >= 0) {
                // runs until stdin closes
            }
        }
    }
}
