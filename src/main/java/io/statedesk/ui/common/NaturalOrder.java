package io.statedesk.ui.common;

import java.util.Comparator;

/**
 * Text order as people read keys: runs of digits compare by their number, so {@code order-2} comes before
 * {@code order-10}; everything else compares character by character, ignoring case, so {@code PaymentActor} sorts
 * among the p's and not before every lower-case key. Ties (e.g. {@code a01} and {@code a1}, {@code A} and {@code a})
 * fall back to plain string order, so the order is total and agrees with {@code equals}.
 */
public final class NaturalOrder implements Comparator<String> {

    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byNumber = compareNumbers(a, i, endA, b, j, endB);
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    int ignoringCase = Character.compare(Character.toLowerCase(Character.toUpperCase(ca)),
                            Character.toLowerCase(Character.toUpperCase(cb)));
                    if (ignoringCase != 0) {
                        return ignoringCase;
                    }
                }
                i++;
                j++;
            }
        }
        if (i < a.length() || j < b.length()) {
            return i < a.length() ? 1 : -1;
        }
        return a.compareTo(b);
    }

    /** Compares two runs of ASCII digits by value without parsing: keys may hold numbers longer than a long. */
    private static int compareNumbers(String a, int startA, int endA, String b, int startB, int endB) {
        int i = skipZeros(a, startA, endA);
        int j = skipZeros(b, startB, endB);
        int lengthA = endA - i;
        int lengthB = endB - j;
        if (lengthA != lengthB) {
            return Integer.compare(lengthA, lengthB);
        }
        for (; i < endA; i++, j++) {
            if (a.charAt(i) != b.charAt(j)) {
                return Character.compare(a.charAt(i), b.charAt(j));
            }
        }
        return 0;
    }

    private static int skipZeros(String text, int start, int end) {
        int i = start;
        while (i < end - 1 && text.charAt(i) == '0') {
            i++;
        }
        return i;
    }

    private static int digitsEnd(String text, int start) {
        int i = start;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
