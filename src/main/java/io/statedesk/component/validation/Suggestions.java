package io.statedesk.component.validation;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelt names: the closest known name by edit distance, or by a shared beginning. */
public final class Suggestions {

    /** Names longer than this get no suggestion (daprd's longest field name has 16 letters). */
    static final int MAX_TYPED_LENGTH = 64;

    private Suggestions() {
    }

    /**
     * The known name closest to {@code typed}, if it is close enough to be a likely typo: at most 2 edits (a swap
     * of two neighbours counts as one) for names of 5 or more letters, 1 edit for shorter ones, or one name being
     * the start of the other ({@code ttlAttribute} for {@code ttlAttributeName}). Case is ignored.
     */
    public static Optional<String> closest(String typed, Collection<String> known) {
        String t = typed.toLowerCase(Locale.ROOT);
        // No known name is anywhere near this long; the edit distance of a huge name would cost seconds.
        if (t.length() < 3 || t.length() > MAX_TYPED_LENGTH) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            String c = candidate.toLowerCase(Locale.ROOT);
            if (c.equals(t)) {
                return Optional.of(candidate);
            }
            int d = distance(t, c);
            int allowed = Math.min(t.length(), c.length()) >= 5 ? 2 : 1;
            boolean prefix = t.length() >= 4 && (c.startsWith(t) || t.startsWith(c));
            if ((d <= allowed || prefix) && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }

    /** " Did you mean `x`?" or "". */
    public static String didYouMean(String typed, Collection<String> known) {
        return closest(typed, known).map(s -> " Did you mean `" + s + "`?").orElse("");
    }
}
