package io.statedesk.sandbox;

/** Started in a child JVM by DynoxideServerIT: runs a server, prints its pid, and waits to be killed. */
public final class OrphanProbe {

    private OrphanProbe() {
    }

    public static void main(String[] args) throws Exception {
        DynoxideServer server = DynoxideServer.startInMemory(DynoxideBinary.locate().path().orElseThrow());
        System.out.println("server " + server.serverPid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
