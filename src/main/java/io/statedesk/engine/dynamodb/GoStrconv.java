package io.statedesk.engine.dynamodb;

/**
 * The parts of Go's {@code strconv} that daprd's behaviour depends on, with Go's exact error texts: {@code ParseInt(s,
 * 10, 64)} for {@code ttlInSeconds} and TTL attributes, and {@code Quote} for the text inside those errors.
 */
final class GoStrconv {

    private GoStrconv() {
    }

    /** Go's {@code strconv.NumError} text, e.g. {@code strconv.ParseInt: parsing "foo": invalid syntax}. */
    static final class NumberSyntaxException extends Exception {
        NumberSyntaxException(String input, String reason) {
            super("strconv.ParseInt: parsing " + quote(input) + ": " + reason);
        }
    }

    /**
     * {@code strconv.ParseInt(s, 10, 64)}: an optional {@code +} or {@code -}, then ASCII digits only (no spaces, no
     * underscores, no decimals); outside the int64 range is "value out of range".
     */
    static long parseInt64(String s) throws NumberSyntaxException {
        if (s.isEmpty()) {
            throw new NumberSyntaxException(s, "invalid syntax");
        }
        int start = 0;
        boolean negative = false;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            negative = s.charAt(0) == '-';
            start = 1;
        }
        if (start == s.length()) {
            throw new NumberSyntaxException(s, "invalid syntax");
        }
        // Accumulate as an unsigned 64-bit number, like ParseUint, then check the signed range.
        long magnitude = 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberSyntaxException(s, "invalid syntax");
            }
            if (Long.compareUnsigned(magnitude, Long.divideUnsigned(-1L, 10)) > 0) {
                throw new NumberSyntaxException(s, "value out of range");
            }
            long next = magnitude * 10 + (c - '0');
            if (Long.compareUnsigned(next, magnitude * 10) < 0) {
                throw new NumberSyntaxException(s, "value out of range");
            }
            magnitude = next;
        }
        if (!negative && Long.compareUnsigned(magnitude, Long.MAX_VALUE) > 0) {
            throw new NumberSyntaxException(s, "value out of range");
        }
        if (negative && Long.compareUnsigned(magnitude, Long.MIN_VALUE) > 0) {
            throw new NumberSyntaxException(s, "value out of range");
        }
        return negative ? -magnitude : magnitude;
    }

    /** Go's {@code strconv.Quote}, close enough for error messages: printable text raw, the rest escaped. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case 0x07 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0x0b -> out.append("\\v");
                default -> {
                    if (cp < 0x20 || cp == 0x7f) {
                        out.append(String.format("\\x%02x", cp));
                    } else if (isPrintable(cp)) {
                        out.appendCodePoint(cp);
                    } else if (cp < 0x10000) {
                        out.append(String.format("\\u%04x", cp));
                    } else {
                        out.append(String.format("\\U%08x", cp));
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    private static boolean isPrintable(int cp) {
        if (Character.isSurrogate((char) cp) && cp < 0x10000) {
            return false;
        }
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE && type != Character.SURROGATE
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && (type != Character.SPACE_SEPARATOR || cp == ' ');
    }
}
