package io.statedesk.ui.common;

import java.util.Locale;

/** Small wording rules the window keeps everywhere: counts agree with their noun, sentences end once. */
public final class Texts {

    private Texts() {
    }

    /** "1 key", "2 keys", "12,345 keys". */
    public static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? noun : noun + "s");
    }

    /** The text as a sentence: with a full stop unless it already ends in one (or in ?, !, …). */
    public static String sentence(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        return last == '.' || last == '?' || last == '!' || last == '…' ? trimmed : trimmed + ".";
    }

    /** Two sentences joined, each ending properly: never "…, retry Your edit is kept." */
    public static String sentences(String first, String second) {
        String a = sentence(first);
        String b = sentence(second);
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }
}
