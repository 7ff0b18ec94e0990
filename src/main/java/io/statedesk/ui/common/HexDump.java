package io.statedesk.ui.common;

import java.util.Arrays;

/** Bytes as hex rows of 16 with their printable characters: the binary view, and a diff of binary values. */
public final class HexDump {

    private HexDump() {
    }

    public static String of(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (int row = 0; row < bytes.length; row += 16) {
            out.append(String.format("%08x  ", row));
            byte[] line = Arrays.copyOfRange(bytes, row, Math.min(bytes.length, row + 16));
            for (int i = 0; i < 16; i++) {
                out.append(i < line.length ? String.format("%02x ", line[i]) : "   ");
            }
            out.append(' ');
            for (byte b : line) {
                out.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
            }
            out.append('\n');
        }
        return out.toString();
    }
}
