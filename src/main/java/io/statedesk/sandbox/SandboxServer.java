package io.statedesk.sandbox;

import io.statedesk.build.BuildInfo;
import java.net.URI;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What serves the sandbox: the dynoxide this window starts on the sandbox's own port, one that another StateDesk
 * window already runs on that port, or a local DynamoDB the user runs and chose for the sandbox.
 */
final class SandboxServer implements AutoCloseable {

    private final SandboxFolder files;
    private final DynoxideServer owned;
    private final URI endpoint;
    private final String description;
    private final String notice;

    private SandboxServer(SandboxFolder files, DynoxideServer owned, URI endpoint, String description,
            String notice) {
        this.files = files;
        this.owned = owned;
        this.endpoint = endpoint;
        this.description = description;
        this.notice = notice;
    }

    static SandboxServer start(SandboxFolder files, DynoxideBinary binary) {
        if (files.endpoint().isPresent()) {
            URI endpoint = files.endpoint().get();
            return new SandboxServer(files, null, endpoint, "your local DynamoDB", "");
        }
        if (binary.path().isEmpty()) {
            throw new DynoxideMissingException(binary.missingAdvice());
        }
        String emulator = "dynoxide " + BuildInfo.dynoxideVersion() + ", a local DynamoDB emulator";
        OptionalInt kept = files.port();
        int port = kept.orElseGet(DynoxideServer::freeLoopbackPort);
        String notice = "";
        if (DynoxideServer.accepts(port)) {
            OptionalLong pid = files.pid();
            if (pid.isPresent() && DynoxideServer.runningDynoxide(pid.getAsLong()).isPresent()) {
                // Another StateDesk window runs the sandbox: share its server rather than open the file twice.
                return new SandboxServer(files, null, URI.create("http://" + DynoxideServer.HOST + ":" + port),
                        emulator + " run by another StateDesk window", "");
            }
            int moved = DynoxideServer.freeLoopbackPort();
            notice = "Port " + port + " was taken by another program, so the sandbox moved to port " + moved
                    + " (its component file says so): point your local daprd at the new port.";
            port = moved;
        }
        DynoxideServer server = DynoxideServer.start(binary.path().get(), port, files.database(), files.log());
        files.writePort(port);
        files.writePid(server.serverPid());
        return new SandboxServer(files, server, server.endpoint(), emulator, notice);
    }

    URI endpoint() {
        return endpoint;
    }

    String description() {
        return description;
    }

    String notice() {
        return notice;
    }

    @Override
    public void close() {
        if (owned != null) {
            owned.close();
            files.deletePid();
        }
    }
}
