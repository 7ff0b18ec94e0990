package io.statedesk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Property checks over generated inputs, with plain seeded randomness: each run draws a new seed (or takes
 * {@code -Dstatedesk.seed=N}), and a failure names the seed, the try and the input, so that it can be replayed.
 * (Decision 0023: why not a property-testing library.)
 */
public final class Generated {

    private Generated() {
    }

    /** Something that can fail for one input. */
    @FunctionalInterface
    public interface Check<T> {
        void accept(T input) throws Exception;
    }

    /** Runs {@code check} on {@code tries} inputs drawn by {@code generator}. */
    public static <T> void forAll(int tries, Function<Random, T> generator, Check<T> check) {
        long seed = Long.getLong("statedesk.seed", new Random().nextLong());
        Random random = new Random(seed);
        for (int i = 0; i < tries; i++) {
            T input = generator.apply(random);
            try {
                check.accept(input);
            } catch (Throwable failure) {
                throw new AssertionError("failed on try " + i + " of seed " + seed + " (replay with -Dstatedesk.seed="
                        + seed + ") for input: " + shown(input), failure);
            }
        }
    }

    private static String shown(Object input) {
        String text = input instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes) : String.valueOf(input);
        return text.length() > 2_000 ? text.substring(0, 2_000) + "… (" + text.length() + " characters)" : text;
    }

    // ---- generators ----

    public static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    public static <T> T oneOf(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    public static <T> T oneOf(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    /** Picks one of the generators, each with its weight. */
    public static <T> T weighted(Random random, List<Weighted<T>> choices) {
        int total = choices.stream().mapToInt(Weighted::weight).sum();
        int pick = random.nextInt(total);
        for (Weighted<T> choice : choices) {
            pick -= choice.weight();
            if (pick < 0) {
                return choice.generator().apply(random);
            }
        }
        throw new IllegalStateException("weights");
    }

    public record Weighted<T>(int weight, Function<Random, T> generator) {
    }

    public static <T> Weighted<T> weight(int weight, Function<Random, T> generator) {
        return new Weighted<>(weight, generator);
    }

    /** A string of at most {@code maxLength} characters drawn from {@code alphabet} (code points, so emoji stay whole). */
    public static String string(Random random, String alphabet, int minLength, int maxLength) {
        int[] points = alphabet.codePoints().toArray();
        int length = between(random, minLength, maxLength);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(points[random.nextInt(points.length)]);
        }
        return text.toString();
    }

    /** Any UTF-16 text, lone surrogates and control characters included. */
    public static String anyString(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x80) : (char) random.nextInt(0x10000));
        }
        return text.toString();
    }

    public static byte[] bytes(Random random, int maxLength) {
        byte[] bytes = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    public static <T> List<T> listOf(Random random, int min, int max, Function<Random, T> element) {
        int size = between(random, min, max);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.apply(random));
        }
        return list;
    }

    /** Null with the given probability, else the generated value. */
    public static <T> T orNull(Random random, double probability, Function<Random, T> generator) {
        return random.nextDouble() < probability ? null : generator.apply(random);
    }
}
