package io.statedesk.sandbox;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** What the operating system says about a listening port: the addresses it is bound to, and who can reach it. */
final class LoopbackListeners {

    private LoopbackListeners() {
    }

    /**
     * The local IPv4 addresses listening on {@code port}, from Linux's /proc/net/tcp (state 0A = LISTEN); empty
     * where that file does not exist.
     */
    static List<String> boundAddresses(int port) throws IOException {
        Path table = Path.of("/proc/net/tcp");
        List<String> addresses = new ArrayList<>();
        if (!Files.exists(table)) {
            return addresses;
        }
        String portHex = String.format(Locale.ROOT, "%04X", port);
        for (String line : Files.readAllLines(table)) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length > 3 && fields[1].endsWith(":" + portHex) && fields[3].equals("0A")) {
                String hex = fields[1].substring(0, 8);
                // /proc prints the address in the host's byte order (little endian on x86 and ARM).
                addresses.add(Integer.parseInt(hex.substring(6, 8), 16) + "." + Integer.parseInt(hex.substring(4, 6), 16)
                        + "." + Integer.parseInt(hex.substring(2, 4), 16) + "." + Integer.parseInt(hex.substring(0, 2), 16));
            }
        }
        return addresses;
    }

    /** This machine's IPv4 addresses that are not loopback (the LAN side). */
    static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        List<InetAddress> found = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    found.add(address);
                }
            }
        }
        return found;
    }

    static boolean reachable(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
