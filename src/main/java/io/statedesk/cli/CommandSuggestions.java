package io.statedesk.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The commands a mistyped word was probably meant to be: those it begins, or those within one edit per three letters
 * (a letter added, dropped, changed, or two swapped: {@code kyes} is {@code keys}). picocli's own suggestions compare
 * letter pairs, which finds nothing for a swap in a short word.
 */
final class CommandSuggestions {

    private CommandSuggestions() {
    }

    static List<String> closest(String typed, Collection<String> commands) {
        String word = typed.toLowerCase(java.util.Locale.ROOT);
        int allowed = Math.max(1, word.length() / 3);
        return commands.stream()
                .filter(command -> command.startsWith(word) && word.length() >= 2 || distance(word, command) <= allowed)
                .sorted(Comparator.comparingInt((String command) -> distance(word, command)))
                .limit(3).toList();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
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
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
