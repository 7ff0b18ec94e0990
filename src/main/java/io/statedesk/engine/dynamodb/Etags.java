package io.statedesk.engine.dynamodb;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.SecureRandom;
import java.util.Random;

/**
 * ETags exactly as daprd's DynamoDB component makes them: 8 bytes from a secure random source, read as a
 * little-endian unsigned 64-bit number, written in lowercase hex without leading zeros (Go's
 * {@code strconv.FormatUint(v, 16)}): 1 to 16 characters, 16 in 15 of 16 cases.
 */
final class Etags {

    private final Random random;

    Etags(Random random) {
        this.random = random;
    }

    static Etags secure() {
        return new Etags(new SecureRandom());
    }

    String next() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return format(bytes);
    }

    /** The ETag daprd makes from these 8 random bytes. */
    static String format(byte[] eightBytes) {
        long value = ByteBuffer.wrap(eightBytes).order(ByteOrder.LITTLE_ENDIAN).getLong();
        return Long.toUnsignedString(value, 16);
    }
}
